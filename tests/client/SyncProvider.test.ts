// The sync provider's protocol behaviour, frame by frame, against a scripted socket.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode, describeCloseCode } from '../../shared/protocol/closeCodes';
import {
  writeAwarenessMessage,
  writePermissionDeniedMessage,
  writeSavedMessage,
  writeSyncStep1Message,
  writeSyncStep2Message,
  writeUpdateMessage,
} from '../../shared/protocol/writeMessage';
import {
  NO_ACCESS_MESSAGE,
  OFFLINE_MESSAGE,
  SyncProvider,
  type SyncProviderOptions,
} from '../../client/src/sync/SyncProvider';
import { FakeNetwork, FakeSocket } from './helpers/FakeSocket';

interface Harness {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly provider: SyncProvider;
  readonly sockets: FakeSocket[];
  readonly network: FakeNetwork;
  readonly server: Y.Doc;
  /** The latest socket. */
  socket(): FakeSocket;
  /** Opens the latest socket and plays the server side of the handshake. */
  handshake(): void;
}

function createHarness(extra: Partial<SyncProviderOptions> = {}): Harness {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  const sockets: FakeSocket[] = [];
  const network = new FakeNetwork();
  const server = new Y.Doc();
  const provider = new SyncProvider({
    url: 'ws://test/sync/main-session-plan',
    doc,
    awareness,
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    network,
    random: () => 0.5,
    policy: { baseMs: 1000, maxMs: 8000 },
    saveRequestDelayMs: 10,
    heartbeatMs: 60_000,
    awarenessBatchMs: 0,
    ...extra,
  });
  const socket = (): FakeSocket => sockets[sockets.length - 1]!;
  return {
    doc,
    awareness,
    provider,
    sockets,
    network,
    server,
    socket,
    handshake: () => {
      const current = socket();
      current.open();
      current.receive(writeSyncStep1Message(server));
      const clientStep1 = current.sentOf('syncStep1').at(-1);
      current.receive(writeSyncStep2Message(server, clientStep1?.stateVector));
    },
  };
}

let harness: Harness;

beforeEach(() => {
  vi.useFakeTimers();
  harness = createHarness();
});

afterEach(() => {
  harness.provider.destroy();
  vi.useRealTimers();
});

describe('SyncProvider handshake', () => {
  it('connects at once and reports Connecting, then Online after the server’s step 2', () => {
    expect(harness.sockets).toHaveLength(1);
    expect(harness.socket().url).toBe('ws://test/sync/main-session-plan');
    expect(harness.socket().binaryType).toBe('arraybuffer');
    expect(harness.provider.getStatus().connection).toBe('connecting');
    harness.handshake();
    expect(harness.provider.getStatus().connection).toBe('online');
  });

  it('answers the server’s step 1 with step 2 followed by a save request', () => {
    harness.doc.getText('t').insert(0, 'typed before connecting');
    const socket = harness.socket();
    socket.open();
    const opening = socket.sent.map((message) => message.kind);
    expect(opening[0]).toBe('syncStep1');
    expect(opening).not.toContain('syncStep2');
    socket.receive(writeSyncStep1Message(harness.server));
    const kinds = socket.sent.map((message) => message.kind);
    expect(kinds.slice(-2)).toEqual(['syncStep2', 'saveRequest']);
    const step2 = socket.sentOf('syncStep2')[0]!;
    Y.applyUpdate(harness.server, step2.update);
    expect(harness.server.getText('t').toString()).toBe('typed before connecting');
  });

  it('shows All changes saved only after the server acknowledges the handshake request', () => {
    harness.handshake();
    expect(harness.provider.getStatus().saved).toBe('unsaved');
    const request = harness.socket().sentOf('saveRequest')[0]!;
    harness.socket().receive(writeSavedMessage(request.requestId));
    expect(harness.provider.getStatus().saved).toBe('saved');
  });

  it('applies the server’s content and relayed updates without sending them back', () => {
    harness.server.getText('t').insert(0, 'from the server');
    harness.handshake();
    expect(harness.doc.getText('t').toString()).toBe('from the server');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(harness.server));
    let relayed: Uint8Array | null = null;
    other.on('update', (update: Uint8Array) => (relayed = update));
    other.getText('t').insert(0, '>> ');
    const sentBefore = harness.socket().sent.length;
    harness.socket().receive(writeUpdateMessage(relayed!));
    expect(harness.doc.getText('t').toString()).toBe('>> from the server');
    expect(harness.socket().sent.length).toBe(sentBefore);
  });
});

