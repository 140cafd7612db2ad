/**
 * describeUpdate's edge cases (SPEC W2): it never changes the document, skips what the document
 * already has, drops what Yjs drops, and returns null when it cannot know what would change.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import { MAX_PATH_LENGTH } from '../../shared/access/typeNodes';
import { captureUpdate, editOf, replicaOf, serverDoc, snapshot, summarize } from './accessHelpers';

function paragraphDoc(text: string): Y.Doc {
  return serverDoc((doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment('default').insert(0, [paragraph]);
  });
}

const firstText = (doc: Y.Doc) =>
  (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('describeUpdate: the document is only read (W2)', () => {
  it('leaves the document byte for byte as it was, even for edits inside long items', () => {
    const server = serverDoc((doc) => {
      doc.getText('t').insert(0, 'a long run of text in one item');
      doc.getMap('m').set('k', new Y.Map([['x', 1]]));
    });
    const before = snapshot(server);
    const updates = [
      editOf(server, (doc) => doc.getText('t').insert(7, 'XYZ')),
      editOf(server, (doc) => doc.getText('t').delete(3, 10)),
      editOf(server, (doc) => doc.getMap('m').delete('k')),
      editOf(server, (doc) => doc.getArray('new-root').push([1])),
    ];
    for (const update of updates) expect(describeUpdate(server, update)).not.toBeNull();
    expect(snapshot(server)).toBe(before);
  });
});

describe('describeUpdate: content the document has (W2)', () => {
  it('describes nothing for a handshake that re-sends known content and old deletions', () => {
    const server = paragraphDoc('hello world');
    Y.applyUpdate(
      server,
      editOf(server, (doc) => firstText(doc).delete(0, 6)),
    );
    const client = replicaOf(server);
    const stepTwo = Y.encodeStateAsUpdate(client); // everything, with the whole delete set
    expect(Y.decodeUpdate(stepTwo).ds.clients.size).toBeGreaterThan(0);
    expect(describeUpdate(server, stepTwo)).toEqual([]);
  });

  it('describes only the unknown end of a struct the document has in part', () => {
    const client = new Y.Doc();
    client.clientID = 5;
    const server = new Y.Doc();
    Y.applyUpdate(
      server,
      captureUpdate(client, () => client.getText('t').insert(0, 'abc')),
    );
    client.getText('t').insert(3, 'def'); // merged with "abc" into one item
    const full = Y.encodeStateAsUpdate(client);
    expect(Y.decodeUpdate(full).structs.map((struct) => struct.length)).toEqual([6]);
    expect(summarize(describeUpdate(server, full))).toEqual(['insert t/[] text "def"']);
  });
});

describe('describeUpdate: what Yjs drops (W2)', () => {
  it('ignores typing into a paragraph that was deleted and garbage-collected meanwhile', () => {
    const server = paragraphDoc('hello');
    const [typist, other] = [replicaOf(server), replicaOf(server)];
    Y.applyUpdate(
      server,
      editOf(server, (doc) => doc.getXmlFragment('default').delete(0, 1)),
    );
    const typing = captureUpdate(typist, () => firstText(typist).insert(2, 'XYZ'));
    const atStart = captureUpdate(other, () => firstText(other).insert(0, '>'));
    expect(describeUpdate(server, typing)).toEqual([]);
    expect(describeUpdate(server, atStart)).toEqual([]);
    const before = server.getXmlFragment('default').toJSON();
    Y.applyUpdate(server, Y.mergeUpdates([typing, atStart]));
    expect(server.getXmlFragment('default').toJSON()).toBe(before);
  });

  it('ignores fields set in a map that was deleted and garbage-collected meanwhile', () => {
    const server = serverDoc((doc) => doc.getMap('m').set('inner', new Y.Map()));
    const client = replicaOf(server);
    Y.applyUpdate(
      server,
      editOf(server, (doc) => doc.getMap('m').delete('inner')),
    );
    const update = captureUpdate(client, () =>
      (client.getMap('m').get('inner') as Y.Map<number>).set('x', 1),
    );
    expect(describeUpdate(server, update)).toEqual([]);
  });

  it('does not report deleting what the same update inserts, but marks a new type deleted', () => {
    const server = new Y.Doc();
    const client = new Y.Doc({ gc: false }); // keeps the deleted content in the update
    const update = captureUpdate(client, () =>
      client.transact(() => {
        client.getText('t').insert(0, 'typo');
        client.getText('t').delete(0, 4);
        client.getMap('m').set('gone', new Y.Map());
        client.getMap('m').delete('gone');
      }),
    );
    const effects = describeUpdate(server, update)!;
    expect(summarize(effects)).toEqual(['insert t/[] text "typo"', 'insert m/gone <map new>']);
    const created = effects[1]!.kind === 'insert' ? effects[1]!.content : null;
    expect(created?.kind === 'type' && created.node.deletedByUpdate).toBe(true);
  });
});

describe('describeUpdate: what cannot be known (W2)', () => {
  /** A second client with content the server never received. */
  function unsent() {
    const server = new Y.Doc();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'hello');
    other.getMap('m').set('inner', new Y.Map());
    return { server, client: replicaOf(other) };
  }

  it('returns null when a neighbour is neither in the document nor in the update', () => {
    const { server, client } = unsent();
    const update = captureUpdate(client, () => client.getText('t').insert(5, ' world'));
    expect(describeUpdate(server, update)).toBeNull();
  });

  it('returns null when a parent is neither in the document nor in the update', () => {
    const { server, client } = unsent();
    const update = captureUpdate(client, () =>
      (client.getMap('m').get('inner') as Y.Map<number>).set('x', 1),
    );
    expect(describeUpdate(server, update)).toBeNull();
  });

  it('returns null when it deletes items the document does not have', () => {
    const { server, client } = unsent();
    const update = captureUpdate(client, () => client.getText('t').delete(0, 1));
    expect(Y.decodeUpdate(update).structs).toHaveLength(0);
    expect(describeUpdate(server, update)).toBeNull();
  });

  it('returns null when a client clock has a gap (Yjs would keep the rest pending)', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    captureUpdate(client, () => client.getText('t').insert(0, 'first'));
    const second = captureUpdate(client, () => client.getText('t').insert(5, ' second'));
    expect(describeUpdate(server, second)).toBeNull();
  });

  it('returns null for bytes that are not an update', () => {
    expect(describeUpdate(new Y.Doc(), new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe('describeUpdate: size (W2)', () => {
  /** An update creating maps nested `depth` deep, with a value in the deepest. */
  function nested(depth: number): Uint8Array {
    const client = new Y.Doc();
    return captureUpdate(client, () =>
      client.transact(() => {
        let map = client.getMap('m');
        for (let level = 0; level < depth; level++) {
          const child = new Y.Map<unknown>();
          map.set('k', child);
          map = child;
        }
        map.set('leaf', true);
      }),
    );
  }

  it('traces deeply nested new types without recursion, up to MAX_PATH_LENGTH', () => {
    const depth = MAX_PATH_LENGTH - 2; // root, `depth` keys, then the leaf key
    const effects = describeUpdate(new Y.Doc(), nested(depth))!;
    expect(effects).toHaveLength(depth + 1);
    expect(effects[depth]!.path).toHaveLength(MAX_PATH_LENGTH);
    expect(effects[depth]!.path.at(-1)).toBe('leaf');
  });

  it('refuses to trace deeper paths (a hostile update must not cost quadratic time)', () => {
    expect(describeUpdate(new Y.Doc(), nested(MAX_PATH_LENGTH - 1))).toBeNull();
    expect(describeUpdate(new Y.Doc(), nested(5_000))).toBeNull();
  });
});
