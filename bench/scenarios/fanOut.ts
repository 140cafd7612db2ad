/**
 * Fan-out: one writer types at a steady rate into a document that many receivers have open.
 * Per edit, the latency is the time from the writer sending it until the last receiver has
 * it; the server's CPU time over the window is divided by the messages delivered to
 * receivers. Receivers only look for the edit's marker in the bytes, so a receiver costs
 * the driver a header read and one indexOf.
 */
import * as Y from 'yjs';
import type { BenchClient } from '../driver/BenchClient';
import { MarkerTag, forEachMarker, markerText } from '../driver/markers';
import { percentile } from '../driver/stats';
import { deferred, now, sleep, withTimeout } from '../driver/time';
import { encodeUpdateMessage } from '../driver/wire';
import type { ServerProcess } from '../servers/ServerProcess';
import type { Sizes } from '../sizes';
import type { MetricDef, Scenario, ScenarioContext } from './types';

const DOC = 'bench-fanout';
const CONNECT_CONCURRENCY = 100;

/** Tracks which receivers have which edit during one window. */
class EditTracker {
  readonly sentAt: Float64Array;
  readonly lastAt: Float64Array;
  readonly counts: Int32Array;
  delivered = 0;
  private completed = 0;
  private readonly done = deferred<void>();

  constructor(
    readonly firstSeq: number,
    readonly edits: number,
    readonly receivers: number,
  ) {
    this.sentAt = new Float64Array(edits);
    this.lastAt = new Float64Array(edits);
    this.counts = new Int32Array(edits);
  }

  received(seq: number, at: number): void {
    const index = seq - this.firstSeq;
    if (index < 0 || index >= this.edits) return;
    this.delivered++;
    this.lastAt[index] = at;
    this.counts[index] = (this.counts[index] as number) + 1;
    if (this.counts[index] === this.receivers && ++this.completed === this.edits) {
      this.done.resolve();
    }
  }

  whenAllDelivered(timeoutMs: number): Promise<void> {
    return withTimeout(this.done.promise, timeoutMs, 'fan-out delivery');
  }

  /** Latency per edit; an edit some receiver never got counts as `cutoffMs`. */
  latencies(cutoffMs: number): number[] {
    return Array.from({ length: this.edits }, (_, i) =>
      this.counts[i] === this.receivers
        ? (this.lastAt[i] as number) - (this.sentAt[i] as number)
        : cutoffMs,
    );
  }
}

/** Metric ids of a receiver count. */
function ids(receivers: number): { p50: string; p99: string; cpu: string } {
  return {
    p50: `fanOut.p50.r${receivers}`,
    p99: `fanOut.p99.r${receivers}`,
    cpu: `fanOut.cpu.r${receivers}`,
  };
}

function metrics(sizes: Sizes): MetricDef[] {
  return sizes.fanOut.receivers.flatMap((receivers) => {
    const id = ids(receivers);
    const who = `${receivers.toLocaleString('en-US')} receivers`;
    return [
      {
        id: id.p50,
        scenario: 'fanOut',
        label: `${who}: p50 until all have the edit`,
        unit: 'ms',
        better: 'lower',
        digits: 1,
      },
      {
        id: id.p99,
        scenario: 'fanOut',
        label: `${who}: p99 until all have the edit`,
        unit: 'ms',
        better: 'lower',
        digits: 1,
      },
      {
        id: id.cpu,
        scenario: 'fanOut',
        label: `${who}: server CPU per delivered message`,
        unit: 'µs',
        better: 'lower',
        digits: 2,
      },
    ] satisfies MetricDef[];
  });
}

async function run(ctx: ScenarioContext, sizes: Sizes): Promise<void> {
  const { editsPerSecond, edits, repetitions } = sizes.fanOut;
  const server = await ctx.start();
  let tracker: EditTracker | undefined;
  const onSyncPayload = (payload: Buffer): void => {
    if (tracker === undefined) return;
    const at = now();
    const current = tracker;
    forEachMarker(payload, MarkerTag.fanOut, (seq) => current.received(seq, at));
  };

  const [writer] = await ctx.clients.openSynced([ctx.clientOptions(DOC)], 1, ctx.timeoutMs);
  if (writer === undefined) throw new Error('writer did not open');
  const doc = new Y.Doc();
  const text = doc.getText('content');
  doc.on('update', (update: Uint8Array) => writer.send(encodeUpdateMessage(update)));

  const receivers: BenchClient[] = [];
  let nextSeq = 0;
  for (const count of sizes.fanOut.receivers) {
    ctx.progress(`${count} receivers`);
    const more = Array.from({ length: count - receivers.length }, () => ({
      ...ctx.clientOptions(DOC),
      onSyncPayload,
    }));
    receivers.push(...(await ctx.clients.openSynced(more, CONNECT_CONCURRENCY, ctx.timeoutMs)));
    await sleep(sizes.settleMs);
    const id = ids(count);
    for (let rep = 0; rep < repetitions; rep++) {
      const result = await ctx.quietly(server, async () => {
        const window = new EditTracker(nextSeq, edits, receivers.length);
        nextSeq += edits;
        tracker = window;
        const cpuNs = await runWindow(server, window, editsPerSecond, ctx.timeoutMs, (seq) => {
          // A short word as a person would type it, tagged so receivers can spot it.
          text.insert(text.length, `${markerText(MarkerTag.fanOut, seq)} lorem `);
        });
        tracker = undefined;
        const latencies = window.latencies(ctx.timeoutMs);
        return {
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          cpuUs: cpuNs / 1000 / Math.max(1, window.delivered),
        };
      });
      ctx.record(id.p50, result.p50);
      ctx.record(id.p99, result.p99);
      ctx.record(id.cpu, result.cpuUs);
      await sleep(sizes.settleMs / 2);
    }
  }
  doc.destroy();
}

/** Sends the window's edits on schedule and returns the server CPU time until delivery. */
async function runWindow(
  server: ServerProcess,
  window: EditTracker,
  editsPerSecond: number,
  timeoutMs: number,
  edit: (seq: number) => void,
): Promise<number> {
  const intervalMs = 1000 / editsPerSecond;
  const cpuStart = server.cpuNs();
  const start = now();
  let sent = 0;
  while (sent < window.edits) {
    const due = Math.min(window.edits, Math.floor((now() - start) / intervalMs) + 1);
    for (; sent < due; sent++) {
      window.sentAt[sent] = now();
      edit(window.firstSeq + sent);
    }
    await sleep(Math.max(0, start + sent * intervalMs - now()));
  }
  try {
    await window.whenAllDelivered(timeoutMs);
  } catch {
    // Counted as undelivered at the cutoff by latencies().
  }
  return server.cpuNs() - cpuStart;
}

/** The fan-out scenario. */
export const fanOut: Scenario = {
  id: 'fanOut',
  title: 'Fan-out',
  metrics,
  run,
  method: (_spec, sizes) =>
    `one writer inserts a short marked word ${sizes.fanOut.editsPerSecond} times a second, ` +
    `${sizes.fanOut.edits} edits per window, into one document open in ` +
    `${sizes.fanOut.receivers.join(' / ')} receivers; latency = send until the last receiver has ` +
    `the frame; CPU = server process CPU time (all threads) from first send to last delivery ` +
    `÷ messages delivered to receivers`,
};