describe('SyncProvider first attempt', () => {
  it('settles when the first socket opens and sends its handshake', async () => {
    let settled = false;
    void harness.provider.whenFirstAttemptSettled(10_000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    harness.socket().open();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    expect(harness.socket().sentOf('syncStep1')).toHaveLength(1);
  });

  it('settles when the first attempt fails, or after the timeout', async () => {
    let failed = false;
    void harness.provider.whenFirstAttemptSettled(10_000).then(() => (failed = true));
    harness.socket().drop(1006);
    await vi.advanceTimersByTimeAsync(0);
    expect(failed).toBe(true);

    harness.provider.destroy();
    harness = createHarness();
    let timedOut = false;
    void harness.provider.whenFirstAttemptSettled(200).then(() => (timedOut = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(timedOut).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(timedOut).toBe(true);
  });
});

describe('SyncProvider local changes and saved state', () => {
  it('sends each local change, then one save request for the burst; saved after its ack', async () => {
    harness.handshake();
    harness
      .socket()
      .receive(writeSavedMessage(harness.socket().sentOf('saveRequest')[0]!.requestId));
    const text = harness.doc.getText('t');
    text.insert(0, 'a');
    text.insert(1, 'b');
    expect(harness.socket().sentOf('update')).toHaveLength(2);
    expect(harness.provider.getStatus().saved).toBe('unsaved');
    expect(harness.provider.getStatus().unsavedChanges).toBe(2);
    await vi.advanceTimersByTimeAsync(20);
    const requests = harness.socket().sentOf('saveRequest');
    expect(requests).toHaveLength(2);
    harness.socket().receive(writeSavedMessage(requests[1]!.requestId));
    expect(harness.provider.getStatus().saved).toBe('saved');
  });

  it('keeps changes made while disconnected and sends them in the next handshake', async () => {
    harness.handshake();
    harness.socket().drop(1006);
    expect(harness.provider.getStatus().connection).toBe('offline');
    harness.doc.getText('t').insert(0, 'offline words');
    expect(harness.provider.getStatus().saved).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(harness.sockets).toHaveLength(2);
    harness.handshake();
    const step2 = harness.socket().sentOf('syncStep2')[0]!;
    Y.applyUpdate(harness.server, step2.update);
    expect(harness.server.getText('t').toString()).toBe('offline words');
    const request = harness.socket().sentOf('saveRequest')[0]!;
    harness.socket().receive(writeSavedMessage(request.requestId));
    expect(harness.provider.getStatus().saved).toBe('saved');
  });

  it('sends nothing piecemeal before its step 2: edits typed while the handshake runs go in it', async () => {
    harness.handshake();
    harness.socket().drop(1006);
    harness.doc.getText('t').insert(0, 'offline ');
    await vi.advanceTimersByTimeAsync(1000);
    const socket = harness.socket();
    socket.open();
    // Typed after the socket opened, before the server's step 1: this edit builds on the
    // offline one the server has not seen, so alone it could not be checked.
    harness.doc.getText('t').insert(8, 'words');
    expect(socket.sentOf('update')).toHaveLength(0);
    socket.receive(writeSyncStep1Message(harness.server));
    const step2 = socket.sentOf('syncStep2')[0]!;
    Y.applyUpdate(harness.server, step2.update);
    expect(harness.server.getText('t').toString()).toBe('offline words');
    harness.doc.getText('t').insert(13, '!');
    expect(socket.sentOf('update')).toHaveLength(1);
  });

  it('does not let an acknowledgement from a dropped connection confirm anything', async () => {
    harness.handshake();
    const first = harness.socket();
    const request = first.sentOf('saveRequest')[0]!;
    first.drop(1006);
    first.onmessage?.({ data: writeSavedMessage(request.requestId).slice().buffer });
    expect(harness.provider.getStatus().saved).toBe('unsaved');
  });
});

describe('SyncProvider reconnection', () => {
  it('retries with growing, jittered delays and resets after a successful sync', async () => {
    harness.socket().drop(1006);
    // random() = 0.5: delay = window * 0.75; windows 1000, 2000, 4000, 8000, 8000.
    const expected = [750, 1500, 3000, 6000, 6000];
    for (const delay of expected) {
      const count = harness.sockets.length;
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(harness.sockets.length).toBe(count);
      await vi.advanceTimersByTimeAsync(1);
      expect(harness.sockets.length).toBe(count + 1);
      harness.socket().drop(1006);
    }
    await vi.advanceTimersByTimeAsync(6000);
    harness.handshake();
    harness.socket().drop(1006);
    const count = harness.sockets.length;
    await vi.advanceTimersByTimeAsync(750);
    expect(harness.sockets.length).toBe(count + 1);
  });

  it('tells the person why the server closed the connection, in plain words', () => {
    harness.handshake();
    harness.socket().drop(CloseCode.serverShuttingDown, 'the server is restarting');
    const status = harness.provider.getStatus();
    expect(status.connection).toBe('offline');
    expect(status.problem).toBe(describeCloseCode(CloseCode.serverShuttingDown).message);
    expect(status.willRetry).toBe(true);
  });

  it('stops retrying when the close code says retrying cannot help', async () => {
    harness.socket().drop(CloseCode.invalidDocumentName);
    const status = harness.provider.getStatus();
    expect(status.problem).toBe(describeCloseCode(CloseCode.invalidDocumentName).message);
    expect(status.willRetry).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(harness.sockets).toHaveLength(1);
  });

  it('waits for the network while offline and reconnects at once when it returns', async () => {
    harness.handshake();
    harness.network.set(false);
    expect(harness.socket().closedWith).not.toBeNull();
    expect(harness.provider.getStatus()).toMatchObject({
      connection: 'offline',
      problem: OFFLINE_MESSAGE,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(harness.sockets).toHaveLength(1);
    harness.network.set(true);
    expect(harness.sockets).toHaveLength(2);
    expect(harness.provider.getStatus().connection).toBe('connecting');
  });

  it('closes and resyncs when the server goes silent', async () => {
    harness.provider.destroy();
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    const sockets: FakeSocket[] = [];
    let now = 0;
    const provider = new SyncProvider({
      url: 'ws://test/sync/x',
      doc,
      awareness,
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      network: new FakeNetwork(),
      heartbeatMs: 1000,
      now: () => now,
    });
    sockets[0]!.open();
    now = 1000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sockets[0]!.sentOf('saveRequest')).toHaveLength(1);
    expect(sockets[0]!.closedWith).toBeNull();
    now = 2000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sockets[0]!.closedWith?.code).toBe(4000);
    provider.destroy();
  });
});

describe('SyncProvider presence', () => {
  it('sends my awareness state with a fresh clock on every connection', async () => {
    harness.awareness.setLocalStateField('user', {
      name: 'Sorina',
      dc: 'IGF Secretariat',
      color: '#1a73e8',
    });
    harness.handshake();
    const firstClock = harness.awareness.meta.get(harness.doc.clientID)!.clock;
    expect(harness.socket().sentOf('awareness').length).toBeGreaterThan(0);
    harness.socket().drop(1006);
    await vi.advanceTimersByTimeAsync(1000);
    harness.handshake();
    expect(harness.socket().sentOf('awareness').length).toBeGreaterThan(0);
    expect(harness.awareness.meta.get(harness.doc.clientID)!.clock).toBeGreaterThan(firstClock);
  });

  it('forgets other people when disconnected and shows them again after reconnecting', async () => {
    const otherDoc = new Y.Doc();
    const other = new awarenessProtocol.Awareness(otherDoc);
    other.setLocalStateField('user', {
      name: 'Markus',
      dc: 'DCCG coordination facilitator',
      color: '#188038',
    });
    const otherState = () =>
      writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(other, [otherDoc.clientID]));
    harness.handshake();
    harness.socket().receive(otherState());
    expect(harness.awareness.getStates().has(otherDoc.clientID)).toBe(true);
    harness.socket().drop(1006);
    expect(harness.awareness.getStates().has(otherDoc.clientID)).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    harness.handshake();
    // The server resends the same state (same clock) on the new connection.
    harness.socket().receive(otherState());
    expect(harness.awareness.getStates().has(otherDoc.clientID)).toBe(true);
    other.destroy();
  });

  it('applies others’ awareness in batches, in order', async () => {
    harness.provider.destroy();
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    const sockets: FakeSocket[] = [];
    const provider = new SyncProvider({
      url: 'ws://test/sync/x',
      doc,
      awareness,
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      network: new FakeNetwork(),
      awarenessBatchMs: 50,
    });
    sockets[0]!.open();
    const otherDoc = new Y.Doc();
    const other = new awarenessProtocol.Awareness(otherDoc);
    const send = (name: string) => {
      other.setLocalStateField('user', { name, dc: 'x', color: '#188038' });
      sockets[0]!.receive(
        writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(other, [otherDoc.clientID])),
      );
    };
    let changes = 0;
    awareness.on('change', () => (changes += 1));
    send('first');
    send('second');
    expect(awareness.getStates().has(otherDoc.clientID)).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect((awareness.getStates().get(otherDoc.clientID)?.user as { name: string }).name).toBe(
      'second',
    );
    expect(changes).toBe(2);
    other.destroy();
    provider.destroy();
  });

  it('relays only my own awareness, never echoes others back', () => {
    const otherDoc = new Y.Doc();
    const other = new awarenessProtocol.Awareness(otherDoc);
    other.setLocalStateField('user', { name: 'Markus', dc: 'x', color: '#188038' });
    harness.handshake();
    const before = harness.socket().sentOf('awareness').length;
    harness
      .socket()
      .receive(
        writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(other, [otherDoc.clientID])),
      );
    expect(harness.socket().sentOf('awareness').length).toBe(before);
    other.destroy();
  });

  it('tells others it left when destroyed', () => {
    harness.awareness.setLocalStateField('user', {
      name: 'Sorina',
      dc: 'IGF Secretariat',
      color: '#1a73e8',
    });
    harness.handshake();
    const socket = harness.socket();
    const before = socket.sentOf('awareness').length;
    harness.provider.destroy();
    expect(socket.sentOf('awareness').length).toBe(before + 1);
    expect(socket.closedWith?.code).toBe(1000);
  });
});

