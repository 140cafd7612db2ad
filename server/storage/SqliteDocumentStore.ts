/**
 * The embedded, default DocumentStore: one SQLite file in WAL mode with synchronous=FULL, so an
 * appended batch is on disk before append() resolves and survives a process or machine crash.
 * better-sqlite3 is synchronous; each call is one short transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentInfo, DocumentStore, StoredDocument, UpdateEntry } from './DocumentStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_name ON doc_updates (name, seq);
CREATE TABLE IF NOT EXISTS doc_states (
  name TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  through_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_info (
  name TEXT PRIMARY KEY,
  updated_at INTEGER NOT NULL
);
`;

/** The file name of the store inside the data folder. */
export const SQLITE_FILE_NAME = 'dc-planner.sqlite';

/** SQLite-backed DocumentStore. */
export class SqliteDocumentStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly appendBatch: (entries: readonly UpdateEntry[], at: number) => number[];
  private readonly compactTx: (name: string, state: Uint8Array, throughSeq: number) => void;
  private readonly selectState: Database.Statement<[string], { data: Buffer; through_seq: number }>;
  private readonly selectTail: Database.Statement<[string, number], { seq: number; data: Buffer }>;
  private readonly selectInfo: Database.Statement<[], { name: string; updated_at: number }>;

  /** Opens (creating if needed) the store in `dataDir`. */
  constructor(dataDir: string, now: () => number = Date.now) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, SQLITE_FILE_NAME));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);

    const insertUpdate = this.db.prepare<[string, Uint8Array]>(
      'INSERT INTO doc_updates (name, data) VALUES (?, ?)',
    );
    const touch = this.db.prepare<[string, number]>(
      'INSERT INTO doc_info (name, updated_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at',
    );
    this.appendBatch = this.db.transaction((entries: readonly UpdateEntry[], at: number) => {
      const seqs = entries.map(({ name, update }) =>
        Number(insertUpdate.run(name, update).lastInsertRowid),
      );
      for (const name of new Set(entries.map((entry) => entry.name))) touch.run(name, at);
      return seqs;
    });

    const upsertState = this.db.prepare<[string, Uint8Array, number]>(
      'INSERT INTO doc_states (name, data, through_seq) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data, through_seq = MAX(doc_states.through_seq, excluded.through_seq)',
    );
    const deleteThrough = this.db.prepare<[string, number]>(
      'DELETE FROM doc_updates WHERE name = ? AND seq <= ?',
    );
    this.compactTx = this.db.transaction((name: string, state: Uint8Array, throughSeq: number) => {
      upsertState.run(name, state, throughSeq);
      deleteThrough.run(name, throughSeq);
    });

    this.selectState = this.db.prepare('SELECT data, through_seq FROM doc_states WHERE name = ?');
    this.selectTail = this.db.prepare(
      'SELECT seq, data FROM doc_updates WHERE name = ? AND seq > ? ORDER BY seq',
    );
    this.selectInfo = this.db.prepare('SELECT name, updated_at FROM doc_info ORDER BY name');
    this.now = now;
  }

  private readonly now: () => number;

  async load(name: string): Promise<StoredDocument> {
    const state = this.selectState.get(name);
    const fromSeq = state?.through_seq ?? 0;
    const tail = this.selectTail.all(name, fromSeq);
    const updates: Uint8Array[] = tail.map((row) => new Uint8Array(row.data));
    if (state) updates.unshift(new Uint8Array(state.data));
    return { updates, lastSeq: tail.at(-1)?.seq ?? fromSeq };
  }

  async append(entries: readonly UpdateEntry[]): Promise<number[]> {
    if (entries.length === 0) return [];
    return this.appendBatch(entries, this.now());
  }

  async compact(name: string, state: Uint8Array, throughSeq: number): Promise<void> {
    this.compactTx(name, state, throughSeq);
  }

  async list(): Promise<DocumentInfo[]> {
    return this.selectInfo.all().map((row) => ({ name: row.name, updatedAt: row.updated_at }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
