/**
 * describeUpdate (SPEC W2): what an update would change, as paths from the root, without
 * applying it. Each case builds a server document, makes a client edit in a replica, and
 * compares the described effects with what the edit did.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import type { InsertEffect, UpdateEffect } from '../../shared/access/updateEffect';
import {
  S,
  captureUpdate,
  editOf,
  isTypeNode,
  replicaOf,
  serverDoc,
  summarize,
} from './accessHelpers';

function described(server: Y.Doc, edit: (doc: Y.Doc) => void): string[] | null {
  return summarize(describeUpdate(server, editOf(server, edit)));
}

function textDoc(text: string): Y.Doc {
  return serverDoc((doc) => doc.getText('t').insert(0, text));
}

describe('describeUpdate: text (W2)', () => {
  it('reports typed characters as an insert in the sequence of the root text', () => {
    const server = textDoc('hello');
    const effects = describeUpdate(
      server,
      editOf(server, (doc) => doc.getText('t').insert(5, ' world')),
    )!;
    expect(summarize(effects)).toEqual(['insert t/[] text " world"']);
    expect(effects[0]!.path).toEqual(['t', S]);
  });

  it('finds a neighbour in the middle of one long item of the document', () => {
    const server = textDoc('hello world');
    const update = editOf(server, (doc) => doc.getText('t').insert(5, ','));
    const [struct] = Y.decodeUpdate(update).structs as Y.Item[];
    expect(struct!.origin).toEqual(Y.createID(1, 4)); // inside the one 11-character item
    expect(summarize(describeUpdate(server, update))).toEqual(['insert t/[] text ","']);
  });

  it('finds a neighbour in the middle of one long item of the same update', () => {
    const writer = new Y.Doc();
    const first = captureUpdate(writer, () => writer.getText('t').insert(0, 'abc'));
    const second = captureUpdate(writer, () => writer.getText('t').insert(2, 'X'));
    const merged = Y.mergeUpdates([first, second]);
    const lengths = Y.decodeUpdate(merged).structs.map((struct) => struct.length);
    expect(lengths).toEqual([3, 1]);
    expect(summarize(describeUpdate(new Y.Doc(), merged))).toEqual([
      'insert t/[] text "abc"',
      'insert t/[] text "X"',
    ]);
  });

  it('reports a deletion spanning items of several authors once', () => {
    const server = new Y.Doc();
    for (const [clientID, word] of [
      [7, 'aaa'],
      [8, 'bbb'],
      [9, 'ccc'],
    ] as const) {
      const author = replicaOf(server, clientID);
      author.getText('t').insert(author.getText('t').length, word);
      Y.applyUpdate(server, Y.encodeStateAsUpdate(author));
    }
    expect(server.getText('t').toString()).toBe('aaabbbccc');
    expect(described(server, (doc) => doc.getText('t').delete(1, 7))).toEqual(['delete t/[]']);
  });

  it('reports embeds as values', () => {
    const server = textDoc('ab');
    expect(described(server, (doc) => doc.getText('t').insertEmbed(1, { image: 'x.png' }))).toEqual(
      ['insert t/[] = {"image":"x.png"}'],
    );
  });
});

describe('describeUpdate: maps (W2)', () => {
  const server = () =>
    serverDoc((doc) => {
      const inner = new Y.Map<unknown>([['x', 1]]);
      inner.set('deep', new Y.Map<unknown>([['y', 2]]));
      doc.getMap('m').set('a', 1);
      doc.getMap('m').set('inner', inner);
    });

  it('reports a new key with its value', () => {
    expect(described(server(), (doc) => doc.getMap('m').set('b', 2))).toEqual(['insert m/b = 2']);
  });

  it('reports an overwrite as an insert plus the deletion of the old value', () => {
    expect(described(server(), (doc) => doc.getMap('m').set('a', 3))).toEqual([
      'insert m/a = 3',
      'delete m/a',
    ]);
  });

  it('reports the deletion of a key', () => {
    expect(described(server(), (doc) => doc.getMap('m').delete('a'))).toEqual(['delete m/a']);
  });

  it('gives the path and the containers, with their current values, of a nested change', () => {
    const doc = server();
    const effects = describeUpdate(
      doc,
      editOf(doc, (client) => {
        const inner = client.getMap('m').get('inner') as Y.Map<Y.Map<number>>;
        inner.get('deep')!.set('y', 5);
      }),
    )!;
    expect(summarize(effects)).toEqual(['insert m/inner/deep/y = 5', 'delete m/inner/deep/y']);
    const { containers } = effects[0]!;
    expect(containers).toHaveLength(3);
    expect(containers.map((node) => node.isNew)).toEqual([false, false, false]);
    expect(containers[1]!.existing('x')).toBe(1);
    expect(isTypeNode(containers[1]!.existing('deep'))).toBe(true);
    expect(containers[2]!.existing('y')).toBe(2);
    expect(containers[2]!.proposed('y')).toEqual([5]);
  });

  it('reports a new map and its fields, whose values rules can read as proposed', () => {
    const doc = server();
    const effects = describeUpdate(
      doc,
      editOf(doc, (client) =>
        client.getMap('m').set(
          'n',
          new Y.Map<unknown>([
            ['a', 1],
            ['b', 'two'],
          ]),
        ),
      ),
    )!;
    expect(summarize(effects)).toEqual([
      'insert m/n <map new>',
      'insert m/n/a = 1',
      'insert m/n/b = "two"',
    ]);
    const node = (effects[0] as InsertEffect).content;
    if (node.kind !== 'type') throw new Error('expected a type');
    expect(node.node.proposed('a')).toEqual([1]);
    expect(node.node.proposed('b')).toEqual(['two']);
    expect(node.node.existing('a')).toBeUndefined();
    expect(effects[1]!.containers[1]).toBe(node.node);
  });

  it('reports the deletion of a nested map with the map, marked as deleted by the update', () => {
    const doc = server();
    const effects = describeUpdate(
      doc,
      editOf(doc, (client) => client.getMap('m').delete('inner')),
    )!;
    expect(summarize(effects)).toEqual([
      'delete m/inner <map>',
      'delete m/inner/x',
      'delete m/inner/deep <map>',
      'delete m/inner/deep/y',
    ]);
    const deleted = effects[0] as Extract<UpdateEffect, { kind: 'delete' }>;
    expect(deleted.node!.deletedByUpdate).toBe(true);
    expect(deleted.node!.existing('x')).toBe(1);
  });

  it('reports a value set and removed before it was sent as a placeholder', () => {
    const client = new Y.Doc();
    client.getMap('m').set('x', new Y.Map());
    client.getMap('m').delete('x');
    expect(summarize(describeUpdate(new Y.Doc(), Y.encodeStateAsUpdate(client)))).toEqual([
      'insert m/x deleted(1)',
    ]);
  });
});
