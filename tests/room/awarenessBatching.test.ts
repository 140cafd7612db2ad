/**
 * Awareness relays are batched per room (SPEC S4), driven with fake connections and no
 * network: within a window every connection gets one frame with the latest state of each
 * changed client, the same frame for all (own states included unless they are all of it);
 * removals travel the same way (S2); a connection that left or a destroyed room gets nothing
 * more. Frames are checked with y-protocols' own decoder.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { Room } from '../../server/room/Room';
import type { Presence } from '../../server/room/RoomConnection';
import { UpdateWriter } from '../../server/storage/UpdateWriter';
import { createLogger } from '../../server/logger';
import { writeAwarenessMessage } from '../../shared/protocol/writeMessage';
import { FakeConnection } from '../helpers/fakeConnection';
import { GatedStore } from '../helpers/gatedStore';
import { waitFor } from '../helpers/waitFor';

const WINDOW_MS = 50;
const rooms: Room[] = [];
afterEach(() => {
  rooms.splice(0).forEach((room) => room.destroy());
  vi.useRealTimers();
});

async function openRoom(): Promise<Room> {
  const store = new GatedStore();
  const room = await Room.load('doc', {
    store,
    writer: new UpdateWriter(store),
    log: createLogger('silent'),
    compactAfterUpdates: 1000,
    maxConnections: 10,
    awarenessBatchMs: WINDOW_MS,
  });
  rooms.push(room);
  return room;
}

/** One simulated person: a connection and the awareness its client publishes. */
function person(
  room: Room,
  clientId: number,
  presence?: Presence,
  base: FakeConnection = new FakeConnection(),
) {
  const connection = Object.assign(
    base,
    presence ? { permissions: { canWrite: true, presence } } : {},
  );
  room.addConnection(connection);
  let clock = 0;
  const publish = (state: Record<string, unknown> | null): void => {
    clock += 1;
    room.handleFrame(connection, awarenessFrame(clientId, clock, state));
  };
  return { connection, clientId, publish };
}

/** An awareness frame as a stock client writes it, for one client id. */
function awarenessFrame(
  clientId: number,
  clock: number,
  state: Record<string, unknown> | null,
): Uint8Array {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.states.set(clientId, state ?? {});
  awareness.meta.set(clientId, { clock, lastUpdated: 0 });
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]);
  awareness.destroy();
  doc.destroy();
  if (state !== null) return writeAwarenessMessage(update);
  // A removal: the same entry with a null state.
  return writeAwarenessMessage(
    awarenessProtocol.modifyAwarenessUpdate(update, () => null as unknown as object),
  );
}

/** The entries of an awareness update: client id, clock and state, in order. */
function entriesOf(update: Uint8Array) {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  return Array.from({ length: count }, () => ({
    clientId: decoding.readVarUint(decoder),
    clock: decoding.readVarUint(decoder),
    state: JSON.parse(decoding.readVarString(decoder)) as Record<string, unknown> | null,
  }));
}

function awarenessFrames(connection: FakeConnection) {
  return connection.messagesOf('awareness').map((message) => entriesOf(message.update));
}

