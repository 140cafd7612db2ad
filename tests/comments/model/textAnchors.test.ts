/**
 * Text anchors (shared/comments/textAnchors.ts) in known situations: a range follows edits
 * before it, text typed at its edges stays outside while text typed inside (here or on another
 * client) extends it, deleting all of its text makes the thread "on deleted text" with its
 * quote kept, it survives a reload, and anchorSections names the nearest heading before each
 * thread without changing the document.
 */
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThreads } from '../../../shared/comments/readThreads';
import {
  anchorSections,
  createTextAnchor,
  proseMirrorSnapshot,
  quoteOf,
  resolveTextAnchor,
} from '../../../shared/comments/textAnchors';
import { createThread, type TextAnchor } from '../../../shared/comments/threadSchema';
import { DOCUMENT_FRAGMENT, getDocumentSchema } from '../../../shared/editor/schemaExtensions';

const schema = getDocumentSchema();

/** "Intro" heading, "Hello brave world", "Second line", "Next" heading, "Last words". */
function documentOf(clientID = 1): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const heading = (text: string) => ({
    type: 'heading',
    attrs: { level: 2 },
    content: [{ type: 'text', text }],
  });
  prosemirrorJSONToYXmlFragment(
    schema,
    {
      type: 'doc',
      content: [
        heading('Intro'),
        paragraph('Hello brave world'),
        paragraph('Second line'),
        heading('Next'),
        paragraph('Last words'),
      ],
    },
    doc.getXmlFragment(DOCUMENT_FRAGMENT),
  );
  return doc;
}

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT);
/** The Y.XmlText of the block at `index`. */
const textAt = (doc: Y.Doc, index: number) =>
  (fragmentOf(doc).get(index) as Y.XmlElement).get(0) as Y.XmlText;

/** Anchors the first occurrence of `text` and returns the anchor. */
function anchorOn(doc: Y.Doc, text: string): TextAnchor {
  const { node, mapping } = proseMirrorSnapshot(fragmentOf(doc), schema);
  let from = -1;
  node.descendants((child, pos) => {
    const index = child.isText ? child.text!.indexOf(text) : -1;
    if (from < 0 && index >= 0) from = pos + index;
  });
  expect(from).toBeGreaterThan(0);
  return createTextAnchor(fragmentOf(doc), mapping, from, from + text.length);
}

/** The text the anchor covers now, or null when deleted. */
function covered(doc: Y.Doc, anchor: TextAnchor): string | null {
  const { node, mapping } = proseMirrorSnapshot(fragmentOf(doc), schema);
  const range = resolveTextAnchor(doc, fragmentOf(doc), anchor, mapping);
  return range ? quoteOf(node, range.from, range.to) : null;
}

