/**
 * The targets, each judged on medians of the same run: ours against the best peer
 * (the better of Hocuspocus and @y/websocket-server on that metric), against the floor, or
 * against a fixed number. Kept apart from the formatting so the rules can be read in one place.
 */
import { median } from '../driver/stats';
import type { Results } from '../runBenchmark';
import type { ServerId } from '../servers/specs';

/** How the measured ratio is compared with the limit. */
type Rule =
  /** ours ÷ reference, at most the limit. */
  | 'ratioAtMost'
  /** ours ÷ reference, at least the limit (more is better). */
  | 'ratioAtLeast'
  /** reference ÷ ours, at least the limit ("N× faster"). */
  | 'speedupAtLeast'
  /** ours' own value, at most the limit. */
  | 'valueAtMost'
  /** ours' own value, strictly under the limit. */
  | 'valueBelow';

/** One target of the issue. */
export interface TargetDef {
  readonly text: string;
  readonly metric: string;
  readonly against: 'bestPeer' | 'floor' | 'none';
  readonly rule: Rule;
  readonly limit: number;
  /** How to print the limit and the measured figure. */
  readonly unit: '×' | '%' | 'ms';
}

/** A judged target. */
export interface TargetOutcome {
  readonly def: TargetDef;
  /** Ours' median. */
  readonly ours: number;
  /** Reference median and which server it is. */
  readonly reference: { readonly server: ServerId; readonly value: number } | undefined;
  /** The figure compared with the limit. */
  readonly measured: number;
  /** Undefined when a number is missing. */
  readonly met: boolean | undefined;
}

/** The targets at the sizes of `results`. */
export function targetDefs(results: Results): TargetDef[] {
  const maxReceivers = Math.max(...results.sizes.fanOut.receivers);
  const maxBurst = Math.max(...results.sizes.initialSync.bursts);
  const receivers = maxReceivers.toLocaleString('en-US');
  return [
    {
      text: `Fan-out CPU per delivered message, ${receivers} receivers: ≤ 0.7× best peer`,
      metric: `fanOut.cpu.r${maxReceivers}`,
      against: 'bestPeer',
      rule: 'ratioAtMost',
      limit: 0.7,
      unit: '×',
    },
    {
      text: `Fan-out CPU per delivered message, ${receivers} receivers: ≤ 1.5× the plain ws floor`,
      metric: `fanOut.cpu.r${maxReceivers}`,
      against: 'floor',
      rule: 'ratioAtMost',
      limit: 1.5,
      unit: '×',
    },
    {
      text: `Burst of ${maxBurst} fresh clients: ≥ 5× faster than best peer`,
      metric: `initialSync.burst${maxBurst}`,
      against: 'bestPeer',
      rule: 'speedupAtLeast',
      limit: 5,
      unit: '×',
    },
    {
      text: 'Reconnect storm: ≥ 5× faster than best peer',
      metric: 'reconnectStorm.resync',
      against: 'bestPeer',
      rule: 'speedupAtLeast',
      limit: 5,
      unit: '×',
    },
    {
      text: 'Durable ingest: ≥ best peer’s in-memory ingest',
      metric: 'ingest.rate',
      against: 'bestPeer',
      rule: 'ratioAtLeast',
      limit: 1,
      unit: '×',
    },
    {
      text: 'RSS per loaded document: ≤ 0.5× best peer',
      metric: 'memory.perDoc',
      against: 'bestPeer',
      rule: 'ratioAtMost',
      limit: 0.5,
      unit: '×',
    },
    {
      text: 'RSS after everyone left: within 10 % of the starting RSS',
      metric: 'memory.afterLeave',
      against: 'none',
      rule: 'valueAtMost',
      limit: 110,
      unit: '%',
    },
    {
      text: `Awareness bytes at ${results.sizes.awareness.clients} clients: ≤ 0.3× best peer`,
      metric: 'awareness.bytes',
      against: 'bestPeer',
      rule: 'ratioAtMost',
      limit: 0.3,
      unit: '×',
    },
    {
      text: 'Caret delay (p99) under 100 ms',
      metric: 'awareness.p99',
      against: 'none',
      rule: 'valueBelow',
      limit: 100,
      unit: 'ms',
    },
  ];
}

/** Median of a server's samples of a metric; NaN when missing. */
export function medianOf(results: Results, metric: string, server: ServerId): number {
  const cell = results.cells[metric]?.[server];
  return cell === undefined || cell.error !== undefined ? Number.NaN : median(cell.samples);
}

function bestPeer(
  results: Results,
  metric: string,
): { server: ServerId; value: number } | undefined {
  const better = results.metrics.find((m) => m.id === metric)?.better ?? 'lower';
  let best: { server: ServerId; value: number } | undefined;
  for (const server of results.servers.filter((s) => s.role === 'peer')) {
    const value = medianOf(results, metric, server.id);
    if (!Number.isFinite(value)) continue;
    if (best === undefined || (better === 'lower' ? value < best.value : value > best.value)) {
      best = { server: server.id, value };
    }
  }
  return best;
}

/** Judges every target on `results`. */
export function judgeTargets(results: Results): TargetOutcome[] {
  return targetDefs(results).map((def) => {
    const ours = medianOf(results, def.metric, 'ours');
    const reference =
      def.against === 'bestPeer'
        ? bestPeer(results, def.metric)
        : def.against === 'floor'
          ? { server: 'floor' as const, value: medianOf(results, def.metric, 'floor') }
          : undefined;
    let measured: number;
    switch (def.rule) {
      case 'ratioAtMost':
      case 'ratioAtLeast':
        measured = reference === undefined ? Number.NaN : ours / reference.value;
        break;
      case 'speedupAtLeast':
        measured = reference === undefined ? Number.NaN : reference.value / ours;
        break;
      case 'valueAtMost':
      case 'valueBelow':
        measured = ours;
        break;
    }
    return { def, ours, reference, measured, met: isMet(def, measured) };
  });
}

function isMet(def: TargetDef, measured: number): boolean | undefined {
  if (!Number.isFinite(measured)) return undefined;
  switch (def.rule) {
    case 'ratioAtMost':
    case 'valueAtMost':
      return measured <= def.limit;
    case 'valueBelow':
      return measured < def.limit;
    case 'ratioAtLeast':
    case 'speedupAtLeast':
      return measured >= def.limit;
  }
}
