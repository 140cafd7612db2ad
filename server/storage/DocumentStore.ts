/**
 * The one interface every document store implements (in-memory, embedded SQLite, and later
 * PostgreSQL). Room code only ever talks to this, and one contract test suite
 * (tests/storage/documentStoreContract.ts) runs against every implementation.
 *
 * A document is stored as a log of Yjs updates with increasing sequence numbers, optionally
 * headed by one compacted state that replaces every update up to a sequence number.
 */

/** One update to append to a document's log. */
export interface UpdateEntry {
  readonly name: string;
  readonly update: Uint8Array;
}

/** What is stored for one document. */
export interface StoredDocument {
  /** Compacted state first (if any), then the tail of the log in order. Empty when new. */
  readonly updates: readonly Uint8Array[];
  /** Highest sequence number included; 0 when nothing is stored. */
  readonly lastSeq: number;
}

/** Listing entry for a stored document. */
export interface DocumentInfo {
  readonly name: string;
  /** When its last update was stored (ms since the epoch). */
  readonly updatedAt: number;
}

/** Durable storage of document update logs. */
export interface DocumentStore {
  /** Everything stored for `name`, ready to apply in order. */
  load(name: string): Promise<StoredDocument>;
  /**
   * Appends the entries atomically (all or none) and durably: once the promise resolves they
   * survive a crash. Resolves with the sequence number given to each entry, in order.
   */
  append(entries: readonly UpdateEntry[]): Promise<number[]>;
  /**
   * Replaces the compacted state and every update of `name` with a sequence number up to
   * `throughSeq` by `state`, atomically. Updates after `throughSeq` are kept.
   */
  compact(name: string, state: Uint8Array, throughSeq: number): Promise<void>;
  /** Every stored document with its last change time. */
  list(): Promise<DocumentInfo[]>;
  /** Releases the store; pending appends have resolved before this is called. */
  close(): Promise<void>;
}
