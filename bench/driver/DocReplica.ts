/**
 * A client-side Y.Doc that applies what a server sends and tells when it holds a whole
 * expected document. Used where "synced" must mean "has the content", not only "got a step
 * 2": the cold load, and checks that a server really stored what a scenario pushed.
 */
import * as Y from 'yjs';
import { deferred, withTimeout } from './time';

/** A replica that completes when its state covers an expected state vector. */
export class DocReplica {
  /** The replica's document. */
  readonly doc = new Y.Doc();
  private readonly expected: Map<number, number>;
  private readonly complete = deferred<void>();

  constructor(expectedStateVector: Uint8Array) {
    this.expected = Y.decodeStateVector(expectedStateVector);
    this.check();
  }

  /** Applies one sync payload (step 2 or update). */
  apply(payload: Uint8Array): void {
    Y.applyUpdate(this.doc, payload);
    this.check();
  }

  /** Whether the replica holds everything expected. */
  isComplete(): boolean {
    const have = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    for (const [client, clock] of this.expected) {
      if ((have.get(client) ?? 0) < clock) return false;
    }
    return true;
  }

  /** Resolves when complete; rejects after `timeoutMs`. */
  whenComplete(timeoutMs: number): Promise<void> {
    return withTimeout(this.complete.promise, timeoutMs, 'replica complete');
  }

  private check(): void {
    if (this.isComplete()) this.complete.resolve();
  }
}
