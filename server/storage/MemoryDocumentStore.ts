/**
 * A DocumentStore kept in memory: for tests of room logic and as the reference the SQLite
 * store is compared with in the contract suite. Nothing survives the process.
 */
import type { DocumentInfo, DocumentStore, StoredDocument, UpdateEntry } from './DocumentStore';

interface MemoryDocument {
  state: Uint8Array | null;
  stateSeq: number;
  tail: Array<{ seq: number; update: Uint8Array }>;
  updatedAt: number;
}

/** In-memory DocumentStore. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, MemoryDocument>();
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async load(name: string): Promise<StoredDocument> {
    const doc = this.documents.get(name);
    if (!doc) return { updates: [], lastSeq: 0 };
    const updates = doc.tail.map((entry) => entry.update);
    if (doc.state) updates.unshift(doc.state);
    return { updates, lastSeq: doc.tail.at(-1)?.seq ?? doc.stateSeq };
  }

  async append(entries: readonly UpdateEntry[]): Promise<number[]> {
    const at = this.now();
    return entries.map(({ name, update }) => {
      const doc = this.document(name);
      this.seq += 1;
      doc.tail.push({ seq: this.seq, update: update.slice() });
      doc.updatedAt = at;
      return this.seq;
    });
  }

  async compact(name: string, state: Uint8Array, throughSeq: number): Promise<void> {
    const doc = this.document(name);
    doc.state = state.slice();
    doc.stateSeq = Math.max(doc.stateSeq, throughSeq);
    doc.tail = doc.tail.filter((entry) => entry.seq > throughSeq);
  }

  async list(): Promise<DocumentInfo[]> {
    return [...this.documents].map(([name, doc]) => ({ name, updatedAt: doc.updatedAt }));
  }

  async close(): Promise<void> {}

  private document(name: string): MemoryDocument {
    let doc = this.documents.get(name);
    if (!doc) {
      doc = { state: null, stateSeq: 0, tail: [], updatedAt: this.now() };
      this.documents.set(name, doc);
    }
    return doc;
  }
}
