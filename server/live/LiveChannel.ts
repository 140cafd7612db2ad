/**
 * Fans out "something changed" announcements to every open live stream (GET /api/live). Only
 * topic names travel, so what a listener may see is decided when it re-fetches.
 */
import type { LiveTopic } from '../../shared/live/liveTopics';

/** A listener of topics. */
export type TopicListener = (topic: LiveTopic) => void;

/** The in-process announcer. */
export class LiveChannel {
  private readonly listeners = new Set<TopicListener>();
  private readonly closers = new Set<() => void>();

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: TopicListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener that these topics changed. */
  publish(topics: readonly LiveTopic[]): void {
    for (const topic of new Set(topics)) for (const listener of this.listeners) listener(topic);
  }

  /** Registers what ends a stream when the server stops; returns the function that removes it. */
  onClose(closer: () => void): () => void {
    this.closers.add(closer);
    return () => this.closers.delete(closer);
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    for (const closer of [...this.closers]) closer();
  }

  /** How many streams are open. */
  get size(): number {
    return this.listeners.size;
  }
}
