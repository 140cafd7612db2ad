/**
 * How big each scenario is. The real sizes are the issue's; the smoke sizes run every
 * scenario against every server in seconds, for `npm test`, which checks only that each
 * produces a number. Repetitions are chosen so that the real run fits in 15 minutes on the
 * 2-core machine: three for the light scenarios, fewer for the heavy ones.
 */

/** Sizes of every scenario. */
export interface Sizes {
  readonly name: 'real' | 'smoke';
  /** Discard and repeat windows where other processes were busy. */
  readonly quiet: boolean;
  /** Windows to run at most for one kept measurement. */
  readonly quietAttempts: number;
  /** After this much run time, noisy windows are kept rather than repeated (keeps the run bounded). */
  readonly retryBudgetMs: number;
  readonly fanOut: {
    /** Receiver counts, ascending; receivers are added between steps. */
    readonly receivers: readonly number[];
    readonly editsPerSecond: number;
    /** Edits per measured window. */
    readonly edits: number;
    readonly repetitions: number;
  };
  readonly initialSync: {
    readonly updates: number;
    readonly chunkChars: number;
    /** Burst sizes (fresh clients connecting at once). */
    readonly bursts: readonly number[];
    readonly repetitions: number;
    /** Repetitions of the largest burst, the heaviest window of the run. */
    readonly largestBurstRepetitions: number;
  };
  readonly storm: {
    readonly clients: number;
    readonly docs: number;
    readonly docUpdates: number;
    readonly chunkChars: number;
    readonly repetitions: number;
  };
  readonly ingest: {
    readonly writers: number;
    readonly durationMs: number;
    /** Updates a writer may have sent but not yet seen accepted. */
    readonly window: number;
    /** Pre-built updates per writer: the most a window can send. */
    readonly updatesPerWriter: number;
    readonly repetitions: number;
  };
  readonly memory: {
    readonly docs: number;
    readonly docUpdates: number;
    readonly chunkChars: number;
    /** ROOM_GRACE_MS given to the servers that have it. */
    readonly graceMs: number;
    /**
     * How long after the grace period the RSS after everyone left is read (then once it has
     * settled): a server gives memory back over a few seconds.
     */
    readonly leaveCalmMs: number;
    readonly repetitions: number;
  };
  readonly coldLoad: {
    readonly repetitions: number;
  };
  readonly awareness: {
    readonly clients: number;
    readonly movesPerSecond: number;
    readonly durationMs: number;
    readonly repetitions: number;
  };
  /** Bound on any single wait (connecting, syncing, draining). */
  readonly timeoutMs: number;
  /** Pause that lets a server finish the work of a previous step before the next. */
  readonly settleMs: number;
}

/** The sizes. */
export const realSizes: Sizes = {
  name: 'real',
  quiet: true,
  quietAttempts: 3,
  retryBudgetMs: 9 * 60 * 1000,
  fanOut: { receivers: [50, 500, 2000], editsPerSecond: 100, edits: 150, repetitions: 3 },
  initialSync: {
    updates: 20_000,
    chunkChars: 58,
    bursts: [20, 200],
    repetitions: 3,
    largestBurstRepetitions: 2,
  },
  storm: { clients: 1000, docs: 10, docUpdates: 500, chunkChars: 40, repetitions: 2 },
  ingest: { writers: 20, durationMs: 4000, window: 100, updatesPerWriter: 8000, repetitions: 3 },
  memory: {
    docs: 1000,
    docUpdates: 100,
    chunkChars: 90,
    graceMs: 1000,
    leaveCalmMs: 10_000,
    // Three: one reading of RSS varies by a few KiB per document between runs.
    repetitions: 3,
  },
  coldLoad: { repetitions: 3 },
  awareness: { clients: 200, movesPerSecond: 10, durationMs: 4000, repetitions: 2 },
  timeoutMs: 60_000,
  settleMs: 500,
};

/** Tiny sizes for the smoke test: every code path, no meaningful numbers. */
export const smokeSizes: Sizes = {
  name: 'smoke',
  quiet: false,
  quietAttempts: 1,
  retryBudgetMs: 0,
  fanOut: { receivers: [2], editsPerSecond: 100, edits: 5, repetitions: 1 },
  initialSync: {
    updates: 50,
    chunkChars: 20,
    bursts: [3],
    repetitions: 1,
    largestBurstRepetitions: 1,
  },
  storm: { clients: 4, docs: 2, docUpdates: 10, chunkChars: 20, repetitions: 1 },
  ingest: { writers: 2, durationMs: 200, window: 4, updatesPerWriter: 50, repetitions: 1 },
  memory: {
    docs: 3,
    docUpdates: 5,
    chunkChars: 20,
    graceMs: 200,
    leaveCalmMs: 100,
    repetitions: 1,
  },
  coldLoad: { repetitions: 1 },
  awareness: { clients: 3, movesPerSecond: 20, durationMs: 300, repetitions: 1 },
  timeoutMs: 15_000,
  settleMs: 50,
};
