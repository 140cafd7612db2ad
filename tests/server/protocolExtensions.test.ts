/**
 * Through a real server: the save acknowledgement answers only clients that ask (SPEC D2),
 * and a stock provider never receives a message type it does not know; /healthz and
 * /metrics report the server, empty rooms unload and memory is collected after (SPEC O1).
 */
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType } from '../../shared/protocol/messageTypes';
import { readServerMessage } from '../../shared/protocol/readServerMessage';
import { writeSaveRequestMessage, writeUpdateMessage } from '../../shared/protocol/writeMessage';
import { connectRaw, connectStockClient, type StockClient } from '../helpers/clients';
import { emptyWorkspace, startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

let server: TestServer | null = null;
const clients: StockClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = null;
});

it('D2: saved(id) arrives after the update is stored; stock providers never see it', async () => {
  server = await startTestServer({ workspace: emptyWorkspace });
  const stock = await connectStockClient(server, 'acks');
  clients.push(stock);
  const typesSeenByStock: number[] = [];
  stock.provider.ws!.addEventListener('message', (event: MessageEvent) => {
    typesSeenByStock.push(new Uint8Array(event.data as ArrayBuffer)[0]!);
  });

  const raw = await connectRaw(`${server.syncUrl}acks`, { token: server.token });
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'acknowledged');
  raw.send(writeUpdateMessage(Y.encodeStateAsUpdate(doc)));
  raw.send(writeSaveRequestMessage(42));
  await waitFor(() => raw.frames.some((f) => readServerMessage(f)?.kind === 'saved'));
  const saved = raw.frames.map(readServerMessage).find((m) => m?.kind === 'saved');
  expect(saved).toEqual({ kind: 'saved', requestId: 42 });
  const stored = new Y.Doc();
  for (const update of (await server.store.load('acks')).updates) Y.applyUpdate(stored, update);
  expect(stored.getText('t').toString()).toBe('acknowledged');

  await waitFor(() => stock.doc.getText('t').toString() === 'acknowledged');
  expect(typesSeenByStock).not.toContain(MessageType.saved);
  raw.ws.close();
});

it('O1: /healthz answers ok and /metrics reports rooms, connections, traffic and store latency', async () => {
  server = await startTestServer({ workspace: emptyWorkspace });
  const client = await connectStockClient(server, 'metered');
  clients.push(client);
  client.doc.getText('t').insert(0, 'x');
  await waitFor(async () => (await server!.store.load('metered')).updates.length > 0);

  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', rooms: 1, connections: 1 });

  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  expect(metrics).toMatch(/^dcp_rooms_open 1$/m);
  expect(metrics).toMatch(/^dcp_connections_open 1$/m);
  expect(metrics).toMatch(/^dcp_messages_in_total [1-9]/m);
  expect(metrics).toMatch(/^dcp_bytes_out_total [1-9]/m);
  expect(metrics).toMatch(/^dcp_store_write_seconds_count [1-9]/m);
});

it('O1: an empty room is unloaded after the grace period', async () => {
  server = await startTestServer({ workspace: emptyWorkspace, config: { roomGraceMs: 50 } });
  const client = await connectStockClient(server, 'fleeting');
  client.doc.getText('t').insert(0, 'kept after unload');
  await waitFor(() => server!.registry.size === 1);
  client.destroy();
  await waitFor(() => server!.registry.size === 0, { message: 'room to unload' });
  const again = await connectStockClient(server, 'fleeting');
  clients.push(again);
  expect(again.doc.getText('t').toString()).toBe('kept after unload');
});

it('O1: once most documents have unloaded, the server collects garbage to give memory back', async () => {
  const collections: number[] = [];
  server = await startTestServer({
    workspace: emptyWorkspace,
    config: { roomGraceMs: 50 },
    reclaimMemory: { collect: () => collections.push(Date.now()), heapBytes: () => 0 },
  });
  const first = await connectStockClient(server, 'meeting-a');
  clients.push(await connectStockClient(server, 'meeting-b'));
  await waitFor(() => server!.registry.size === 2);
  first.destroy();
  await waitFor(() => server!.registry.size === 1, { message: 'first room to unload' });
  // One of two rooms left: half the peak, so the reclaim starts after a quiet second.
  expect(collections).toHaveLength(0);
  await waitFor(() => collections.length === 1, { message: 'a collection', timeoutMs: 3000 });
});

it('refuses connections beyond MAX_CONNECTIONS with 4429', async () => {
  server = await startTestServer({ workspace: emptyWorkspace, config: { maxConnections: 2 } });
  const a = await connectRaw(`${server.syncUrl}full`, { token: server.token });
  const b = await connectRaw(`${server.syncUrl}full`, { token: server.token });
  const c = await connectRaw(`${server.syncUrl}full`, { token: server.token });
  expect(await c.waitClosed()).toBe(4429);
  expect(a.closeCode).toBeNull();
  expect(b.closeCode).toBeNull();
  a.ws.close();
  b.ws.close();
});
