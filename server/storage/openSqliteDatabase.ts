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

/**
 * A prepare that compiles each SQL text once and hands back the same statement afterwards.
 * Compiling is most of the cost of a small lookup (a reconnect storm checks a session, a person
 * and a document's access for every socket), and better-sqlite3 statements are reusable.
 * Statements must not be switched to pluck/raw/expand mode, since every caller shares them.
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
