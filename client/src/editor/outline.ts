/**
 * The document outline: every heading with its level and position, read from the ProseMirror
 * document. Pure, so it is unit-tested on documents built from the shared schema.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** One heading of the outline. */
export interface OutlineEntry {
  readonly level: number;
  readonly text: string;
  /** Position just before the heading node. */
  readonly pos: number;
}

/** The headings of `doc`, in document order (empty headings are skipped). */
export function outlineOf(doc: ProseMirrorNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      const level = Number(node.attrs.level);
      if (text.length > 0) entries.push({ level: Number.isFinite(level) ? level : 1, text, pos });
      return false;
    }
    // Headings never live inside paragraphs or other text blocks: skip their inline content.
    return !node.isTextblock;
  });
  return entries;
}

/** Index of the outline entry whose section contains position `pos`, or -1 before the first. */
export function activeOutlineIndex(entries: ReadonlyArray<OutlineEntry>, pos: number): number {
  let low = 0;
  let high = entries.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.pos <= pos) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
