// Outline and word count of a document built from the shared schema.
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/schemaExtensions';
import { activeOutlineIndex, outlineOf } from '../../client/src/editor/outline';
import { countDocumentWords, countWords } from '../../client/src/editor/wordCount';

const schema = getDocumentSchema();
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Main session' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Two key elements.' }] },
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: '  (a)   The DC paper ' }],
    },
    { type: 'heading', attrs: { level: 2 } },
    {
      type: 'blockquote',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Quoted' }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one two' }] }],
        },
      ],
    },
  ],
});

describe('outlineOf', () => {
  it('lists non-empty headings in order with level, clean text and position', () => {
    const outline = outlineOf(doc);
    expect(outline.map(({ level, text }) => [level, text])).toEqual([
      [1, 'Main session'],
      [2, '(a) The DC paper'],
      [3, 'Quoted'],
    ]);
    for (const entry of outline) expect(doc.nodeAt(entry.pos)?.type.name).toBe('heading');
  });

  it('finds the section a position is in', () => {
    const outline = outlineOf(doc);
    expect(activeOutlineIndex(outline, 0)).toBe(0);
    expect(activeOutlineIndex(outline, outline[1]!.pos + 3)).toBe(1);
    expect(activeOutlineIndex(outline, doc.content.size)).toBe(2);
    expect(activeOutlineIndex([], 10)).toBe(-1);
  });
});

describe('word count', () => {
  it('counts words, not punctuation, in any script', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  — , . ! ')).toBe(0);
    expect(countWords("DCs' work isn't well-known (e.g. IGF 2021)")).toBe(7);
    expect(countWords('Internet United · Katowice')).toBe(3);
    expect(countWords('Gouvernance de l’Internet')).toBe(3);
    expect(countWords('Интернет управление')).toBe(2);
  });

  it('treats block boundaries as spaces', () => {
    expect(countDocumentWords(doc)).toBe(2 + 3 + 4 + 1 + 2);
  });
});
