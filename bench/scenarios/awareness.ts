/**
 * Awareness: many people in one document move their carets several times a second. The
 * server's outgoing bytes (wchar: everything it writes to sockets) are counted from the first
 * move until every caret has arrived, per second of movement. The delay is sampled on one
 * probe client's moves: its state carries a marker, and every other client notes when the
 * probe's latest move reaches it (servers may merge moves; a merged one counts once).
 */
import type { BenchClient } from '../driver/BenchClient';
import { MarkerTag, forEachMarker, markerText } from '../driver/markers';
import { percentile } from '../driver/stats';
import { now, sleep, waitUntil } from '../driver/time';
import { encodeAwarenessMessage, encodeAwarenessUpdate } from '../driver/wire';
import type { ServerProcess } from '../servers/ServerProcess';
import type { Sizes } from '../sizes';
import type { MetricDef, Scenario, ScenarioContext } from './types';

const CONNECT_CONCURRENCY = 50;
/** How long to wait for the last moves after the clients stop moving. */
const DRAIN_LIMIT_MS = 8_000;
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];

/** The JSON awareness state of client `i` with its caret at `position`. */
function stateJson(i: number, position: number, marker: string): string {
  return JSON.stringify({
    user: { name: `Person ${i}`, color: COLORS[i % COLORS.length] },
    cursor: { anchor: position, head: position },
    ...(marker === '' ? {} : { probe: marker }),
  });
}

let windowCounter = 0;

interface WindowResult {
  readonly bytesPerSecond: number;
  readonly delays: number[];
}

async function runWindow(
  ctx: ScenarioContext,
  server: ServerProcess,
  sizes: Sizes,
): Promise<WindowResult> {
  const docName = `bench-awareness-${windowCounter++}`;
  const { clients: count, movesPerSecond, durationMs } = sizes.awareness;
  const probeSentAt: number[] = [];
  const lastSeen = new Int32Array(count).fill(-1);
  const delays: number[] = [];
  const clocks = new Array<number>(count).fill(0);

  const options = Array.from({ length: count }, (_, i) => ({
    ...ctx.clientOptions(docName),
    onAwareness:
      i === 0
        ? undefined
        : (payload: Buffer): void => {
            const at = now();
            forEachMarker(payload, MarkerTag.awareness, (seq) => {
              if (seq <= (lastSeen[i] as number)) return;
              lastSeen[i] = seq;
              const sentAt = probeSentAt[seq];
              if (sentAt !== undefined) delays.push(at - sentAt);
            });
          },
  }));
  const clients: BenchClient[] = await ctx.clients.openSynced(
    options,
    CONNECT_CONCURRENCY,
    ctx.timeoutMs,
  );
  const move = (i: number, position: number, marker: string): void => {
    const clock = (clocks[i] as number) + 1;
    clocks[i] = clock;
    const update = encodeAwarenessUpdate(3_000_000 + i, clock, stateJson(i, position, marker));
    clients[i]?.send(encodeAwarenessMessage(update));
  };
  // Everyone appears once before the window, as on opening the page.
  clients.forEach((_, i) => move(i, 0, ''));
  await sleep(2 * sizes.settleMs);

  const periodMs = 1000 / movesPerSecond;
  const rounds = Math.max(1, Math.round((durationMs / 1000) * movesPerSecond));
  const total = rounds * count;
  const wcharStart = server.wcharBytes();
  const start = now();
  let sent = 0;
  let probeSeq = 0;
  while (sent < total) {
    // Client i moves at start + (round + i / count) * period: spread evenly over a period.
    const due = Math.min(total, Math.floor(((now() - start) / periodMs) * count) + 1);
    for (; sent < due; sent++) {
      const i = sent % count;
      const round = Math.floor(sent / count);
      if (i === 0) {
        probeSentAt[probeSeq] = now();
        move(0, round, markerText(MarkerTag.awareness, probeSeq++));
      } else move(i, round, '');
    }
    await sleep(Math.max(0, start + (sent / count) * periodMs - now()));
  }
  const lastProbe = probeSeq - 1;
  try {
    await waitUntil(
      () => lastSeen.every((seq, i) => i === 0 || seq >= lastProbe),
      DRAIN_LIMIT_MS,
      'last caret move delivered',
      10,
    );
  } catch {
    // A server this far behind is not going to catch up within a bounded run: each client
    // still waiting counts once, with the delay its next move has reached so far.
    const cutoff = now();
    lastSeen.forEach((seq, i) => {
      const pending = probeSentAt[seq + 1];
      if (i !== 0 && seq < lastProbe && pending !== undefined) delays.push(cutoff - pending);
    });
  }
  const bytes = server.wcharBytes() - wcharStart;
  await ctx.clients.close(clients);
  return { bytesPerSecond: bytes / (durationMs / 1000), delays };
}

async function run(ctx: ScenarioContext, sizes: Sizes): Promise<void> {
  const server = await ctx.start();
  for (let rep = 0; rep < sizes.awareness.repetitions; rep++) {
    const result = await ctx.quietly(server, () => runWindow(ctx, server, sizes));
    ctx.record('awareness.bytes', result.bytesPerSecond / 1024);
    ctx.record('awareness.p50', percentile(result.delays, 50));
    ctx.record('awareness.p99', percentile(result.delays, 99));
    await sleep(sizes.settleMs);
  }
}

/** The awareness scenario. */
export const awareness: Scenario = {
  id: 'awareness',
  title: 'Awareness',
  metrics: (sizes): MetricDef[] => [
    {
      id: 'awareness.bytes',
      scenario: 'awareness',
      label: `bytes sent by the server per second, ${sizes.awareness.clients} clients moving ${sizes.awareness.movesPerSecond}×/s`,
      unit: 'KiB/s',
      better: 'lower',
      digits: 0,
    },
    {
      id: 'awareness.p50',
      scenario: 'awareness',
      label: 'caret delay p50',
      unit: 'ms',
      better: 'lower',
      digits: 1,
    },
    {
      id: 'awareness.p99',
      scenario: 'awareness',
      label: 'caret delay p99',
      unit: 'ms',
      better: 'lower',
      digits: 1,
    },
  ],
  run,
  method: (_spec, sizes) =>
    `${sizes.awareness.clients} clients in one document each send an awareness update ` +
    `${sizes.awareness.movesPerSecond} times a second for ${sizes.awareness.durationMs / 1000} s, ` +
    `spread evenly; bytes = the server's wchar from the first move until every client has the ` +
    `probe's last move (at most ${DRAIN_LIMIT_MS / 1000} s after the last move), ÷ seconds of movement; ` +
    `delay = probe's send until each other client has it (a client still waiting at the limit ` +
    `counts once, with the delay so far)`,
};
