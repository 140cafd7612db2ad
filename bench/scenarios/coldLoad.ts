/**
 * Cold load: open a document that is stored but not in memory, in a server that has just
 * started. Ours is filled through a client, stopped, and started again on the same data
 * directory; a fresh client then opens the document, and the time runs until its Y.Doc holds
 * the whole document. The in-memory servers cannot keep a document across a restart, so
 * the comparable figure for them is the path their users have: a client that still holds
 * the document re-uploads it (one update) into the fresh process while a fresh client opens
 * it, timed until the fresh client holds the whole document.
 */
import { DocReplica } from '../driver/DocReplica';
import { now, sleep } from '../driver/time';
import { encodeUpdateMessage } from '../driver/wire';
import { history } from '../fixtures/history';
import type { History } from '../fixtures/history';
import type { Sizes } from '../sizes';
import { LARGE_DOC_SEED } from './initialSync';
import { pushHistory } from './pushHistory';
import type { MetricDef, Scenario, ScenarioContext } from './types';

const DOC = 'bench-cold-load';
const METRIC = 'coldLoad.open';

/** Opens the document in a fresh client (after an optional re-upload); ms until complete. */
async function timeOpen(ctx: ScenarioContext, doc: History, reupload: boolean): Promise<number> {
  const replica = new DocReplica(doc.stateVector);
  const start = now();
  const uploader = reupload
    ? ctx.clients.open({ ...ctx.clientOptions(DOC), afterStep1: [encodeUpdateMessage(doc.state)] })
    : undefined;
  const reader = ctx.clients.open({
    ...ctx.clientOptions(DOC),
    onSyncPayload: (payload) => replica.apply(payload),
  });
  try {
    await replica.whenComplete(ctx.timeoutMs);
    return now() - start;
  } finally {
    await ctx.clients.close(uploader === undefined ? [reader] : [reader, uploader]);
  }
}

async function run(ctx: ScenarioContext, sizes: Sizes): Promise<void> {
  const { updates, chunkChars } = sizes.initialSync;
  const doc = history({ updates, chunkChars, seed: LARGE_DOC_SEED });
  if (ctx.spec.durable) {
    ctx.progress(`storing ${updates} updates`);
    const first = await ctx.start();
    await pushHistory(ctx, DOC, doc);
    await ctx.clients.close();
    await first.stop();
  }
  for (let rep = 0; rep < sizes.coldLoad.repetitions; rep++) {
    const server = await ctx.start();
    ctx.record(METRIC, await ctx.quietly(server, () => timeOpen(ctx, doc, !ctx.spec.durable)));
    await server.stop();
    await sleep(100);
  }
}

/** The cold-load scenario. */
export const coldLoad: Scenario = {
  id: 'coldLoad',
  title: 'Cold load',
  metrics: (sizes): MetricDef[] => [
    {
      id: METRIC,
      scenario: 'coldLoad',
      label: `open a stored document of ${sizes.initialSync.updates.toLocaleString('en-US')} updates in a just-started server`,
      unit: 'ms',
      better: 'lower',
      digits: 1,
    },
  ],
  run,
  method: (spec, sizes) =>
    spec.durable
      ? `${sizes.initialSync.updates.toLocaleString('en-US')} updates stored through a client, ` +
        `server stopped and started on the same DATA_DIR; time from a fresh client's connection ` +
        `attempt until its Y.Doc holds the whole document`
      : `in memory, nothing survives a restart: in a just-started process, a client re-uploads ` +
        `the document as one update while a fresh client opens it; time until the fresh ` +
        `client's Y.Doc holds the whole document (not a load from storage)`,
};
