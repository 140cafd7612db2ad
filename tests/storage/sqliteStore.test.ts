/** Runs the DocumentStore contract against the embedded SQLite store, and checks its pragmas. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, it } from 'vitest';
import { SqliteDocumentStore, SQLITE_FILE_NAME } from '../../server/storage/SqliteDocumentStore';
import { makeDataDir } from '../helpers/testServer';
import { runDocumentStoreContract } from './documentStoreContract';

let dataDir = makeDataDir();

runDocumentStoreContract('sqlite', {
  create: async (now) => {
    dataDir = makeDataDir();
    return new SqliteDocumentStore(dataDir, now);
  },
  reopen: async () => new SqliteDocumentStore(dataDir),
});

it('the SQLite store runs in WAL mode', async () => {
  const dir = makeDataDir();
  const store = new SqliteDocumentStore(dir);
  await store.close();
  const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  db.close();
});
