/**
 * Initial sync: a large document (built from many small updates, like a page edited for
 * months) is open on the server, and fresh clients with nothing arrive: one alone, then
 * bursts that connect at the same instant, as after a meeting link is shared. The time is
 * from the first connection attempt until the last client has the server's sync step 2.
 */
import { now, sleep } from '../driver/time';
import { history } from '../fixtures/history';
import type { Sizes } from '../sizes';
import { pushHistory } from './pushHistory';
import type { MetricDef, Scenario, ScenarioContext } from './types';

const DOC = 'bench-initial-sync';

/** The seed shared with the cold load, so both scenarios use the same document. */
export const LARGE_DOC_SEED = 1;

function metrics(sizes: Sizes): MetricDef[] {
  return [
    {
      id: 'initialSync.single',
      scenario: 'initialSync',
      label: 'one fresh client',
      unit: 'ms',
      better: 'lower',
      digits: 1,
    },
    ...sizes.initialSync.bursts.map((burst): MetricDef => ({
      id: `initialSync.burst${burst}`,
      scenario: 'initialSync',
      label: `burst of ${burst} fresh clients, until all synced`,
      unit: 'ms',
      better: 'lower',
      digits: 1,
    })),
  ];
}

/** Connects `count` fresh clients at once and returns ms until the last is synced. */
async function timeFreshClients(
  ctx: ScenarioContext,
  count: number,
  settleMs: number,
): Promise<number> {
  const start = now();
  const clients = Array.from({ length: count }, () => ctx.clients.open(ctx.clientOptions(DOC)));
  try {
    const synced = await Promise.all(clients.map((client) => client.whenSynced(ctx.timeoutMs)));
    return Math.max(...synced) - start;
  } finally {
    await ctx.clients.close(clients);
    await sleep(settleMs);
  }
}

async function run(ctx: ScenarioContext, sizes: Sizes): Promise<void> {
  const { updates, chunkChars, bursts, repetitions } = sizes.initialSync;
  const doc = history({ updates, chunkChars, seed: LARGE_DOC_SEED });
  const server = await ctx.start();
  ctx.progress(`pushing ${updates} updates (${(doc.state.length / 1e6).toFixed(2)} MB)`);
  await pushHistory(ctx, DOC, doc);
  const steps: [string, number][] = [
    ['initialSync.single', 1],
    ...bursts.map((burst): [string, number] => [`initialSync.burst${burst}`, burst]),
  ];
  const largest = Math.max(...bursts);
  for (const [metric, count] of steps) {
    ctx.progress(`${count} fresh client(s)`);
    const reps = count === largest ? sizes.initialSync.largestBurstRepetitions : repetitions;
    for (let rep = 0; rep < reps; rep++) {
      ctx.record(
        metric,
        await ctx.quietly(server, () => timeFreshClients(ctx, count, sizes.settleMs)),
      );
    }
  }
}

/** The initial-sync scenario. */
export const initialSync: Scenario = {
  id: 'initialSync',
  title: 'Initial sync',
  metrics,
  run,
  method: (spec, sizes) =>
    `a document of ${sizes.initialSync.updates.toLocaleString('en-US')} updates ` +
    `(${sizes.initialSync.chunkChars} characters each at random places) is pushed by a client, ` +
    `one keeper client keeps it open; fresh clients connect at the same instant; time from ` +
    `the first connection attempt to the last sync step 2` +
    (spec.role === 'floor'
      ? ' (the floor replays its log of update frames, then an empty step 2)'
      : ''),
};
