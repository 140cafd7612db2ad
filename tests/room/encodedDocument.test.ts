/**
 * A room holds a document nobody changes as its encoded state (EncodedDocument) and builds its
 * Y.Doc only for a real change: the handshake's answers from the encoded state equal the
 * Y.Doc's, a client's no-op reply (even one carrying deletions) leaves the room unbuilt, a real
 * change builds it once (announced before it applies) and is stored and relayed as before, and
 * a read-only connection's real change is refused without building anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { EncodedDocument } from '../../server/room/EncodedDocument';
import { Room, type RoomDependencies } from '../../server/room/Room';
import { UpdateWriter } from '../../server/storage/UpdateWriter';
import { createLogger } from '../../server/logger';
import { CloseCode } from '../../shared/protocol/closeCodes';
import {
  writeQueryAwarenessMessage,
  writeSyncStep1Message,
  writeSyncStep2Message,
  writeUpdateMessage,
} from '../../shared/protocol/writeMessage';
import { FakeConnection } from '../helpers/fakeConnection';
import { GatedStore } from '../helpers/gatedStore';
import { waitFor } from '../helpers/waitFor';

/** A document edited in several steps, with deletions, and its updates in order. */
function editedDocument(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('t');
  text.insert(0, 'Dynamic Coalitions plan the main session');
  text.delete(8, 11);
  doc.getMap('threads').set('t1', 'a thread');
  text.insert(0, 'The ');
  text.delete(text.length - 8, 8);
  return { doc, updates };
}

function sameContent(update: Uint8Array, expected: Y.Doc): void {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, update);
  expect(replica.getText('t').toString()).toBe(expected.getText('t').toString());
  expect(replica.getMap('threads').toJSON()).toEqual(expected.getMap('threads').toJSON());
  expect(Y.encodeStateVector(replica)).toEqual(Y.encodeStateVector(expected));
}

