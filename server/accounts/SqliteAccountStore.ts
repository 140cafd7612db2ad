/**
 * Accounts in the embedded SQLite database (its own file beside the document store), in WAL
 * mode so the admin command can work on it while the server runs.
 */
import type Database from 'better-sqlite3';
import { openSqliteDatabase, statementCache } from '../storage/openSqliteDatabase';
import type { DocumentAccess, Role } from '../../shared/access/roles';
import type {
  AccountStore,
  AuditEntry,
  AuditQuery,
  Credential,
  CredentialKind,
  NewUser,
  User,
} from './AccountStore';
import { newId } from './secrets';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  dcs TEXT NOT NULL,
  status TEXT NOT NULL,
  password_hash TEXT,
  failed_sign_ins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS credentials (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  user_id TEXT REFERENCES users (id),
  secret_hash TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER,
  revoked_at INTEGER,
  used_at INTEGER
);
CREATE INDEX IF NOT EXISTS credentials_by_user ON credentials (user_id);
CREATE TABLE IF NOT EXISTS document_access (
  doc TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  access TEXT NOT NULL,
  PRIMARY KEY (doc, user_id)
);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor_id TEXT,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_time ON audit_log (at);
`;

/** File name of the accounts database inside the data folder. */
export const ACCOUNTS_FILE_NAME = 'accounts.sqlite';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  dcs: string;
  status: string;
  password_hash: string | null;
  failed_sign_ins: number;
  locked_until: number | null;
  created_at: number;
}

interface CredentialRow {
  id: string;
  kind: string;
  user_id: string | null;
  label: string;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  used_at: number | null;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  dcs: JSON.parse(row.dcs) as string[],
  status: row.status as User['status'],
  passwordHash: row.password_hash,
  failedSignIns: row.failed_sign_ins,
  lockedUntil: row.locked_until,
  createdAt: row.created_at,
});

const toCredential = (row: CredentialRow): Credential => ({
  id: row.id,
  kind: row.kind as CredentialKind,
  userId: row.user_id,
  label: row.label,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  usedAt: row.used_at,
});

/** SQLite-backed AccountStore; pass ':memory:' as the folder for a throwaway one. */
export class SqliteAccountStore implements AccountStore {
  private readonly db: Database.Database;
  /** Each SQL text compiled once. */
  private readonly statement: (sql: string) => Database.Statement;

  constructor(dataDir: string) {
    this.db = openSqliteDatabase(dataDir, ACCOUNTS_FILE_NAME, SCHEMA);
    this.statement = statementCache(this.db);
  }

  async countUsers(): Promise<number> {
    return (this.statement('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  async listUsers(): Promise<User[]> {
    return (
      this.statement('SELECT * FROM users ORDER BY name COLLATE NOCASE').all() as UserRow[]
    ).map(toUser);
  }

  async getUser(id: string): Promise<User | null> {
    const row = this.statement('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async findUserByEmail(email: string): Promise<User | null> {
    const row = this.statement('SELECT * FROM users WHERE email = ?').get(email.trim()) as
      UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async createUser(user: NewUser, at: number): Promise<User> {
    const id = newId();
    this.statement(
      `INSERT INTO users (id, email, name, role, dcs, status, created_at) VALUES (?, ?, ?, ?, ?, 'invited', ?)`,
    ).run(id, user.email.trim(), user.name.trim(), user.role, JSON.stringify(user.dcs), at);
    return (await this.getUser(id))!;
  }

  async updateUser(id: string, change: Parameters<AccountStore['updateUser']>[1]): Promise<User> {
    const columns: Record<string, unknown> = {
      name: change.name,
      role: change.role,
      dcs: change.dcs === undefined ? undefined : JSON.stringify(change.dcs),
      status: change.status,
      password_hash: change.passwordHash,
      failed_sign_ins: change.failedSignIns,
      locked_until: change.lockedUntil,
    };
    const set = Object.entries(columns).filter(([, value]) => value !== undefined);
    if (set.length > 0) {
      this.statement(
        `UPDATE users SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`,
      ).run(...set.map(([, value]) => value), id);
    }
    const user = await this.getUser(id);
    if (!user) throw new Error(`no user ${id}`);
    return user;
  }

  async addCredential(credential: Credential, secretHash: string): Promise<void> {
    this.statement(
      `INSERT INTO credentials (id, kind, user_id, secret_hash, label, created_at, expires_at, revoked_at, used_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      credential.id,
      credential.kind,
      credential.userId,
      secretHash,
      credential.label,
      credential.createdAt,
      credential.expiresAt,
      credential.revokedAt,
      credential.usedAt,
    );
  }

  async findCredential(secretHash: string): Promise<Credential | null> {
    const row = this.statement('SELECT * FROM credentials WHERE secret_hash = ?').get(
      secretHash,
    ) as CredentialRow | undefined;
    return row ? toCredential(row) : null;
  }

  async listCredentials(userId: string): Promise<Credential[]> {
    return (
      this.statement('SELECT * FROM credentials WHERE user_id = ? ORDER BY created_at').all(
        userId,
      ) as CredentialRow[]
    ).map(toCredential);
  }

  async markCredentialUsed(id: string, at: number): Promise<void> {
    this.statement('UPDATE credentials SET used_at = ? WHERE id = ?').run(at, id);
  }

  async revokeCredentials(
    selector: { id: string } | { userId: string; kinds: readonly CredentialKind[] },
    at: number,
  ): Promise<void> {
    if ('id' in selector) {
      this.statement(
        'UPDATE credentials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      ).run(at, selector.id);
      return;
    }
    const kinds = selector.kinds.map(() => '?').join(', ');
    this.statement(
      `UPDATE credentials SET revoked_at = ? WHERE user_id = ? AND kind IN (${kinds}) AND revoked_at IS NULL`,
    ).run(at, selector.userId, ...selector.kinds);
  }

  async findInvalidCredentials(ids: readonly string[], at: number): Promise<string[]> {
    if (ids.length === 0) return [];
    const invalid: string[] = [];
    const query = this.statement(
      'SELECT id FROM credentials WHERE id = ? AND (revoked_at IS NOT NULL OR (expires_at IS NOT NULL AND expires_at <= ?))',
    );
    const missing = this.statement('SELECT 1 FROM credentials WHERE id = ?');
    for (const id of ids) {
      if (query.get(id, at) || !missing.get(id)) invalid.push(id);
    }
    return invalid;
  }

  async getDocumentAccess(docName: string): Promise<Map<string, DocumentAccess>> {
    const rows = this.statement('SELECT user_id, access FROM document_access WHERE doc = ?').all(
      docName,
    ) as Array<{
      user_id: string;
      access: string;
    }>;
    return new Map(rows.map((row) => [row.user_id, row.access as DocumentAccess]));
  }

  async setDocumentAccess(
    docName: string,
    userId: string,
    access: DocumentAccess | null,
  ): Promise<void> {
    if (access === null) {
      this.statement('DELETE FROM document_access WHERE doc = ? AND user_id = ?').run(
        docName,
        userId,
      );
    } else {
      this.statement(
        'INSERT INTO document_access (doc, user_id, access) VALUES (?, ?, ?) ON CONFLICT (doc, user_id) DO UPDATE SET access = excluded.access',
      ).run(docName, userId, access);
    }
  }

  async appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    this.statement(
      'INSERT INTO audit_log (at, actor_id, actor_name, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      entry.at,
      entry.actorId,
      entry.actorName,
      entry.action,
      entry.target,
      JSON.stringify(entry.detail),
    );
  }

  async readAudit(query: AuditQuery): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.action) {
      where.push('action = ?');
      params.push(query.action);
    }
    if (query.actorId) {
      where.push('actor_id = ?');
      params.push(query.actorId);
    }
    if (query.since !== undefined) {
      where.push('at >= ?');
      params.push(query.since);
    }
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    const rows = this.statement(sql).all(...params, Math.min(query.limit ?? 200, 1000)) as Array<{
      id: number;
      at: number;
      actor_id: string | null;
      actor_name: string;
      action: string;
      target: string;
      detail: string;
    }>;
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      action: row.action,
      target: row.target,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
