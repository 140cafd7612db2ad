/**
 * Gives memory back to the machine after most rooms have unloaded. V8 keeps the heap pages a
 * burst of open documents needed, and once nobody writes it allocates too little for its own
 * memory reducer to start: an idle server kept its peak RSS (the benchmark measured 198 % of the
 * starting RSS long after everyone had left). So when the open rooms have fallen to half their
 * peak or fewer and no room has loaded or unloaded for a while, this runs a few full collections,
 * each twice as long after the one before, as V8's memory reducer would. The first gives the old
 * generation's empty pages back; V8 shrinks the young generation only after it has seen seconds
 * of low allocation, which the later ones give it the chance to do.
 */

/** How to collect and what to watch; the entry point supplies both from the process. */
export interface MemoryReclaimerOptions {
  /** One full, synchronous garbage collection (`globalThis.gc` under `--expose-gc`). */
  readonly collect: () => void;
  /** The heap's current committed size in bytes (`process.memoryUsage().heapTotal`). */
  readonly heapBytes: () => number;
  /** How long the room count must stay unchanged before the first collection, in ms. */
  readonly quietMs?: number;
  /** Time between the first and second collection, in ms; it doubles after each. */
  readonly intervalMs?: number;
  /** How many collections one reclaim runs (fewer if a room loads meanwhile). */
  readonly rounds?: number;
  /** Told after each reclaim: heap bytes before and after, and how many collections ran. */
  readonly onReclaimed?: (before: number, after: number, rounds: number) => void;
}

/** Watches the number of open rooms and collects garbage after a large drop (see module doc). */
export class MemoryReclaimer {
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly quietMs: number;
  private readonly intervalMs: number;
  private readonly rounds: number;

  constructor(private readonly options: MemoryReclaimerOptions) {
    this.quietMs = options.quietMs ?? 1000;
    this.intervalMs = options.intervalMs ?? 1000;
    this.rounds = options.rounds ?? 4;
  }

  /** Tells the reclaimer that `open` rooms are loaded now (after every load and unload). */
  roomCountChanged(open: number): void {
    this.cancel();
    this.peak = Math.max(this.peak, open);
    if (this.peak === 0 || open > this.peak / 2) return;
    this.schedule(this.quietMs, () => this.reclaim());
  }

  /** Stops any reclaim in progress (server shutdown). */
  close(): void {
    this.cancel();
  }

  private reclaim(): void {
    // The next drop is measured from what is open now.
    this.peak = 0;
    const before = this.options.heapBytes();
    let rounds = 0;
    let wait = this.intervalMs;
    const round = (): void => {
      this.options.collect();
      rounds++;
      if (rounds >= this.rounds) {
        this.timer = null;
        this.options.onReclaimed?.(before, this.options.heapBytes(), rounds);
        return;
      }
      this.schedule(wait, round);
      wait *= 2;
    };
    round();
  }

  private schedule(ms: number, run: () => void): void {
    this.timer = setTimeout(run, ms);
    this.timer.unref?.();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
