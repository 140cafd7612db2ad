/**
 * Ingest: how many updates per second a server accepts from many writers at once. Each
 * writer types into its own document, with a bounded number of updates in flight, and an
 * observer on that document counts the updates the server relays: for ours a relayed update
 * is a stored one (durable before relay), for the in-memory peers an applied one. The
 * updates are built before the window, so the driver only moves bytes while measuring.
 */
import * as Y from 'yjs';
import type { BenchClient } from '../driver/BenchClient';
import { MarkerTag, forEachMarker, markerText } from '../driver/markers';
import { deferred, now, sleep, withTimeout } from '../driver/time';
import { encodeUpdateMessage } from '../driver/wire';
import type { Sizes } from '../sizes';
import type { MetricDef, Scenario, ScenarioContext } from './types';

const cache = new Map<string, Uint8Array[][]>();

/** Per writer, its pre-encoded update messages: one short typed word each, with a marker. */
function writerMessages(writers: number, perWriter: number): Uint8Array[][] {
  const key = `${writers}/${perWriter}`;
  let built = cache.get(key);
  if (built === undefined) {
    built = Array.from({ length: writers }, (_, w) => {
      const doc = new Y.Doc();
      doc.clientID = 2_000_000 + w;
      const text = doc.getText('content');
      const messages: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => messages.push(encodeUpdateMessage(update)));
      for (let n = 0; n < perWriter; n++)
        text.insert(text.length, `${markerText(MarkerTag.ingest, n)}ab `);
      doc.destroy();
      return messages;
    });
    cache.set(key, built);
  }
  return built;
}

interface WriterState {
  readonly client: BenchClient;
  readonly messages: Uint8Array[];
  sent: number;
  accepted: number;
}

let windowCounter = 0;

/** One window: returns accepted updates per second and server CPU µs per accepted update. */
async function runWindow(
  ctx: ScenarioContext,
  serverCpuNs: () => number,
  allSizes: Sizes,
  timeoutMs: number,
): Promise<{ rate: number; cpuUs: number }> {
  const sizes = allSizes.ingest;
  const all = writerMessages(sizes.writers, sizes.updatesPerWriter);
  const windowId = windowCounter++;
  let sending = false;
  let deadline = 0;
  let lastAcceptAt = 0;
  let inFlightTotal = 0;
  const drained = deferred<void>();
  const writers: WriterState[] = [];
  const exhausted = (): boolean => writers.every((w) => w.sent >= w.messages.length);

  const pump = (writer: WriterState): void => {
    while (
      sending &&
      writer.sent < writer.messages.length &&
      writer.sent - writer.accepted < sizes.window
    ) {
      if (now() >= deadline) {
        sending = false;
        break;
      }
      writer.client.send(writer.messages[writer.sent] as Uint8Array);
      writer.sent++;
      inFlightTotal++;
    }
  };

  const setups = all.map(async (messages, w) => {
    const docName = `bench-ingest-${windowId}-w${w}`;
    // Filled in once the writer is connected; the observer may see nothing before that.
    const slot: { state?: WriterState } = {};
    const [observer] = await ctx.clients.openSynced(
      [
        {
          ...ctx.clientOptions(docName),
          onSyncPayload: (payload) =>
            forEachMarker(payload, MarkerTag.ingest, () => {
              const state = slot.state;
              if (state === undefined) return;
              state.accepted++;
              inFlightTotal--;
              lastAcceptAt = now();
              pump(state);
              if (inFlightTotal === 0 && (!sending || exhausted())) drained.resolve();
            }),
        },
      ],
      1,
      timeoutMs,
    );
    const [client] = await ctx.clients.openSynced([ctx.clientOptions(docName)], 1, timeoutMs);
    if (observer === undefined || client === undefined)
      throw new Error('ingest clients did not open');
    slot.state = { client, messages, sent: 0, accepted: 0 };
    writers[w] = slot.state;
  });
  await Promise.all(setups);
  await sleep(allSizes.settleMs);

  const cpuStart = serverCpuNs();
  const start = now();
  deadline = start + sizes.durationMs;
  sending = true;
  for (const writer of writers) pump(writer);
  // Stop at the deadline even if no acceptance arrives to notice it.
  const stopper = setTimeout(() => {
    sending = false;
    if (inFlightTotal === 0) drained.resolve();
  }, sizes.durationMs);
  try {
    await withTimeout(drained.promise, sizes.durationMs + timeoutMs, 'ingest drain');
  } catch {
    // Whatever was accepted counts; the rest is lost in the window.
  } finally {
    clearTimeout(stopper);
  }
  const cpuNs = serverCpuNs() - cpuStart;
  const accepted = writers.reduce((sum, writer) => sum + writer.accepted, 0);
  await ctx.clients.close();
  const elapsedS = Math.max(1e-3, (lastAcceptAt - start) / 1000);
  return { rate: accepted / elapsedS, cpuUs: cpuNs / 1000 / Math.max(1, accepted) };
}

async function run(ctx: ScenarioContext, sizes: Sizes): Promise<void> {
  writerMessages(sizes.ingest.writers, sizes.ingest.updatesPerWriter);
  const server = await ctx.start();
  for (let rep = 0; rep < sizes.ingest.repetitions; rep++) {
    const result = await ctx.quietly(server, () =>
      runWindow(ctx, () => server.cpuNs(), sizes, ctx.timeoutMs),
    );
    ctx.record('ingest.rate', result.rate);
    ctx.record('ingest.cpu', result.cpuUs);
    await sleep(sizes.settleMs);
  }
}

/** The ingest scenario. */
export const ingest: Scenario = {
  id: 'ingest',
  title: 'Ingest',
  metrics: (sizes): MetricDef[] => [
    {
      id: 'ingest.rate',
      scenario: 'ingest',
      label: `updates accepted per second from ${sizes.ingest.writers} writers`,
      unit: 'updates/s',
      better: 'higher',
      digits: 0,
    },
    {
      id: 'ingest.cpu',
      scenario: 'ingest',
      label: 'server CPU per accepted update',
      unit: 'µs',
      better: 'lower',
      digits: 1,
    },
  ],
  run,
  method: (spec, sizes) =>
    `${sizes.ingest.writers} writers, each on its own document with one observer, send ` +
    `pre-built one-word updates with at most ${sizes.ingest.window} unaccepted each for ` +
    `${sizes.ingest.durationMs / 1000} s; accepted = relayed to the observer ` +
    (spec.durable ? '(ours relays only after SQLite has stored it)' : '(in memory: applied)') +
    `; rate = accepted ÷ time to the last acceptance`,
};
