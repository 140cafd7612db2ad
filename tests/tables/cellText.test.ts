/**
 * A cell's rich text as plain text and back (T6): paragraphs, headings, hard breaks, bullet and
 * numbered lists (nested ones indented), marks and links dropped to their text; plain text
 * written back as paragraphs and bullet lists reads back the same.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cellPlainText, setCellPlainText } from '../../shared/tables/cellPlainText';
import { writeRichCell } from './tableFixtures';

const fragmentIn = (doc = new Y.Doc()) => doc.getXmlFragment('cell');

describe('cellPlainText (T6)', () => {
  it('is empty for an empty cell and for one empty paragraph', () => {
    const fragment = fragmentIn();
    expect(cellPlainText(fragment)).toBe('');
    fragment.insert(0, [new Y.XmlElement('paragraph')]);
    expect(cellPlainText(fragment)).toBe('');
  });

  it('joins paragraphs with new lines and prefixes list items, keeping link and bold text', () => {
    const fragment = fragmentIn();
    writeRichCell(fragment);
    expect(cellPlainText(fragment)).toBe(
      'See our report and act\n- first\n- second\n1. one\n2. two',
    );
  });

  it('indents nested list items, reads headings and hard breaks', () => {
    const doc = new Y.Doc();
    const fragment = fragmentIn(doc);
    doc.transact(() => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', '2');
      const para = new Y.XmlElement('paragraph');
      const list = new Y.XmlElement('bulletList');
      fragment.insert(0, [heading, para, list]);
      heading.insert(0, [new Y.XmlText('Title')]);
      para.insert(0, [new Y.XmlText('line one'), new Y.XmlElement('hardBreak')]);
      para.insert(2, [new Y.XmlText('line two')]);
      const item = new Y.XmlElement('listItem');
      list.insert(0, [item]);
      const itemText = new Y.XmlElement('paragraph');
      const nested = new Y.XmlElement('bulletList');
      item.insert(0, [itemText, nested]);
      itemText.insert(0, [new Y.XmlText('outer')]);
      const inner = new Y.XmlElement('listItem');
      nested.insert(0, [inner]);
      const innerText = new Y.XmlElement('paragraph');
      inner.insert(0, [innerText]);
      innerText.insert(0, [new Y.XmlText('inner')]);
    });
    expect(cellPlainText(fragment)).toBe('Title\nline one\nline two\n- outer\n  - inner');
  });

  it('writes plain text as paragraphs and bullet lists that read back the same', () => {
    const doc = new Y.Doc();
    const fragment = fragmentIn(doc);
    const text = 'Intro\n- a\n- b\n\nAfter a blank line\n1. kept as text\n  - indented';
    setCellPlainText(fragment, text);
    expect(cellPlainText(fragment)).toBe(text);
    expect(fragment.toArray().map((node) => (node as Y.XmlElement).nodeName)).toEqual([
      'paragraph',
      'bulletList',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('replaces the whole content in one update, and "" empties the cell', () => {
    const doc = new Y.Doc();
    const fragment = fragmentIn(doc);
    writeRichCell(fragment);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    setCellPlainText(fragment, 'new\r\ntext\r\n');
    expect(updates).toBe(1);
    expect(cellPlainText(fragment)).toBe('new\ntext');
    setCellPlainText(fragment, '');
    expect(fragment.length).toBe(0);
  });
});