describe('access control close codes', () => {
  it('4403 after a permission-denied message: stops, shows the reason, asks the owner to reset', () => {
    harness.provider.destroy();
    const denied: string[] = [];
    harness = createHarness({ onPermissionDenied: (reason) => denied.push(reason) });
    harness.handshake();
    harness.doc.getText('t').insert(0, 'refused');
    harness.socket().receive(writePermissionDeniedMessage('You may only read this document.'));
    harness.socket().drop(CloseCode.forbidden);
    expect(denied).toEqual(['You may only read this document.']);
    const status = harness.provider.getStatus();
    expect(status).toMatchObject({
      connection: 'offline',
      problem: 'You may only read this document.',
      willRetry: false,
      closeCode: CloseCode.forbidden,
    });
    vi.advanceTimersByTime(60_000);
    expect(harness.sockets).toHaveLength(1);
  });

  it('4403 without a reason: stops and says there is no access, without a reset', () => {
    harness.provider.destroy();
    const denied: string[] = [];
    harness = createHarness({ onPermissionDenied: (reason) => denied.push(reason) });
    harness.socket().open();
    harness.socket().drop(CloseCode.forbidden);
    expect(denied).toEqual([]);
    expect(harness.provider.getStatus()).toMatchObject({
      problem: NO_ACCESS_MESSAGE,
      willRetry: false,
    });
    vi.advanceTimersByTime(60_000);
    expect(harness.sockets).toHaveLength(1);
  });

  it('4409 reconnects at once, without backoff', () => {
    harness.handshake();
    harness.socket().drop(CloseCode.accessChanged);
    expect(harness.sockets).toHaveLength(2);
    expect(harness.provider.getStatus()).toMatchObject({
      connection: 'connecting',
      closeCode: CloseCode.accessChanged,
    });
    harness.handshake();
    expect(harness.provider.getStatus()).toMatchObject({ connection: 'online', closeCode: null });
  });

  it('4401 stops with the close code, and reconnectNow (after signing in) clears it', () => {
    harness.handshake();
    harness.socket().drop(CloseCode.unauthenticated);
    expect(harness.provider.getStatus()).toMatchObject({
      closeCode: CloseCode.unauthenticated,
      willRetry: false,
      problem: describeCloseCode(CloseCode.unauthenticated).message,
    });
    vi.advanceTimersByTime(60_000);
    expect(harness.sockets).toHaveLength(1);
    harness.provider.reconnectNow();
    expect(harness.sockets).toHaveLength(2);
    expect(harness.provider.getStatus()).toMatchObject({ closeCode: null, willRetry: true });
  });
});