describe('EncodedDocument', () => {
  it('answers state vector and missing content as the Y.Doc would', () => {
    const { doc, updates } = editedDocument();
    const encoded = EncodedDocument.fromUpdates(updates);
    expect(encoded.encodedStateVector()).toEqual(Y.encodeStateVector(doc));
    sameContent(encoded.missingFrom(new Uint8Array([0])), doc);
    // A client that has the first two updates gets the rest.
    const partial = new Y.Doc();
    Y.applyUpdate(partial, updates[0]!);
    Y.applyUpdate(partial, updates[1]!);
    Y.applyUpdate(partial, encoded.missingFrom(Y.encodeStateVector(partial)));
    expect(partial.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(EncodedDocument.fromUpdates([]).encodedStateVector()).toEqual(
      Y.encodeStateVector(new Y.Doc()),
    );
  });

  it('answers every client that has all items with one shared delete set', () => {
    const { doc, updates } = editedDocument();
    const encoded = EncodedDocument.fromUpdates(updates);
    const upToDate = new Y.Doc();
    Y.applyUpdate(upToDate, Y.encodeStateAsUpdate(doc));
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    ahead.getText('t').insert(0, 'offline edit ');
    const reply = encoded.missingFrom(Y.encodeStateVector(upToDate));
    expect(encoded.missingFrom(Y.encodeStateVector(ahead))).toBe(reply);
    const { structs, ds } = Y.decodeUpdate(reply);
    expect(structs).toHaveLength(0);
    expect(Y.equalDeleteSets(ds, Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).ds)).toBe(true);
    // A client behind gets its own diff, not the shared reply.
    const behind = new Y.Doc();
    Y.applyUpdate(behind, updates[0]!);
    expect(encoded.missingFrom(Y.encodeStateVector(behind))).not.toBe(reply);
  });

  it('tells a no-op (known items, deletions already made) from a change', () => {
    const { doc, updates } = editedDocument();
    const encoded = EncodedDocument.fromUpdates(updates);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    // What an up-to-date client replies to sync step 1: no items, its whole delete set.
    const reply = Y.encodeStateAsUpdate(client, Y.encodeStateVector(doc));
    expect(Y.decodeUpdate(reply).ds.clients.size).toBe(1);
    expect(encoded.contains(reply)).toBe(true);
    expect(encoded.contains(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
    expect(encoded.contains(updates[2]!)).toBe(true);

    const inserted = new Y.Doc();
    Y.applyUpdate(inserted, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(inserted);
    inserted.getText('t').insert(0, 'New: ');
    expect(encoded.contains(Y.encodeStateAsUpdate(inserted, sv))).toBe(false);

    // A deletion alone brings no item, only a delete set the document does not have yet.
    const deleting = new Y.Doc();
    Y.applyUpdate(deleting, Y.encodeStateAsUpdate(doc));
    let deletion: Uint8Array | null = null;
    deleting.on('update', (update: Uint8Array) => (deletion = update));
    deleting.getText('t').delete(0, 4);
    expect(Y.parseUpdateMeta(deletion!).to.size).toBe(0);
    expect(encoded.contains(deletion!)).toBe(false);
  });
});

const rooms: Room[] = [];
afterEach(() => rooms.splice(0).forEach((room) => room.destroy()));

async function storedRoom(extra: Partial<RoomDependencies> = {}) {
  const store = new GatedStore();
  const { doc, updates } = editedDocument();
  await store.append(updates.map((update) => ({ name: 'doc', update })));
  const room = await Room.load('doc', {
    store,
    writer: new UpdateWriter(store),
    log: createLogger('silent'),
    compactAfterUpdates: 1000,
    maxConnections: 10,
    awarenessBatchMs: 50,
    ...extra,
  });
  rooms.push(room);
  return { room, store, doc };
}

/** A client replica of `doc` connected to `room`, after the whole handshake. */
async function syncedClient(room: Room, doc: Y.Doc, connection = new FakeConnection()) {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
  room.addConnection(connection);
  const serverStep1 = connection.messagesOf('syncStep1')[0]!;
  room.handleFrame(connection, writeSyncStep1Message(client));
  room.handleFrame(connection, writeSyncStep2Message(client, serverStep1.stateVector));
  await room.whenIdle();
  return { client, connection };
}

describe('Room held encoded', () => {
  it('serves readers, fresh and up to date, without building the Y.Doc', async () => {
    const { room, doc } = await storedRoom();
    const fresh = new FakeConnection();
    room.addConnection(fresh);
    room.handleFrame(fresh, writeSyncStep1Message(new Y.Doc()));
    room.handleFrame(fresh, writeSyncStep2Message(new Y.Doc()));
    await waitFor(() => fresh.messagesOf('syncStep2').length === 1);
    sameContent(fresh.messagesOf('syncStep2')[0]!.update, doc);
    await syncedClient(room, doc);
    expect(room.isBuilt).toBe(false);
    expect(fresh.closed).toBeNull();
    // No presence published yet: a query gets a frame of zero states.
    room.handleFrame(fresh, writeQueryAwarenessMessage());
    const answer = fresh.messagesOf('awareness')[0]!;
    const listener = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(listener, answer.update, 'server');
    expect(listener.getStates().size).toBe(1);
    expect(room.awarenessStates().size).toBe(0);
  });

  it('builds the Y.Doc for the first change, announced before the change applies, then relays it', async () => {
    const ready: string[] = [];
    const { room, store, doc } = await storedRoom({
      onDocumentReady: (_room, built) => ready.push(built.getText('t').toString()),
    });
    const { client, connection } = await syncedClient(room, doc);
    const { connection: other } = await syncedClient(room, doc);
    const sv = Y.encodeStateVector(client);
    client.getText('t').insert(0, '» ');
    room.handleFrame(connection, writeUpdateMessage(Y.encodeStateAsUpdate(client, sv)));
    await room.whenIdle();
    expect(ready).toEqual([doc.getText('t').toString()]);
    expect(room.isBuilt).toBe(true);
    expect(room.doc.getText('t').toString()).toBe(client.getText('t').toString());
    await waitFor(() => other.messagesOf('update').length === 1);
    expect(store.appended.length).toBeGreaterThan(0);
    room.doc.getText('t').insert(0, '');
    expect(ready).toHaveLength(1);
  });

  it("a reader's real change is refused without building the Y.Doc", async () => {
    const { room, doc } = await storedRoom();
    const reader = new (class extends FakeConnection {
      readonly permissions = { canWrite: false };
    })();
    const { client } = await syncedClient(room, doc, reader);
    expect(reader.closed).toBeNull();
    const sv = Y.encodeStateVector(client);
    client.getText('t').insert(0, 'not allowed');
    room.handleFrame(reader, writeUpdateMessage(Y.encodeStateAsUpdate(client, sv)));
    expect(reader.closed?.code).toBe(CloseCode.forbidden);
    expect(room.isBuilt).toBe(false);
  });

  it('readDoc() gives a copy while unbuilt and the room keeps holding the encoded state', async () => {
    const { room, doc } = await storedRoom();
    const copy = room.readDoc();
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(room.isBuilt).toBe(false);
    expect(room.doc.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(room.readDoc()).toBe(room.doc);
  });
});
