/**
 * Through a real server (SPEC S7): a client that negotiated permessage-deflate gets awareness
 * batches compressed, one that did not gets them plain, and both read the same states; the
 * compressed frame is built once per batch. Frames are decoded by `ws` itself.
 */
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { readServerMessage } from '../../shared/protocol/readServerMessage';
import { writeAwarenessMessage } from '../../shared/protocol/writeMessage';
import { connectRaw, type RawClient } from '../helpers/clients';
import { emptyWorkspace, startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

let server: TestServer | null = null;
const sockets: RawClient[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.ws.close();
  await server?.close();
  server = null;
});

/** First bytes of every chunk the client's TCP socket received. */
function recordFirstBytes(client: RawClient): number[] {
  const firstBytes: number[] = [];
  const tcp = (client.ws as unknown as { _socket: NodeJS.ReadableStream })._socket;
  tcp.on('data', (chunk: Buffer) => firstBytes.push(chunk[0]!));
  return firstBytes;
}

/** The awareness states a stock client learns from the frames `client` got. */
function statesSeenBy(client: RawClient): Map<number, unknown> {
  const replica = new awarenessProtocol.Awareness(new Y.Doc());
  for (const frame of client.frames) {
    const message = readServerMessage(frame);
    if (message?.kind === 'awareness') {
      awarenessProtocol.applyAwarenessUpdate(replica, message.update, 'server');
    }
  }
  const states = new Map(replica.getStates());
  states.delete(replica.clientID);
  replica.destroy();
  return states;
}

it('S7: awareness batches reach deflate clients compressed and others plain, with the same states', async () => {
  server = await startTestServer({ workspace: emptyWorkspace, config: { awarenessBatchMs: 20 } });
  const url = `${server.syncUrl}carets`;
  const compressed = await connectRaw(url, { token: server.token });
  const plain = await connectRaw(url, { token: server.token, deflate: false });
  const mover = await connectRaw(url, { token: server.token, deflate: false });
  sockets.push(compressed, plain, mover);
  expect(compressed.ws.extensions).toBe('permessage-deflate');
  expect(plain.ws.extensions).toBe('');
  const compressedBytes = recordFirstBytes(compressed);
  const plainBytes = recordFirstBytes(plain);

  // Twenty people's carets in one batch, as a busy document has.
  const publisher = new awarenessProtocol.Awareness(new Y.Doc());
  for (let i = 0; i < 20; i++) {
    publisher.states.set(1000 + i, { cursor: { anchor: i, head: i + 5 }, note: 'moving' });
    publisher.meta.set(1000 + i, { clock: 1, lastUpdated: Date.now() });
  }
  const ids = Array.from({ length: 20 }, (_, i) => 1000 + i);
  mover.send(writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(publisher, ids)));
  publisher.destroy();

  await waitFor(() => statesSeenBy(compressed).size === 20 && statesSeenBy(plain).size === 20);
  expect(statesSeenBy(compressed)).toEqual(statesSeenBy(plain));
  expect(statesSeenBy(plain).get(1005)).toMatchObject({ cursor: { anchor: 5, head: 10 } });
  // RSV1 set (0xc2) on the compressed connection only.
  expect(compressedBytes).toContain(0xc2);
  expect(plainBytes).not.toContain(0xc2);
  expect(plainBytes).toContain(0x82);
});
