/**
 * Read marks of inbox items in their own embedded SQLite database beside the others
 * (`comments.sqlite`, WAL, synchronous=FULL): one row per person and item that person read.
 */
import type Database from 'better-sqlite3';
import { openSqliteDatabase, statementCache } from '../storage/openSqliteDatabase';
import type { ReadMarkStore } from './ReadMarkStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS comment_reads (
  user_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  read_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;
`;

/** File name of the comments database inside the data folder. */
export const COMMENTS_FILE_NAME = 'comments.sqlite';

/** How many ids one query binds at most (SQLite's default limit is far above). */
const CHUNK = 500;

const chunks = <T>(values: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
};

/** SQLite-backed ReadMarkStore; pass ':memory:' for a throwaway one. */
export class SqliteReadMarkStore implements ReadMarkStore {
  private readonly db: Database.Database;
  /** Each SQL text compiled once. */
  private readonly statement: (sql: string) => Database.Statement;

  constructor(dataDir: string) {
    this.db = openSqliteDatabase(dataDir, COMMENTS_FILE_NAME, SCHEMA);
    this.statement = statementCache(this.db);
  }

  async readIds(userId: string, itemIds: readonly string[]): Promise<Set<string>> {
    const read = new Set<string>();
    for (const chunk of chunks([...new Set(itemIds)])) {
      const rows = this.statement(
        `SELECT item_id FROM comment_reads WHERE user_id = ? AND item_id IN (${chunk.map(() => '?').join(', ')})`,
      ).all(userId, ...chunk) as Array<{ item_id: string }>;
      for (const row of rows) read.add(row.item_id);
    }
    return read;
  }

  async markRead(userId: string, itemIds: readonly string[], at: number): Promise<void> {
    const insert = this.statement(
      'INSERT INTO comment_reads (user_id, item_id, read_at) VALUES (?, ?, ?) ON CONFLICT (user_id, item_id) DO NOTHING',
    );
    this.db.transaction((ids: readonly string[]) => {
      for (const id of ids) insert.run(userId, id, at);
    })([...new Set(itemIds)]);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
