/**
 * describeUpdate on the rich text Tiptap binds to (SPEC W2): an XmlFragment of XmlElements
 * holding XmlText, with attributes on elements and formatting marks in the text.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import { S, editOf, serverDoc, summarize } from './accessHelpers';

function paragraphs(...texts: string[]): Y.Doc {
  return serverDoc((doc) => {
    for (const text of texts) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      const fragment = doc.getXmlFragment('default');
      fragment.insert(fragment.length, [paragraph]);
    }
  });
}

const paragraph = (doc: Y.Doc, index: number) =>
  doc.getXmlFragment('default').get(index) as Y.XmlElement;
const textOf = (doc: Y.Doc, index: number) => paragraph(doc, index).get(0) as Y.XmlText;

function described(server: Y.Doc, edit: (doc: Y.Doc) => void): string[] | null {
  return summarize(describeUpdate(server, editOf(server, edit)));
}

describe('describeUpdate: XML (W2)', () => {
  it('reports typing in a paragraph as an insert in its XmlText', () => {
    const server = paragraphs('hello', 'world');
    const effects = describeUpdate(
      server,
      editOf(server, (doc) => textOf(doc, 1).insert(5, '!')),
    )!;
    expect(summarize(effects)).toEqual(['insert default/[]/[]/[] text "!"']);
    expect(effects[0]!.path).toEqual(['default', S, S, S]);
    expect(effects[0]!.containers.map((node) => [node.kind, node.nodeName])).toEqual([
      ['unknown', null], // the server never asked for the root by kind
      ['xmlElement', 'paragraph'],
      ['xmlText', null],
    ]);
  });

  it('reports a new paragraph whose parents are all new in the same update', () => {
    const server = paragraphs('hello');
    expect(
      described(server, (doc) => {
        const heading = new Y.XmlElement('heading');
        heading.setAttribute('level', '2');
        const text = new Y.XmlText();
        heading.insert(0, [text]);
        doc.getXmlFragment('default').insert(0, [heading]);
        text.insert(0, 'Ti');
        text.insert(2, 'tle');
      }),
    ).toEqual([
      'insert default/[] <xmlElement new>',
      'insert default/[]/[] <xmlText new>',
      'insert default/[]/level = "2"',
      'insert default/[]/[]/[] text "Ti"',
      'insert default/[]/[]/[] text "tle"',
    ]);
  });

  it('reports attributes by name, with the old value deleted', () => {
    const server = serverDoc((doc) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', '1');
      doc.getXmlFragment('default').insert(0, [heading]);
    });
    expect(described(server, (doc) => paragraph(doc, 0).setAttribute('level', '3'))).toEqual([
      'insert default/[]/level = "3"',
      'delete default/[]/level',
    ]);
    expect(described(server, (doc) => paragraph(doc, 0).removeAttribute('level'))).toEqual([
      'delete default/[]/level',
    ]);
  });

  it('reports formatting as marks in the sequence, not as keys', () => {
    const server = paragraphs('hello world');
    expect(described(server, (doc) => textOf(doc, 0).format(0, 5, { bold: true }))).toEqual([
      'insert default/[]/[]/[] format bold=true',
      'insert default/[]/[]/[] format bold=null',
    ]);
  });

  it('reports deleting text across formatting once', () => {
    const server = paragraphs('hello world');
    const formatted = editOf(server, (doc) => textOf(doc, 0).format(2, 5, { italic: true }));
    Y.applyUpdate(server, formatted);
    expect(described(server, (doc) => textOf(doc, 0).delete(0, 11))).toEqual([
      'delete default/[]/[]/[]',
    ]);
  });

  it('reports deleting a paragraph with its element, its text node and its characters', () => {
    const server = paragraphs('one', 'two');
    expect(described(server, (doc) => doc.getXmlFragment('default').delete(1, 1))).toEqual([
      'delete default/[] <xmlElement>',
      'delete default/[]/[] <xmlText>',
      'delete default/[]/[]/[]',
    ]);
  });

  it('describes a Tiptap-sized edit across two paragraphs', () => {
    const server = paragraphs('first', 'second');
    expect(
      described(server, (doc) => {
        doc.transact(() => {
          textOf(doc, 0).delete(3, 2);
          textOf(doc, 0).insert(3, textOf(doc, 1).toString());
          doc.getXmlFragment('default').delete(1, 1);
        });
      }),
    ).toEqual([
      'insert default/[]/[]/[] text "second"',
      'delete default/[]/[]/[]',
      'delete default/[] <xmlElement>',
      'delete default/[]/[] <xmlText>',
      'delete default/[]/[]/[]', // the second paragraph's characters: another place
    ]);
  });
});
