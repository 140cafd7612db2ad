/**
 * Reconnect storm: many clients hold a few documents open, the server restarts (a deploy),
 * and every client reconnects the moment it is back. Time runs from the restarted server's
 * ready line until every client is synced again (has the server's sync step 2). Clients hold
 * the document, as a browser tab would, so they answer the server's step 1 with whatever the
 * server lacks: nothing for ours (it reloads from SQLite), everything for in-memory servers.
 * The server's own CPU time over the same span is recorded too: the wall time is bound by the
 * one driver process opening every socket, the CPU time is what the server itself spends.
 */
import { holdDocument, heldOptions } from '../driver/heldDocument';
import { now, sleep, waitUntil } from '../driver/time';
import { history } from '../fixtures/history';
import type { Sizes } from '../sizes';
import type { MetricDef, Scenario, ScenarioContext } from './types';

const CONNECT_CONCURRENCY = 100;

async function run(ctx: ScenarioContext, sizes: Sizes): Promise<void> {
  const { clients, docs, docUpdates, chunkChars, repetitions } = sizes.storm;
  const held = heldOptions(
    holdDocument(history({ updates: docUpdates, chunkChars, seed: 2 }).state),
  );
  // Started before the options are built: the first start signs in where a server needs it.
  let server = await ctx.start();
  const options = Array.from({ length: clients }, (_, i) => ({
    ...ctx.clientOptions(`bench-storm-${i % docs}`),
    ...held,
  }));
  ctx.progress(`${clients} clients on ${docs} documents`);
  await ctx.clients.openSynced(options, CONNECT_CONCURRENCY, ctx.timeoutMs);
  // Let the first uploads reach storage before the restart.
  await sleep(2 * sizes.settleMs);
  for (let rep = 0; rep < repetitions; rep++) {
    const restartStart = now();
    await server.stop();
    await waitUntil(
      () => {
        ctx.clients.forgetClosed();
        return ctx.clients.size === 0;
      },
      ctx.timeoutMs,
      'clients see the server stop',
      20,
    );
    server = await ctx.start();
    const restartMs = now() - restartStart;
    const running = server;
    const { resyncMs, cpuMs } = await ctx.quietly(running, async () => {
      const start = now();
      const cpuStart = running.cpuNs();
      const reconnected = options.map((entry) => ctx.clients.open(entry));
      const synced = await Promise.all(
        reconnected.map((client) => client.whenSynced(ctx.timeoutMs)),
      );
      return { resyncMs: Math.max(...synced) - start, cpuMs: (running.cpuNs() - cpuStart) / 1e6 };
    });
    ctx.record('reconnectStorm.resync', resyncMs);
    ctx.record('reconnectStorm.cpu', cpuMs);
    ctx.record('reconnectStorm.restart', restartMs);
    await sleep(sizes.settleMs);
  }
}

/** The reconnect-storm scenario. */
export const reconnectStorm: Scenario = {
  id: 'reconnectStorm',
  title: 'Reconnect storm',
  metrics: (sizes): MetricDef[] => [
    {
      id: 'reconnectStorm.resync',
      scenario: 'reconnectStorm',
      label: `${sizes.storm.clients.toLocaleString('en-US')} clients on ${sizes.storm.docs} documents: ready line until all synced again`,
      unit: 'ms',
      better: 'lower',
      digits: 0,
    },
    {
      id: 'reconnectStorm.cpu',
      scenario: 'reconnectStorm',
      label: 'server CPU time from the ready line until all synced again (for information)',
      unit: 'ms',
      better: 'lower',
      digits: 0,
    },
    {
      id: 'reconnectStorm.restart',
      scenario: 'reconnectStorm',
      label: 'stop (SIGTERM) until ready again (for information)',
      unit: 'ms',
      better: 'lower',
      digits: 0,
    },
  ],
  run,
  method: (spec, sizes) =>
    `${sizes.storm.clients} clients, ${sizes.storm.clients / sizes.storm.docs} per document, each ` +
    `holding a ${sizes.storm.docUpdates}-update document; SIGTERM, start again on the same port` +
    (spec.durable
      ? ' and DATA_DIR'
      : ' (in memory: the server comes back empty and the clients re-upload)') +
    `; all clients reconnect at once at the ready line; time until the last has its sync step 2`,
};
