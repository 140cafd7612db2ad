/**
 * Decides whether "All changes saved" may be shown. It counts this browser's changes and only
 * trusts the server's `saved` acknowledgements: each save request remembers how many changes
 * had been sent when it left, and its acknowledgement confirms exactly those. A new page load
 * starts unconfirmed, because changes kept in the browser may never have reached the server.
 */

/** Whether everything this browser changed is confirmed stored by the server. */
export type SavedState = 'saved' | 'unsaved';

/** Counts local changes and matches them with the server's save acknowledgements. */
export class SavedStateTracker {
  private changes = 0;
  private confirmed = 0;
  private confirmedOnce = false;
  /** Save request id to the change count it covers, in sending order. */
  private readonly pending = new Map<number, number>();

  /** The current state. */
  get state(): SavedState {
    return this.confirmedOnce && this.confirmed >= this.changes ? 'saved' : 'unsaved';
  }

  /** How many changes are not yet confirmed. */
  get unconfirmedChanges(): number {
    return this.changes - this.confirmed;
  }

  /** A change was made in this browser (typed here, or loaded from the browser's own copy). */
  recordLocalChange(): void {
    this.changes += 1;
  }

  /**
   * A save request with `id` was sent after everything changed so far (either sent as updates
   * or carried in the handshake's sync step 2).
   */
  recordSaveRequest(id: number): void {
    this.pending.set(id, this.changes);
  }

  /**
   * The server acknowledged save request `id`. Acknowledgements arrive in request order, so
   * every earlier request is settled too. Unknown ids (from an older connection) are ignored.
   */
  recordSaved(id: number): void {
    const covered = this.pending.get(id);
    if (covered === undefined) return;
    for (const requestId of [...this.pending.keys()]) {
      this.pending.delete(requestId);
      if (requestId === id) break;
    }
    this.confirmed = Math.max(this.confirmed, covered);
    this.confirmedOnce = true;
  }

  /**
   * The connection ended: its unanswered requests will never be answered. The next
   * connection's handshake resends everything and asks again.
   */
  recordConnectionLost(): void {
    this.pending.clear();
  }
}
