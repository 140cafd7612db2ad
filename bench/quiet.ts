/**
 * The quiet-machine check. A measurement window is only kept if other processes left the
 * server and the driver alone: the user-space processes outside the benchmark's own process
 * tree (the harness, its ancestors such as npm and tsx, and everything it started) must use
 * under a quarter of a core on average. Kernel threads are not counted: on this machine
 * they do the loopback network work and free the memory of a server that just exited, both
 * caused by the benchmark itself. A noisy window is discarded and run again, a bounded
 * number of times; if the machine never quiets down the last window is kept and marked.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Most CPU (in cores) other processes may use during a kept window. */
export const QUIET_LIMIT_CORES = 0.25;

const TICK_NS = 10_000_000;
const PF_KTHREAD = 0x00200000;

interface ProcessTimes {
  readonly name: string;
  readonly ppid: number;
  readonly kernel: boolean;
  /** utime + stime, in ticks (not the children's: a reaped child's whole life would land at once). */
  readonly ticks: number;
}

function readAllProcesses(): Map<number, ProcessTimes> {
  const all = new Map<number, ProcessTimes>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    all.set(pid, {
      name: stat.slice(stat.indexOf('(') + 1, close),
      ppid: Number(fields[1]),
      kernel: (Number(fields[6]) & PF_KTHREAD) !== 0 || pid === 2 || Number(fields[1]) === 2,
      ticks: Number(fields[11]) + Number(fields[12]),
    });
  }
  return all;
}

/** Pids of the benchmark's own tree: this process, its ancestors and its descendants. */
function ownTree(all: Map<number, ProcessTimes>): Set<number> {
  const own = new Set<number>();
  for (let pid = process.pid; pid > 1 && !own.has(pid); pid = all.get(pid)?.ppid ?? 0) own.add(pid);
  const isDescendant = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; at = all.get(at)?.ppid ?? 0, hops++) {
      if (at === process.pid) return true;
    }
    return false;
  };
  for (const pid of all.keys()) if (isDescendant(pid)) own.add(pid);
  return own;
}

/** CPU ticks of the other processes at one moment. */
export interface QuietSample {
  readonly atMs: number;
  readonly others: ReadonlyMap<number, { readonly name: string; readonly ticks: number }>;
}

/** Reads the CPU counters of every user-space process outside the benchmark's tree. */
export function takeQuietSample(): QuietSample {
  const all = readAllProcesses();
  const own = ownTree(all);
  const others = new Map<number, { name: string; ticks: number }>();
  for (const [pid, times] of all) {
    if (!times.kernel && !own.has(pid)) others.set(pid, { name: times.name, ticks: times.ticks });
  }
  return { atMs: performance.now(), others };
}

/** How busy the other processes were between two samples. */
export interface OthersLoad {
  /** Average cores used. */
  readonly cores: number;
  /** The busiest, for the log: "name pid: cores". */
  readonly top: string;
}

/** Average cores used by other processes between two samples (new processes count whole). */
export function othersLoad(start: QuietSample, end: QuietSample): OthersLoad {
  const wallNs = (end.atMs - start.atMs) * 1e6;
  if (wallNs <= 0) return { cores: 0, top: '' };
  const deltas: [string, number][] = [];
  let total = 0;
  for (const [pid, now] of end.others) {
    const delta = now.ticks - (start.others.get(pid)?.ticks ?? 0);
    if (delta <= 0) continue;
    total += delta;
    deltas.push([`${now.name} ${pid}`, delta]);
  }
  deltas.sort((a, b) => b[1] - a[1]);
  const top = deltas
    .slice(0, 3)
    .map(([name, ticks]) => `${name}: ${((ticks * TICK_NS) / wallNs).toFixed(2)}`)
    .join(', ');
  return { cores: (total * TICK_NS) / wallNs, top };
}

/** How busy other processes are over the next `ms` milliseconds (a check before a run). */
export async function sampleOthers(ms: number): Promise<OthersLoad> {
  const start = takeQuietSample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return othersLoad(start, takeQuietSample());
}

/** What happened to the windows of one measurement. */
export interface QuietOutcome<T> {
  readonly value: T;
  /** Windows run, including the kept one. */
  readonly attempts: number;
  /** Other processes' average cores during the kept window. */
  readonly othersCores: number;
  /** The kept window was still over the limit (retries ran out). */
  readonly noisy: boolean;
}

/** How to run windows. */
export interface QuietOptions {
  /** Windows to run at most (1 = never repeat). */
  readonly maxAttempts: number;
  /** Whether to check at all (the smoke test does not). */
  readonly enabled: boolean;
  /** Called before a noisy window is repeated. */
  readonly onDiscard?: (load: OthersLoad, attempt: number) => void;
}

/** Runs `window` until it ran on a quiet machine or the attempts are used up. */
export async function runQuietly<T>(
  window: () => Promise<T>,
  options: QuietOptions,
): Promise<QuietOutcome<T>> {
  for (let attempt = 1; ; attempt++) {
    const start = options.enabled ? takeQuietSample() : undefined;
    const value = await window();
    const load = start === undefined ? { cores: 0, top: '' } : othersLoad(start, takeQuietSample());
    const quiet = load.cores <= QUIET_LIMIT_CORES;
    if (quiet || attempt >= options.maxAttempts) {
      return { value, attempts: attempt, othersCores: load.cores, noisy: !quiet };
    }
    options.onDiscard?.(load, attempt);
  }
}
