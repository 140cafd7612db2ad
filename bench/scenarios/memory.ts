/**
 * Memory: one client opens many small documents; the server's resident memory grows by
 * some amount per loaded document, and should come back once everyone has left and the
 * empty rooms' grace period has passed. Ours opens documents it has stored (filled through a
 * client, then restarted); the in-memory servers start empty and get each document from the
 * client that opens it. Every document has its own connection.
 */
import type { BenchClientOptions } from '../driver/BenchClient';
import { DocReplica } from '../driver/DocReplica';
import { holdDocument, heldOptions } from '../driver/heldDocument';
import { now, sleep } from '../driver/time';
import { history } from '../fixtures/history';
import type { ServerProcess } from '../servers/ServerProcess';
import type { Sizes } from '../sizes';
import type { MetricDef, Scenario, ScenarioContext } from './types';

const CONNECT_CONCURRENCY = 100;
const MIB = 1024 * 1024;

/**
 * Reads RSS every `stepMs` until `stableReadings` readings in a row each differ from the one
 * before by under 1 %, bounded by `maxMs`. After everyone leaves, a server may give memory
 * back in steps (ours collects garbage a few times), so that reading waits for a longer calm.
 */
async function settledRss(
  server: ServerProcess,
  stepMs: number,
  maxMs: number,
  stableReadings = 1,
): Promise<number> {
  const deadline = now() + maxMs;
  let previous = server.rssBytes();
  let stable = 0;
  for (;;) {
    await sleep(stepMs);
    const current = server.rssBytes();
    stable = Math.abs(current - previous) < 0.01 * previous ? stable + 1 : 0;
    if (stable >= stableReadings || now() > deadline) return current;
    previous = current;
  }
}

function docName(i: number): string {
  return `bench-memory-${i}`;
}

async function run(ctx: ScenarioContext, sizes: Sizes): Promise<void> {
  const { docs, docUpdates, chunkChars, graceMs, leaveCalmMs, repetitions } = sizes.memory;
  const template = history({ updates: docUpdates, chunkChars, seed: 3 });
  const held = heldOptions(holdDocument(template.state));
  // Built after a start: the first start signs in where a server needs it.
  const options = (): BenchClientOptions[] =>
    Array.from({ length: docs }, (_, i) => ({ ...ctx.clientOptions(docName(i)), ...held }));
  for (let rep = 0; rep < repetitions; rep++) {
    if (ctx.spec.durable) {
      ctx.progress(`storing ${docs} documents`);
      const filler = await ctx.start({ graceMs });
      await ctx.clients.openSynced(options(), CONNECT_CONCURRENCY, ctx.timeoutMs);
      await sleep(sizes.settleMs);
      await ctx.clients.close();
      await filler.stop();
    }
    const server = await ctx.start({ graceMs });
    if (ctx.spec.durable) await checkStored(ctx, template.stateVector);
    await sleep(graceMs + sizes.settleMs);
    const baseline = await settledRss(server, sizes.settleMs, 10 * sizes.settleMs);
    ctx.progress(`opening ${docs} documents`);
    await ctx.clients.openSynced(options(), CONNECT_CONCURRENCY, ctx.timeoutMs);
    const loaded = await settledRss(server, sizes.settleMs, 10 * sizes.settleMs);
    await ctx.clients.close();
    await sleep(graceMs + leaveCalmMs);
    const after = await settledRss(server, sizes.settleMs, 20 * sizes.settleMs, 4);
    ctx.record('memory.perDoc', (loaded - baseline) / docs / 1024);
    ctx.record('memory.afterLeave', (after / baseline) * 100);
    ctx.record('memory.baseline', baseline / MIB);
    ctx.record('memory.loaded', loaded / MIB);
    await server.stop();
  }
}

/** Makes sure ours really stored a document before its memory is measured. */
async function checkStored(ctx: ScenarioContext, stateVector: Uint8Array): Promise<void> {
  const replica = new DocReplica(stateVector);
  const probe = ctx.clients.open({
    ...ctx.clientOptions(docName(0)),
    onSyncPayload: (payload) => replica.apply(payload),
  });
  try {
    await replica.whenComplete(ctx.timeoutMs);
  } finally {
    await ctx.clients.close([probe]);
  }
}

/** The memory scenario. */
export const memory: Scenario = {
  id: 'memory',
  title: 'Memory',
  metrics: (sizes): MetricDef[] => [
    {
      id: 'memory.perDoc',
      scenario: 'memory',
      label: `RSS per loaded document (${sizes.memory.docs.toLocaleString('en-US')} documents, one connection each)`,
      unit: 'KiB',
      better: 'lower',
      digits: 1,
    },
    {
      id: 'memory.afterLeave',
      scenario: 'memory',
      label: 'RSS after everyone left and the grace period passed, % of the starting RSS',
      unit: '%',
      better: 'lower',
      digits: 0,
    },
    {
      id: 'memory.baseline',
      scenario: 'memory',
      label: 'starting RSS',
      unit: 'MiB',
      better: 'lower',
      digits: 1,
    },
    {
      id: 'memory.loaded',
      scenario: 'memory',
      label: 'RSS with every document open',
      unit: 'MiB',
      better: 'lower',
      digits: 1,
    },
  ],
  run,
  method: (spec, sizes) => {
    const docsText = `${sizes.memory.docs} documents of ~${(
      history({ updates: sizes.memory.docUpdates, chunkChars: sizes.memory.chunkChars, seed: 3 })
        .state.length / 1024
    ).toFixed(0)} KiB`;
    const after = `${(sizes.memory.graceMs + sizes.memory.leaveCalmMs) / 1000} s`;
    const calm = `${(4 * sizes.settleMs) / 1000} s`;
    const leave = `everyone leaves (${spec.emptyRooms(sizes.memory.graceMs)}); RSS from ${after} later, once it has stayed within 1 % for ${calm}`;
    return spec.durable
      ? `${docsText}, stored through a client, then the server restarted; settled RSS; one ` +
          `client opens every document (one socket each); RSS again; ${leave}`
      : `${docsText}; settled RSS of the fresh process; one client opens every document and ` +
          `uploads it (one socket each); RSS again; ${leave}`;
  },
};
