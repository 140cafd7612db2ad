/**
 * Durability through the real entry point (SPEC D4, D5): a clean restart keeps everything,
 * SIGTERM stores everything and exits 0, and after SIGKILL every update that any other client
 * had received is still there.
 */
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectStockClient, type StockClient, type SyncTarget } from '../helpers/clients';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';
import { emptyWorkspace, makeDataDir, startTestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

const clients: StockClient[] = [];
const processes: ServerProcess[] = [];

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  for (const proc of processes.splice(0)) proc.child.kill('SIGKILL');
});

async function client(target: SyncTarget, docName: string): Promise<StockClient> {
  const connected = await connectStockClient(target, docName);
  clients.push(connected);
  return connected;
}

async function serverProcess(env: { PORT: string; DATA_DIR: string }): Promise<ServerProcess> {
  const proc = await startServerProcess(env);
  processes.push(proc);
  return proc;
}

it('D4: a restart on the same data folder keeps text, map and array content', async () => {
  const dataDir = makeDataDir();
  const first = await startTestServer({ dataDir, workspace: emptyWorkspace });
  const writer = await client(first, 'kept');
  writer.doc.getText('t').insert(0, 'planning notes');
  writer.doc.getMap('m').set('deadline', '2021-09-10');
  writer.doc.getArray('a').push(['one', 'two']);
  const observer = await client(first, 'kept');
  await waitFor(() => observer.doc.getArray('a').length === 2);
  await first.close();

  const second = await startTestServer({ dataDir, workspace: emptyWorkspace });
  const fresh = await client(second, 'kept');
  expect(fresh.doc.getText('t').toString()).toBe('planning notes');
  expect(fresh.doc.getMap('m').get('deadline')).toBe('2021-09-10');
  expect(fresh.doc.getArray('a').toJSON()).toEqual(['one', 'two']);
  await second.close();
});

it('D5: SIGTERM stores everything, closes cleanly and exits 0', async () => {
  const dataDir = makeDataDir();
  const proc = await serverProcess({ PORT: '0', DATA_DIR: dataDir });
  const writer = await client(proc, 'graceful');
  const text = writer.doc.getText('t');
  for (let i = 0; i < 200; i++) text.insert(text.length, `w${i} `);
  const observer = await client(proc, 'graceful');
  await waitFor(() => observer.doc.getText('t').toString() === text.toString());
  proc.child.kill('SIGTERM');
  expect(await proc.exited).toBe(0);

  const again = await serverProcess({ PORT: '0', DATA_DIR: dataDir });
  const fresh = await client(again, 'graceful');
  expect(fresh.doc.getText('t').toString()).toBe(text.toString());
});

it('D5: after SIGKILL, everything another client had received is still there', async () => {
  const dataDir = makeDataDir();
  const proc = await serverProcess({ PORT: '0', DATA_DIR: dataDir });
  const writer = await client(proc, 'crash');
  const observer = await client(proc, 'crash');
  const text = writer.doc.getText('t');
  let sent = 0;
  const streaming = setInterval(() => {
    for (let i = 0; i < 5; i++) text.insert(text.length, `<${sent++}>`);
  }, 2);
  await waitFor(() => observer.doc.getText('t').length > 2000, { message: 'edits to flow' });
  proc.child.kill('SIGKILL');
  await proc.exited;
  clearInterval(streaming);
  const seen = observer.doc.getText('t').toString();
  writer.provider.disconnect();
  observer.provider.disconnect();

  const again = await serverProcess({ PORT: '0', DATA_DIR: dataDir });
  const fresh = await client(again, 'crash');
  const recovered = fresh.doc.getText('t').toString();
  // The writer appends in order, so what the observer saw is a prefix of what was stored.
  expect(seen.length).toBeGreaterThan(2000);
  expect(recovered.startsWith(seen)).toBe(true);
  expect(sent).toBeGreaterThan(0);
});

it('D4: the stored state of a document equals what clients see after compaction', async () => {
  const dataDir = makeDataDir();
  const server = await startTestServer({
    dataDir,
    workspace: emptyWorkspace,
    config: { compactAfterUpdates: 10 },
  });
  const writer = await client(server, 'compacted');
  for (let i = 0; i < 95; i++) writer.doc.getText('t').insert(0, `${i},`);
  const observer = await client(server, 'compacted');
  await waitFor(() => observer.doc.getText('t').toString() === writer.doc.getText('t').toString());
  await server.close();
  const restarted = await startTestServer({ dataDir, workspace: emptyWorkspace });
  const stored = await restarted.store.load('compacted');
  expect(stored.updates.length).toBe(1);
  const replica = new Y.Doc();
  Y.applyUpdate(replica, stored.updates[0]!);
  expect(replica.getText('t').toString()).toBe(writer.doc.getText('t').toString());
  await restarted.close();
});
