/**
 * Calls, answers, feed tokens and action items in one embedded SQLite database beside the
 * document store (`planning.sqlite`), in WAL mode with synchronous=FULL like the others. Records
 * are stored as JSON next to the columns they are looked up by.
 */
import type Database from 'better-sqlite3';
import { openSqliteDatabase, statementCache } from '../storage/openSqliteDatabase';
import type { ActionItem } from '../../shared/actions/actionTypes';
import type { Answer, Call } from '../../shared/calls/callTypes';
import type { ActionStore, MarkerStore } from '../actions/ActionStore';
import type { AnswerQuery, CallStore } from '../calls/CallStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS calls (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,
  call_id TEXT NOT NULL REFERENCES calls (id),
  dc TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_by_call ON answers (call_id, dc);
CREATE TABLE IF NOT EXISTS feed_tokens (
  user_id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS actions (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS markers (
  name TEXT PRIMARY KEY,
  at INTEGER NOT NULL
);
`;

/** File name of the planning database inside the data folder. */
export const PLANNING_FILE_NAME = 'planning.sqlite';

/** SQLite-backed CallStore and ActionStore; pass ':memory:' for a throwaway one. */
export class SqlitePlanningStore implements CallStore, ActionStore, MarkerStore {
  private readonly db: Database.Database;
  /** Each SQL text compiled once. */
  private readonly statement: (sql: string) => Database.Statement;

  constructor(dataDir: string) {
    this.db = openSqliteDatabase(dataDir, PLANNING_FILE_NAME, SCHEMA);
    this.statement = statementCache(this.db);
  }

  async listCalls(): Promise<Call[]> {
    return this.records<Call>('SELECT record FROM calls ORDER BY created_at, id');
  }

  async getCall(id: string): Promise<Call | null> {
    return this.record<Call>('SELECT record FROM calls WHERE id = ?', id);
  }

  async saveCall(call: Call): Promise<void> {
    this.statement(
      'INSERT INTO calls (id, created_at, record) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record',
    ).run(call.id, call.createdAt, JSON.stringify(call));
  }

  async listAnswers(query: AnswerQuery): Promise<Answer[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.callId !== undefined) {
      where.push('call_id = ?');
      params.push(query.callId);
    }
    if (query.dcs !== undefined) {
      if (query.dcs.length === 0) return [];
      where.push(`dc IN (${query.dcs.map(() => '?').join(', ')})`);
      params.push(...query.dcs);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    return this.records<Answer>(
      `SELECT record FROM answers ${clause} ORDER BY created_at, id`,
      ...params,
    );
  }

  async getAnswer(id: string): Promise<Answer | null> {
    return this.record<Answer>('SELECT record FROM answers WHERE id = ?', id);
  }

  async saveAnswer(answer: Answer): Promise<void> {
    this.statement(
      'INSERT INTO answers (id, call_id, dc, created_at, record) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET dc = excluded.dc, record = excluded.record',
    ).run(answer.id, answer.callId, answer.dc, answer.createdAt, JSON.stringify(answer));
  }

  async getFeedToken(userId: string): Promise<{ createdAt: number } | null> {
    const row = this.statement('SELECT created_at FROM feed_tokens WHERE user_id = ?').get(
      userId,
    ) as { created_at: number } | undefined;
    return row ? { createdAt: row.created_at } : null;
  }

  async setFeedToken(userId: string, tokenHash: string | null, at: number): Promise<void> {
    if (tokenHash === null) {
      this.statement('DELETE FROM feed_tokens WHERE user_id = ?').run(userId);
      return;
    }
    this.statement(
      'INSERT INTO feed_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at',
    ).run(userId, tokenHash, at);
  }

  async findFeedTokenUser(tokenHash: string): Promise<string | null> {
    const row = this.statement('SELECT user_id FROM feed_tokens WHERE token_hash = ?').get(
      tokenHash,
    ) as { user_id: string } | undefined;
    return row?.user_id ?? null;
  }

  async listActions(): Promise<ActionItem[]> {
    return this.records<ActionItem>('SELECT record FROM actions ORDER BY created_at, id');
  }

  async getAction(id: string): Promise<ActionItem | null> {
    return this.record<ActionItem>('SELECT record FROM actions WHERE id = ?', id);
  }

  async saveAction(item: ActionItem): Promise<void> {
    this.statement(
      'INSERT INTO actions (id, created_at, record) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record',
    ).run(item.id, item.createdAt, JSON.stringify(item));
  }

  async deleteAction(id: string): Promise<boolean> {
    return this.statement('DELETE FROM actions WHERE id = ?').run(id).changes > 0;
  }

  async getMarker(marker: string): Promise<number | null> {
    const row = this.statement('SELECT at FROM markers WHERE name = ?').get(marker) as
      { at: number } | undefined;
    return row?.at ?? null;
  }

  async setMarker(marker: string, at: number): Promise<void> {
    this.statement('INSERT OR REPLACE INTO markers (name, at) VALUES (?, ?)').run(marker, at);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private records<T>(sql: string, ...params: unknown[]): T[] {
    return (this.statement(sql).all(...params) as Array<{ record: string }>).map(
      (row) => JSON.parse(row.record) as T,
    );
  }

  private record<T>(sql: string, ...params: unknown[]): T | null {
    const row = this.statement(sql).get(...params) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as T) : null;
  }
}
