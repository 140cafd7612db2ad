/**
 * Seeded random fuzz through the real server (SPEC F1): several stock clients make random
 * text, map and array edits while they randomly disconnect and reconnect and the server is
 * randomly restarted; at the end every replica and the stored state are identical.
 * FUZZ_SEEDS sets how many seeds run (200 by default), FUZZ_FIRST_SEED where they start;
 * a failing test's name carries its seed.
 */
import { describe, expect, it } from 'vitest';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { SqliteDocumentStore } from '../../server/storage/SqliteDocumentStore';
import { connectStockClient, type StockClient } from '../helpers/clients';
import {
  emptyWorkspace,
  makeDataDir,
  startTestServer,
  type TestServer,
} from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

const SEED_COUNT = Number(process.env['FUZZ_SEEDS'] ?? 200);
const FIRST_SEED = Number(process.env['FUZZ_FIRST_SEED'] ?? 1);
/** Seeds that once failed, kept as named regression tests. */
const REGRESSION_SEEDS: readonly number[] = [];

function content(doc: Y.Doc): string {
  return JSON.stringify({
    text: doc.getText('text').toString(),
    array: doc.getArray('array').toJSON(),
    map: Object.entries(doc.getMap('map').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
  });
}

function randomEdit(gen: prng.PRNG, doc: Y.Doc): void {
  const text = doc.getText('text');
  const array = doc.getArray<string>('array');
  const map = doc.getMap<number>('map');
  switch (prng.uint32(gen, 0, 5)) {
    case 0:
    case 1:
      text.insert(prng.uint32(gen, 0, text.length), prng.word(gen, 1, 6));
      break;
    case 2:
      if (text.length > 0) {
        const at = prng.uint32(gen, 0, text.length - 1);
        text.delete(at, prng.uint32(gen, 1, Math.min(4, text.length - at)));
      }
      break;
    case 3:
      array.insert(prng.uint32(gen, 0, array.length), [prng.word(gen, 1, 3)]);
      break;
    case 4:
      if (array.length > 0) array.delete(prng.uint32(gen, 0, array.length - 1), 1);
      break;
    default:
      if (prng.bool(gen) || map.size === 0) map.set(prng.word(gen, 1, 2), prng.uint32(gen, 0, 99));
      else map.delete(prng.oneOf(gen, [...map.keys()]));
  }
}

/** The stored document already contains everything in `served`. */
async function expectStoredCovers(server: TestServer, served: Uint8Array, seed: number) {
  const stored = new Y.Doc();
  for (const update of (await server.store.load('fuzz')).updates) Y.applyUpdate(stored, update);
  const before = content(stored);
  Y.applyUpdate(stored, served);
  expect(content(stored), `stored state after restart (seed ${seed})`).toBe(before);
}

async function runSeed(seed: number): Promise<void> {
  const gen = prng.create(seed);
  const dataDir = makeDataDir();
  // Small compaction thresholds make compaction run in the middle of the traffic.
  const config = { compactAfterUpdates: prng.uint32(gen, 1, 20) };
  let server: TestServer = await startTestServer({ dataDir, workspace: emptyWorkspace, config });
  const port = server.port;
  const clients: StockClient[] = [];
  try {
    const clientCount = prng.uint32(gen, 2, 4);
    for (let i = 0; i < clientCount; i++) {
      clients.push(await connectStockClient(server, 'fuzz', { waitSynced: false }));
    }
    const steps = prng.uint32(gen, 15, 40);
    for (let step = 0; step < steps; step++) {
      const roll = prng.real53(gen);
      const client = prng.oneOf(gen, clients);
      if (roll < 0.7) {
        randomEdit(gen, client.doc);
      } else if (roll < 0.85) {
        if (client.provider.shouldConnect) client.provider.disconnect();
        else client.provider.connect();
      } else if (roll < 0.9) {
        const room = await server.registry.peek('fuzz');
        const served = room ? Y.encodeStateAsUpdate(room.doc) : null;
        await server.close();
        server = await startTestServer({
          dataDir,
          workspace: emptyWorkspace,
          config: { ...config, port },
        });
        // Everything the server held before the restart must come back from disk.
        if (served) await expectStoredCovers(server, served, seed);
      } else {
        await new Promise((resolve) => setTimeout(resolve, prng.uint32(gen, 0, 5)));
      }
    }
    for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();
    await waitFor(
      () => {
        if (!clients.every((c) => c.provider.synced)) return false;
        const expected = content(clients[0]!.doc);
        return clients.every((c) => content(c.doc) === expected);
      },
      { timeoutMs: 15_000, message: `replicas to converge (seed ${seed})` },
    );
    const expected = content(clients[0]!.doc);
    await server.close();
    const store = new SqliteDocumentStore(dataDir);
    const stored = new Y.Doc();
    for (const update of (await store.load('fuzz')).updates) Y.applyUpdate(stored, update);
    await store.close();
    expect(content(stored), `stored state (seed ${seed})`).toBe(expected);
  } finally {
    for (const client of clients) client.destroy();
    await server.close();
  }
}

describe('sync fuzz through the real server', () => {
  const seeds = Array.from({ length: SEED_COUNT }, (_, i) => FIRST_SEED + i);
  it.each(seeds)('F1: seed %i converges and is stored', runSeed);
  for (const seed of REGRESSION_SEEDS) it(`F1 regression: seed ${seed}`, () => runSeed(seed));
});