describe('awareness batching', () => {
  it('S4: one frame per window, with only the latest state of each client', async () => {
    const room = await openRoom();
    const alice = person(room, 101);
    const bob = person(room, 102);
    const carol = person(room, 103);
    alice.publish({ cursor: 1 });
    alice.publish({ cursor: 2 });
    alice.publish({ cursor: 3 });
    bob.publish({ cursor: 7 });
    await waitFor(() => carol.connection.messagesOf('awareness').length > 0);

    expect(awarenessFrames(carol.connection)).toEqual([
      [
        { clientId: 101, clock: 3, state: { cursor: 3 } },
        { clientId: 102, clock: 1, state: { cursor: 7 } },
      ],
    ]);
    // A stock client reads the combined frame.
    const replica = new awarenessProtocol.Awareness(new Y.Doc());
    const update = carol.connection.messagesOf('awareness')[0]!.update;
    awarenessProtocol.applyAwarenessUpdate(replica, update, 'server');
    expect(replica.getStates().get(101)).toEqual({ cursor: 3 });
    expect(replica.getStates().get(102)).toEqual({ cursor: 7 });
    replica.destroy();
  });

  it('S4: everyone gets the same frame, own states included, unless they are all that changed', async () => {
    class SharingConnection extends FakeConnection {
      readonly shared: Uint8Array[] = [];
      sendShared(frame: Uint8Array): void {
        this.shared.push(frame);
        this.send(frame);
      }
    }
    const room = await openRoom();
    const alice = person(room, 101, undefined, new SharingConnection());
    const bob = person(room, 102, undefined, new SharingConnection());
    const carol = person(room, 103);
    alice.publish({ cursor: 1 });
    bob.publish({ cursor: 2 });
    await waitFor(() => carol.connection.messagesOf('awareness').length > 0);

    const both = [
      { clientId: 101, clock: 1, state: { cursor: 1 } },
      { clientId: 102, clock: 1, state: { cursor: 2 } },
    ];
    expect(awarenessFrames(alice.connection)).toEqual([both]);
    expect(awarenessFrames(bob.connection)).toEqual([both]);
    expect(awarenessFrames(carol.connection)).toEqual([both]);
    // The very same frame, handed to the transport as shared so it can compress it once.
    const sharedByAlice = (alice.connection as SharingConnection).shared;
    expect(sharedByAlice).toHaveLength(1);
    expect((bob.connection as SharingConnection).shared[0]).toBe(sharedByAlice[0]);

    // A stock client ignores its own state coming back: the clock is one it already has.
    const aliceClient = new awarenessProtocol.Awareness(new Y.Doc());
    aliceClient.clientID = 101;
    aliceClient.setLocalState({ cursor: 1 });
    const changes: unknown[] = [];
    aliceClient.on('change', (change: unknown) => changes.push(change));
    const frame = alice.connection.messagesOf('awareness')[0]!.update;
    awarenessProtocol.applyAwarenessUpdate(aliceClient, frame, 'server');
    expect(aliceClient.getLocalState()).toEqual({ cursor: 1 });
    expect(changes).toEqual([{ added: [102], updated: [], removed: [] }]);
    aliceClient.destroy();

    alice.publish({ cursor: 9 });
    await waitFor(() => carol.connection.messagesOf('awareness').length === 2);
    expect(bob.connection.messagesOf('awareness')).toHaveLength(2);
    // Only alice moved: she gets no frame at all.
    expect(alice.connection.messagesOf('awareness')).toHaveLength(1);
  });

  it('S4: nothing is relayed before the window ends, everything right after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const room = await openRoom();
    const alice = person(room, 101);
    const bob = person(room, 102);
    alice.publish({ cursor: 1 });
    vi.advanceTimersByTime(WINDOW_MS - 1);
    alice.publish({ cursor: 2 });
    expect(bob.connection.messagesOf('awareness')).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(awarenessFrames(bob.connection)).toEqual([
      [{ clientId: 101, clock: 2, state: { cursor: 2 } }],
    ]);
  });

  it('S2, S4: removals are relayed, as null states, to everyone', async () => {
    const room = await openRoom();
    const alice = person(room, 101);
    const bob = person(room, 102);
    const carol = person(room, 103);
    alice.publish({ cursor: 1 });
    bob.publish({ cursor: 2 });
    await waitFor(() => carol.connection.messagesOf('awareness').length === 1);

    // Bob's client removes its own state; alice's connection closes.
    bob.publish(null);
    room.removeConnection(alice.connection);
    await waitFor(() => carol.connection.messagesOf('awareness').length === 2);

    const removals = awarenessFrames(carol.connection)[1]!;
    expect(removals.map((entry) => [entry.clientId, entry.state])).toEqual([
      [102, null],
      [101, null],
    ]);
    // Bob gets the same frame; his client ignores its own removal, which it made itself.
    expect(awarenessFrames(bob.connection)[1]).toEqual(removals);
    expect(room.awareness.getStates().size).toBe(0);
  });

  it('S4: a connection that left before the window ended gets nothing', async () => {
    const room = await openRoom();
    const alice = person(room, 101);
    const bob = person(room, 102);
    const carol = person(room, 103);
    alice.publish({ cursor: 1 });
    room.removeConnection(bob.connection);
    await waitFor(() => carol.connection.messagesOf('awareness').length === 1);
    expect(bob.connection.messagesOf('awareness')).toHaveLength(0);
  });

  it('S4: a destroyed room sends nothing it had collected', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const room = await openRoom();
    const alice = person(room, 101);
    const bob = person(room, 102);
    alice.publish({ cursor: 1 });
    room.destroy();
    vi.advanceTimersByTime(10 * WINDOW_MS);
    expect(bob.connection.messagesOf('awareness')).toHaveLength(0);
  });

  it('A3, S4: batched states carry the server-stamped person', async () => {
    const room = await openRoom();
    const presence: Presence = { id: 'p1', name: 'Ada', dc: 'DC-X', color: '#112233' };
    const alice = person(room, 101, presence);
    const bob = person(room, 102);
    alice.publish({ cursor: 4, user: { name: 'Mallory' } });
    await waitFor(() => bob.connection.messagesOf('awareness').length === 1);
    expect(awarenessFrames(bob.connection)[0]![0]!.state).toEqual({ cursor: 4, user: presence });
  });
});
