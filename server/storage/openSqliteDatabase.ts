/**
 * One way to open the embedded SQLite databases beside the document store, so every store gets
 * the same durability settings: WAL journal, synchronous=FULL (a write that was acknowledged
 * survives a power cut), a busy timeout for the moment another connection holds the lock, and
 * foreign keys enforced. ':memory:' opens a throwaway database for tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Opens (creating the folder and file if needed) `fileName` in `dataDir` with the house
 * settings and runs `schema` (idempotent `CREATE … IF NOT EXISTS` statements). `dataDir`
 * ':memory:' gives an in-memory database.
 */
export function openSqliteDatabase(
  dataDir: string,
  fileName: string,
  schema: string,
): Database.Database {
  let db: Database.Database;
  if (dataDir === ':memory:') {
    db = new Database(':memory:');
  } else {
    fs.mkdirSync(dataDir, { recursive: true });
    db = new Database(path.join(dataDir, fileName));
    db.pragma('journal_mode = WAL');
  }
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.exec(schema);
  return db;
}
