/**
 * Stock y-websocket providers converge through the server on text, map and array edits,
 * and awareness appears and is removed on disconnect. (SPEC S1, S2)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectStockClient, type StockClient } from '../helpers/clients';
import { emptyWorkspace, startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

let server: TestServer | null = null;
const clients: StockClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = null;
});

async function connectMany(count: number, docName: string): Promise<StockClient[]> {
  server ??= await startTestServer({ workspace: emptyWorkspace });
  const target = server;
  const connected = await Promise.all(
    Array.from({ length: count }, () => connectStockClient(target, docName)),
  );
  clients.push(...connected);
  return connected;
}

function snapshot(client: StockClient): unknown {
  return {
    text: client.doc.getText('text').toString(),
    map: Object.entries(client.doc.getMap('map').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
    array: client.doc.getArray('array').toJSON(),
  };
}

describe.each([2, 10])('%i stock providers', (count) => {
  it('converge on text, map and array edits (S1)', async () => {
    const peers = await connectMany(count, 'converge');
    peers.forEach((peer, i) => {
      peer.doc.getText('text').insert(0, `[${i}]`);
      peer.doc.getMap('map').set(`key${i}`, i);
      peer.doc.getArray('array').push([i]);
    });
    peers[0]!.doc.getMap('map').set('shared', 'first');
    peers[count - 1]!.doc.getMap('map').set('shared', 'last');
    await waitFor(
      () => {
        const expected = JSON.stringify(snapshot(peers[0]!));
        return peers.every((peer) => JSON.stringify(snapshot(peer)) === expected);
      },
      { message: 'replicas to converge' },
    );
    const text = peers[0]!.doc.getText('text').toString();
    for (let i = 0; i < count; i++) expect(text).toContain(`[${i}]`);
    expect(peers[0]!.doc.getArray('array').length).toBe(count);
    expect(Object.keys(peers[0]!.doc.getMap('map').toJSON())).toHaveLength(count + 1);
  });

  it('relays awareness and removes it when a client disconnects (S2)', async () => {
    const peers = await connectMany(count, 'presence');
    peers.forEach((peer, i) =>
      peer.provider.awareness.setLocalStateField('user', { name: `P${i}` }),
    );
    const everyoneSeesAll = (expected: number) => () =>
      peers.every((peer) => peer.provider.awareness.getStates().size === expected);
    await waitFor(everyoneSeesAll(count), { message: 'all awareness states' });

    const leaving = peers.pop()!;
    const leavingId = leaving.doc.clientID;
    clients.splice(clients.indexOf(leaving), 1);
    leaving.destroy();
    await waitFor(everyoneSeesAll(count - 1), { message: 'awareness removal' });
    for (const peer of peers)
      expect(peer.provider.awareness.getStates().has(leavingId)).toBe(false);
  });
});

it('a late joiner receives the whole document (S1)', async () => {
  const [first] = await connectMany(1, 'late');
  first!.doc.getText('text').insert(0, 'written before you came');
  await waitFor(() => server!.registry.size === 1);
  const [late] = await connectMany(1, 'late');
  await waitFor(() => late!.doc.getText('text').toString() === 'written before you came');
});
