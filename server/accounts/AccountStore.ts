/**
 * The interface of account storage: people, their credentials (sessions, API tokens, one-time
 * invitation, reset and setup links), per-document access, and the audit log. The embedded
 * SQLite implementation is the default; a PostgreSQL one can be added behind the same interface.
 */
import type { DocumentAccess, Role } from '../../shared/access/roles';

/** A person with an account (or an invitation). */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Ids of the Dynamic Coalitions the person represents. */
  readonly dcs: readonly string[];
  readonly status: 'invited' | 'active' | 'disabled';
  readonly passwordHash: string | null;
  readonly failedSignIns: number;
  /** Sign-in is refused until then (ms since the epoch). */
  readonly lockedUntil: number | null;
  readonly createdAt: number;
}

/** Kinds of credential. */
export type CredentialKind = 'session' | 'api' | 'invite' | 'reset' | 'setup';

/** A stored credential; the secret itself is never stored, only its hash. */
export interface Credential {
  readonly id: string;
  readonly kind: CredentialKind;
  /** Null only for the first-start setup link. */
  readonly userId: string | null;
  readonly label: string;
  readonly createdAt: number;
  readonly expiresAt: number | null;
  readonly revokedAt: number | null;
  readonly usedAt: number | null;
}

/** One audit log line. */
export interface AuditEntry {
  readonly id: number;
  readonly at: number;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly action: string;
  readonly target: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** Filters for reading the audit log. */
export interface AuditQuery {
  readonly action?: string;
  readonly actorId?: string;
  readonly since?: number;
  readonly limit?: number;
}

/** Fields of a new user. */
export type NewUser = Pick<User, 'email' | 'name' | 'role' | 'dcs'>;

/** Durable storage of accounts. All methods are synchronous-fast; they return promises so other stores fit. */
export interface AccountStore {
  countUsers(): Promise<number>;
  listUsers(): Promise<User[]>;
  getUser(id: string): Promise<User | null>;
  findUserByEmail(email: string): Promise<User | null>;
  createUser(user: NewUser, at: number): Promise<User>;
  updateUser(
    id: string,
    change: Partial<
      Pick<
        User,
        'name' | 'role' | 'dcs' | 'status' | 'passwordHash' | 'failedSignIns' | 'lockedUntil'
      >
    >,
  ): Promise<User>;

  addCredential(credential: Credential, secretHash: string): Promise<void>;
  /** The credential with this secret hash, whatever its state. */
  findCredential(secretHash: string): Promise<Credential | null>;
  listCredentials(userId: string): Promise<Credential[]>;
  markCredentialUsed(id: string, at: number): Promise<void>;
  /** Revokes the given credentials (or all of a user's of some kinds). */
  revokeCredentials(
    selector: { id: string } | { userId: string; kinds: readonly CredentialKind[] },
    at: number,
  ): Promise<void>;
  /** Of the given credential ids, those that are revoked or expired at `at`. */
  findInvalidCredentials(ids: readonly string[], at: number): Promise<string[]>;

  getDocumentAccess(docName: string): Promise<Map<string, DocumentAccess>>;
  setDocumentAccess(docName: string, userId: string, access: DocumentAccess | null): Promise<void>;

  appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  readAudit(query: AuditQuery): Promise<AuditEntry[]>;

  close(): Promise<void>;
}
