/**
 * A MemoryDocumentStore whose appends wait until the test opens the gate, or fail on demand,
 * so tests can observe what a room does while a write is still on its way to disk.
 */
import type { UpdateEntry } from '../../server/storage/DocumentStore';
import { MemoryDocumentStore } from '../../server/storage/MemoryDocumentStore';

/** A store with controllable appends. */
export class GatedStore extends MemoryDocumentStore {
  private waiting: Array<() => void> = [];
  gated = false;
  failNext = false;
  appended: UpdateEntry[] = [];

  override async append(entries: readonly UpdateEntry[]): Promise<number[]> {
    if (this.gated) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    this.appended.push(...entries);
    return super.append(entries);
  }

  /** Lets every waiting append proceed. */
  open(): void {
    this.gated = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** How many appends are waiting at the gate. */
  get waitingCount(): number {
    return this.waiting.length;
  }
}
