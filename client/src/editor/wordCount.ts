/**
 * Counts words the way people expect from a word processor: runs of letters or digits
 * (with inner apostrophes and hyphens) in any script; punctuation and symbols alone are not
 * words. Block boundaries count as spaces.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;

/** Number of words in `text`. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}

/** Number of words in a ProseMirror document. */
export function countDocumentWords(doc: ProseMirrorNode): number {
  return countWords(doc.textBetween(0, doc.content.size, ' ', ' '));
}
