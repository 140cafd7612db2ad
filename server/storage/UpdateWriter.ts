/**
 * Groups the updates of all documents that arrive in one event-loop turn into one durable
 * append, so a burst of keystrokes costs one transaction instead of one each, while every
 * update still reaches the disk before anyone is sent it. Batches are written one after
 * another, in arrival order, so "stored" promises resolve in the order updates arrived.
 */
import type { DocumentStore, UpdateEntry } from './DocumentStore';

interface Pending {
  readonly entries: UpdateEntry[];
  readonly settle: Array<{ resolve: (seq: number) => void; reject: (error: unknown) => void }>;
}

/** Options of an UpdateWriter. */
export interface UpdateWriterOptions {
  /** Called with how long each batch took to store, in seconds. */
  readonly onBatchStored?: (seconds: number, size: number) => void;
  /** Schedules the next batch; defaults to setImmediate (after the current turn's I/O). */
  readonly schedule?: (run: () => void) => void;
}

/** Batches appends to a DocumentStore. */
export class UpdateWriter {
  private pending: Pending | null = null;
  private writing: Promise<void> | null = null;
  private readonly schedule: (run: () => void) => void;

  constructor(
    private readonly store: DocumentStore,
    private readonly options: UpdateWriterOptions = {},
  ) {
    this.schedule = options.schedule ?? ((run) => setImmediate(run));
  }

  /** Queues `update` of document `name`; resolves with its sequence number once it is durable. */
  write(name: string, update: Uint8Array): Promise<number> {
    if (!this.pending) {
      this.pending = { entries: [], settle: [] };
      if (!this.writing) this.schedule(() => void this.writeNext());
    }
    const pending = this.pending;
    pending.entries.push({ name, update });
    return new Promise<number>((resolve, reject) => pending.settle.push({ resolve, reject }));
  }

  /** Resolves once everything queued so far is stored (or has failed). */
  async flush(): Promise<void> {
    while (this.writing || this.pending) {
      if (this.writing) await this.writing;
      else await this.writeNext();
    }
  }

  private writeNext(): Promise<void> {
    const batch = this.pending;
    if (!batch || this.writing) return this.writing ?? Promise.resolve();
    this.pending = null;
    const started = performance.now();
    this.writing = this.store.append(batch.entries).then(
      (seqs) => {
        this.options.onBatchStored?.((performance.now() - started) / 1000, seqs.length);
        batch.settle.forEach(({ resolve }, i) => resolve(seqs[i] ?? 0));
      },
      (error: unknown) => batch.settle.forEach(({ reject }) => reject(error)),
    );
    return this.writing.finally(() => {
      this.writing = null;
      if (this.pending) this.schedule(() => void this.writeNext());
    });
  }
}