describe('text anchors', () => {
  it('covers the selected text, and follows edits before it', () => {
    const doc = documentOf();
    const anchor = anchorOn(doc, 'brave');
    expect(anchor.start.assoc).toBe(0);
    expect(anchor.end.assoc).toBe(-1);
    expect(covered(doc, anchor)).toBe('brave');
    textAt(doc, 1).insert(0, 'Oh, ');
    fragmentOf(doc).insert(0, [new Y.XmlElement('paragraph')]);
    expect(covered(doc, anchor)).toBe('brave');
  });

  it('leaves text typed at its edges outside, and takes in text typed inside', () => {
    const doc = documentOf();
    const anchor = anchorOn(doc, 'brave');
    const text = textAt(doc, 1); // "Hello brave world"
    text.insert(6, '<'); // just before "brave"
    text.insert(12, '>'); // just after it
    expect(text.toString()).toBe('Hello <brave> world');
    expect(covered(doc, anchor)).toBe('brave');
    text.insert(9, 'VE-BRA'); // inside
    expect(covered(doc, anchor)).toBe('brVE-BRAave');
  });

  it('takes in text another client typed inside, concurrently, alike on both', () => {
    const ann = documentOf(1);
    const bo = new Y.Doc();
    bo.clientID = 2;
    Y.applyUpdate(bo, Y.encodeStateAsUpdate(ann));
    const anchor = anchorOn(ann, 'brave world');
    createThread(ann, {
      id: 't',
      authorId: 'ann',
      createdAt: 1,
      anchor,
      quote: 'brave world',
      kind: 'comment',
      comment: { id: 'c', body: 'x' },
    });
    textAt(bo, 1).insert(11, ' new'); // "Hello brave new world", before Bo sees the thread
    textAt(ann, 1).delete(0, 6); // "brave world", concurrently
    Y.applyUpdate(bo, Y.encodeStateAsUpdate(ann));
    Y.applyUpdate(ann, Y.encodeStateAsUpdate(bo));
    const stored = readThreads(bo)[0]!.anchor as TextAnchor;
    expect(covered(ann, anchor)).toBe('brave new world');
    expect(covered(bo, stored)).toBe('brave new world');
  });

  it('shrinks when part of its text is deleted, and is deleted with all of it, quote kept', () => {
    const doc = documentOf();
    const anchor = anchorOn(doc, 'brave world');
    createThread(doc, {
      id: 't',
      authorId: 'ann',
      createdAt: 1,
      anchor,
      quote: 'brave world',
      kind: 'question',
      comment: { id: 'c', body: 'Why?' },
    });
    textAt(doc, 1).delete(6, 6); // "Hello world"
    expect(covered(doc, anchor)).toBe('world');
    textAt(doc, 1).delete(5, 6); // "Hello"
    expect(covered(doc, anchor)).toBeNull();
    textAt(doc, 1).insert(5, ' brave world'); // the same words again are not the anchored ones
    expect(covered(doc, anchor)).toBeNull();
    expect(readThreads(doc)[0]).toMatchObject({ quote: 'brave world', status: 'open' });
    expect(anchorSections(doc, schema).get('t')).toMatchObject({ deleted: true, section: 'Intro' });
  });

  it('stays deleted on every client when the deletion is undone (the text comes back anew)', () => {
    const ann = documentOf(1);
    const bo = new Y.Doc();
    bo.clientID = 2;
    Y.applyUpdate(bo, Y.encodeStateAsUpdate(ann));
    const undo = new Y.UndoManager(fragmentOf(ann), { captureTimeout: 0 });
    const inWord = anchorOn(ann, 'brave');
    const lastWord = anchorOn(ann, 'world'); // in the paragraph deleted as a whole
    const { mapping } = proseMirrorSnapshot(fragmentOf(ann), schema);
    const wide = createTextAnchor(fragmentOf(ann), mapping, 20, 33); // into the next paragraph
    expect(covered(ann, wide)).toBe('world Second');
    textAt(ann, 1).delete(6, 5); // "brave"
    fragmentOf(ann).delete(1, 1); // the whole first paragraph
    undo.undo();
    undo.undo();
    Y.applyUpdate(bo, Y.encodeStateAsUpdate(ann));
    expect(textAt(ann, 1).toString()).toBe('Hello brave world');
    for (const doc of [ann, bo]) {
      expect(covered(doc, inWord)).toBeNull();
      expect(covered(doc, lastWord)).toBeNull();
      expect(covered(doc, wide)).toBeNull();
    }
  });

  it('is deleted with its paragraph', () => {
    const doc = documentOf();
    const anchor = anchorOn(doc, 'Second');
    fragmentOf(doc).delete(2, 1);
    expect(covered(doc, anchor)).toBeNull();
  });

  it('spans paragraphs, and survives a reload through the stored JSON', () => {
    const doc = documentOf();
    const { node, mapping } = proseMirrorSnapshot(fragmentOf(doc), schema);
    const from = 7 + 1 + 6; // "brave" in the first paragraph (the heading takes 7)
    const to = 7 + 19 + 1 + 6; // "Second" in the next one
    expect(quoteOf(node, from, to)).toBe('brave world Second');
    const anchor = createTextAnchor(fragmentOf(doc), mapping, from, to);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    expect(covered(reloaded, JSON.parse(JSON.stringify(anchor)) as TextAnchor)).toBe(
      'brave world Second',
    );
  });

  it('resolves a malformed or foreign anchor to null instead of throwing', () => {
    const doc = documentOf();
    const { mapping } = proseMirrorSnapshot(fragmentOf(doc), schema);
    const foreign: TextAnchor = {
      kind: 'text',
      start: { item: { client: 999, clock: 5 }, assoc: 0 },
      end: { item: { client: 999, clock: 9 }, assoc: -1 },
    };
    expect(resolveTextAnchor(doc, fragmentOf(doc), foreign, mapping)).toBeNull();
    const broken = { kind: 'text', start: { item: 'x' }, end: {} } as unknown as TextAnchor;
    expect(resolveTextAnchor(doc, fragmentOf(doc), broken, mapping)).toBeNull();
  });

  it('names the nearest heading before each text thread, without changing the document', () => {
    const doc = documentOf();
    const start = (id: string, text: string) =>
      createThread(doc, {
        id,
        authorId: 'ann',
        createdAt: 1,
        anchor: anchorOn(doc, text),
        quote: text,
        kind: 'comment',
        comment: { id: `${id}-c`, body: 'x' },
      });
    start('first', 'Hello');
    start('last', 'words');
    start('heading', 'Intro');
    createThread(doc, {
      id: 'cell',
      authorId: 'ann',
      createdAt: 1,
      anchor: { kind: 'cell', rowId: 'r', columnId: 'c' },
      quote: '',
      kind: 'comment',
      comment: { id: 'cell-c', body: 'x' },
    });
    const before = Y.encodeStateAsUpdate(doc);
    const places = anchorSections(doc, schema);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(Object.fromEntries(places)).toEqual({
      first: { section: 'Intro', deleted: false, from: 8 },
      last: { section: 'Next', deleted: false, from: 51 },
      heading: { section: 'Intro', deleted: false, from: 1 }, // in the heading itself
    });
  });
});
