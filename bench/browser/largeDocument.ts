/**
 * A 100-page planning document for the speed measurements: about 50,000 words in headed
 * sections of paragraphs, with bullet lists and a table every few sections, built from the
 * shared schema and a fixed pseudo-random sequence so every run measures the same document.
 */
import type { NodeJson } from '../../shared/workspace/seed/proseMirrorJson';
import {
  bulletList,
  doc,
  heading,
  paragraph,
  table,
} from '../../shared/workspace/seed/proseMirrorJson';

const VOCABULARY = (
  'coalition session dynamic forum governance internet policy access inclusion rights ' +
  'connectivity regulation market content data users climate sustainability cooperation ' +
  'ecosystem trust security stability digital roadmap stakeholder community secretariat ' +
  'moderator survey paper mapping linkages hybrid participation agenda proposal deadline ' +
  'contribution discussion working group network standards libraries accessibility youth'
).split(' ');

/** Text that marks the last paragraph, to know when the whole document has rendered. */
export const LAST_PARAGRAPH_MARKER = 'End of the hundred-page document.';

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The large document as ProseMirror JSON, and how many words it holds. */
export function largeDocument(targetWords = 50_000): { json: NodeJson; words: number } {
  const next = random(2021);
  const sentence = (length: number): string => {
    const words = Array.from({ length }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const blocks: NodeJson[] = [heading(1, 'Hundred-page planning document')];
  let words = 4;
  let section = 0;
  while (words < targetWords) {
    section += 1;
    blocks.push(heading(2, `Section ${section}: ${sentence(4).slice(0, -1)}`));
    words += 6;
    for (let i = 0; i < 8 && words < targetWords; i++) {
      const text = `${sentence(12)} ${sentence(14)} ${sentence(12)} ${sentence(12)}`;
      blocks.push(paragraph(text));
      words += 50;
    }
    if (section % 4 === 0) {
      blocks.push(bulletList(sentence(8), sentence(8), sentence(8)));
      words += 24;
    }
    if (section % 10 === 0) {
      blocks.push(
        table(
          ['Dynamic Coalition', 'Current work', 'Planned work'],
          [
            [sentence(3), sentence(6), sentence(6)],
            [sentence(3), sentence(6), sentence(6)],
          ],
        ),
      );
      words += 48;
    }
  }
  blocks.push(paragraph(LAST_PARAGRAPH_MARKER));
  return { json: doc(...blocks), words };
}
