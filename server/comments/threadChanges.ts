/**
 * Tells the live channel when comments change: every open room's `threads` map is observed,
 * and any change (a new thread, a reply, an edit, a resolution) announces the `comments` topic,
 * at most once per debounce interval, so a burst of typing in a reply box costs one re-fetch
 * of the inbox per browser. Only the topic travels; each browser re-fetches what it may see.
 */
import type * as Y from 'yjs';
import { threadsOf } from '../../shared/comments/threadSchema';

/** How long changes are collected before `comments` is announced, in ms. */
export const COMMENTS_TOPIC_DEBOUNCE_MS = 200;

/** Announces thread changes of the documents it watches. */
export class ThreadChangeAnnouncer {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly announce: () => void,
    private readonly debounceMs = COMMENTS_TOPIC_DEBOUNCE_MS,
  ) {}

  /**
   * Watches `doc`'s threads until the document is destroyed (or the returned function is
   * called). Changes made before this call are not announced.
   */
  watch(doc: Y.Doc): () => void {
    const threads = threadsOf(doc);
    const observer = () => this.changed();
    threads.observeDeep(observer);
    return () => threads.unobserveDeep(observer);
  }

  /** Something changed: announce once the debounce interval has passed. */
  changed(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.announce();
    }, this.debounceMs);
    this.timer.unref?.();
  }

  /** Stops announcing (shutdown). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
