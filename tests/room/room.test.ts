/**
 * A Room driven with fake connections and no network: durable-before-relay (SPEC D1),
 * truthful save acknowledgements (D2), bad frames close only their connection (B1), and a
 * storage failure closes every connection without sending unstored content (D3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Room } from '../../server/room/Room';
import { UpdateWriter } from '../../server/storage/UpdateWriter';
import { createLogger } from '../../server/logger';
import { CloseCode } from '../../shared/protocol/closeCodes';
import {
  writeSaveRequestMessage,
  writeSyncStep1Message,
  writeUpdateMessage,
} from '../../shared/protocol/writeMessage';
import { FakeConnection } from '../helpers/fakeConnection';
import { GatedStore } from '../helpers/gatedStore';
import { waitFor } from '../helpers/waitFor';

const rooms: Room[] = [];
afterEach(() => rooms.splice(0).forEach((room) => room.destroy()));

async function openRoom(store = new GatedStore(), compactAfterUpdates = 1000) {
  const room = await Room.load('doc', {
    store,
    writer: new UpdateWriter(store),
    log: createLogger('silent'),
    compactAfterUpdates,
    maxConnections: 3,
    awarenessBatchMs: 50,
  });
  rooms.push(room);
  return { room, store };
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('Room', () => {
  it('greets a new connection with its state vector', async () => {
    const { room } = await openRoom();
    const alice = new FakeConnection();
    room.addConnection(alice);
    expect(alice.messages().map((m) => m.kind)).toEqual(['syncStep1']);
  });

  it('D1: relays an update only after it is stored', async () => {
    const { room, store } = await openRoom();
    const alice = new FakeConnection();
    const bob = new FakeConnection();
    room.addConnection(alice);
    room.addConnection(bob);
    store.gated = true;
    room.handleFrame(alice, writeUpdateMessage(textUpdate('hello')));
    await waitFor(() => store.waitingCount === 1);
    expect(bob.messagesOf('update')).toHaveLength(0);
    store.open();
    await waitFor(() => bob.messagesOf('update').length === 1);
    expect(alice.messagesOf('update')).toHaveLength(0);
    expect(store.appended).toHaveLength(1);
  });

  it('S5: updates stored in one batch reach each other connection in one write, in order, never its own', async () => {
    /** A connection that can take several frames at once, and records each write. */
    class BatchingConnection extends FakeConnection {
      readonly writes: number[] = [];
      override send(frame: Uint8Array): void {
        this.writes.push(1);
        super.send(frame);
      }
      sendAll(frames: readonly Uint8Array[]): void {
        this.writes.push(frames.length);
        for (const frame of frames) super.send(frame);
      }
    }
    const { room, store } = await openRoom();
    const alice = new BatchingConnection();
    const bob = new BatchingConnection();
    const carol = new BatchingConnection();
    for (const connection of [alice, bob, carol]) room.addConnection(connection);
    const greeting = carol.writes.length;
    store.gated = true;
    room.handleFrame(alice, writeUpdateMessage(textUpdate('from alice')));
    room.handleFrame(bob, writeUpdateMessage(textUpdate('from bob')));
    await waitFor(() => store.waitingCount === 1);
    expect(carol.messagesOf('update')).toHaveLength(0);
    store.open();
    await waitFor(() => carol.messagesOf('update').length === 2);
    expect(carol.writes.slice(greeting)).toEqual([2]);
    const replica = new Y.Doc();
    for (const { update } of carol.messagesOf('update')) Y.applyUpdate(replica, update);
    expect(replica.getText('t').toString()).toContain('from alice');
    expect(replica.getText('t').toString()).toContain('from bob');
    const textOf = (connection: FakeConnection) => {
      const doc = new Y.Doc();
      for (const { update } of connection.messagesOf('update')) Y.applyUpdate(doc, update);
      return doc.getText('t').toString();
    };
    expect(textOf(alice)).toBe('from bob');
    expect(textOf(bob)).toBe('from alice');
  });

  it('D1: a sync reply never contains what is not stored yet', async () => {
    const { room, store } = await openRoom();
    const alice = new FakeConnection();
    const carol = new FakeConnection();
    room.addConnection(alice);
    room.addConnection(carol);
    store.gated = true;
    room.handleFrame(alice, writeUpdateMessage(textUpdate('unsaved')));
    room.handleFrame(carol, writeSyncStep1Message(new Y.Doc()));
    await waitFor(() => store.waitingCount === 1);
    expect(carol.messagesOf('syncStep2')).toHaveLength(0);
    store.open();
    await waitFor(() => carol.messagesOf('syncStep2').length === 1);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, carol.messagesOf('syncStep2')[0]!.update);
    expect(replica.getText('t').toString()).toBe('unsaved');
  });

  it('D2: acknowledges a save request only once earlier updates are stored', async () => {
    const { room, store } = await openRoom();
    const alice = new FakeConnection();
    room.addConnection(alice);
    store.gated = true;
    room.handleFrame(alice, writeUpdateMessage(textUpdate('a')));
    room.handleFrame(alice, writeSaveRequestMessage(7));
    await waitFor(() => store.waitingCount === 1);
    expect(alice.messagesOf('saved')).toHaveLength(0);
    store.open();
    await waitFor(() => alice.messagesOf('saved').length === 1);
    expect(alice.messagesOf('saved')[0]!.requestId).toBe(7);
    expect(store.appended).toHaveLength(1);
  });

  it('D2: acknowledges at once when nothing is pending', async () => {
    const { room } = await openRoom();
    const alice = new FakeConnection();
    room.addConnection(alice);
    room.handleFrame(alice, writeSaveRequestMessage(1));
    expect(alice.messagesOf('saved').map((m) => m.requestId)).toEqual([1]);
  });

  it('B1: a malformed frame closes only its own connection', async () => {
    const { room } = await openRoom();
    const alice = new FakeConnection();
    const mallory = new FakeConnection();
    room.addConnection(alice);
    room.addConnection(mallory);
    room.handleFrame(mallory, new Uint8Array([0, 2, 50, 1, 2]));
    expect(mallory.closed?.code).toBe(CloseCode.malformedMessage);
    expect(alice.closed).toBeNull();
    expect(room.connectionCount).toBe(1);
    room.handleFrame(alice, writeUpdateMessage(textUpdate('still fine')));
    await waitFor(() => room.doc.getText('t').toString() === 'still fine');
  });

  it('refuses connections beyond the per-document limit', async () => {
    const { room } = await openRoom();
    const connections = [1, 2, 3, 4].map(() => new FakeConnection());
    const accepted = connections.map((c) => room.addConnection(c));
    expect(accepted).toEqual([true, true, true, false]);
    expect(connections[3]!.closed?.code).toBe(CloseCode.tooManyConnections);
  });

  it('D3: a storage failure closes every connection and relays nothing unstored', async () => {
    const { room, store } = await openRoom();
    const alice = new FakeConnection();
    const bob = new FakeConnection();
    room.addConnection(alice);
    room.addConnection(bob);
    store.failNext = true;
    room.handleFrame(alice, writeUpdateMessage(textUpdate('lost in transit')));
    await waitFor(() => bob.closed !== null);
    expect(bob.closed?.code).toBe(CloseCode.storageFailure);
    expect(alice.closed?.code).toBe(CloseCode.storageFailure);
    expect(bob.messagesOf('update')).toHaveLength(0);
    expect(room.hasFailed).toBe(true);
  });

  it('compacts the log once enough updates are stored', async () => {
    const { room, store } = await openRoom(new GatedStore(), 3);
    const alice = new FakeConnection();
    room.addConnection(alice);
    for (const word of ['one', 'two', 'three']) {
      room.handleFrame(alice, writeUpdateMessage(textUpdate(word)));
      await room.whenIdle();
    }
    await waitFor(async () => (await store.load('doc')).updates.length === 1);
    const replica = new Y.Doc();
    for (const update of (await store.load('doc')).updates) Y.applyUpdate(replica, update);
    expect(replica.getText('t').toString()).toBe(room.doc.getText('t').toString());
  });

  it('answers fresh clients with one shared encoding that a change invalidates', async () => {
    const { room } = await openRoom();
    const writer = new FakeConnection();
    room.addConnection(writer);
    room.handleFrame(writer, writeUpdateMessage(textUpdate('first')));
    await room.whenIdle();
    const [a, b, c] = [new FakeConnection(), new FakeConnection(), new FakeConnection()];
    for (const fresh of [a, b]) {
      room.addConnection(fresh);
      room.handleFrame(fresh, writeSyncStep1Message(new Y.Doc()));
    }
    expect(a.sent.at(-1)).toBe(b.sent.at(-1));
    room.handleFrame(writer, writeUpdateMessage(textUpdate('second')));
    await room.whenIdle();
    room.removeConnection(a);
    room.addConnection(c);
    room.handleFrame(c, writeSyncStep1Message(new Y.Doc()));
    await waitFor(() => c.messagesOf('syncStep2').length === 1);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, c.messagesOf('syncStep2')[0]!.update);
    expect(replica.getText('t').toString()).toBe(room.doc.getText('t').toString());
    expect(replica.getText('t').toString()).toContain('second');
  });
});
