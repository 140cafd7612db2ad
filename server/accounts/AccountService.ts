/**
 * What people do with accounts: the first-start setup link, invitations (one or a pasted list),
 * accepting a link and setting a password, signing in (with per-address rate limiting and
 * account lockout), sessions, API tokens, changing roles and revoking access. Every such act
 * is written to the audit log. Secrets are returned once and only their hashes are stored.
 */
import type { Logger } from 'pino';
import {
  personChangeSchema,
  personSchema,
  type PersonInput,
} from '../../shared/accounts/personSchema';
import { fieldErrors } from '../../shared/accounts/fieldErrors';
import { Roles } from '../../shared/access/roles';
import { ApiError, invalidInput } from '../http/ApiError';
import type { AccountStore, Credential, CredentialKind, User } from './AccountStore';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { hashSecret, newId, newSecret } from './secrets';
import { SlidingWindowLimiter } from './SlidingWindowLimiter';

/** Who is acting: a signed-in person, or the admin command / system. */
export type Actor = { readonly user: User } | { readonly system: string };

/** An authenticated connection or request. */
export interface Identity {
  readonly user: User;
  readonly credentialId: string;
  readonly via: 'session' | 'api';
}

/** Lifetimes and limits. */
export interface AccountPolicy {
  readonly sessionTtlMs: number;
  readonly linkTtlMs: number;
  /** Failed sign-ins of one account before it is locked. */
  readonly maxFailedSignIns: number;
  readonly lockoutMs: number;
  /** Sign-in attempts allowed from one address per minute. */
  readonly signInsPerMinute: number;
}

/** Defaults for AccountPolicy. */
export const DEFAULT_ACCOUNT_POLICY: AccountPolicy = {
  sessionTtlMs: 14 * 24 * 60 * 60 * 1000,
  linkTtlMs: 7 * 24 * 60 * 60 * 1000,
  maxFailedSignIns: 5,
  lockoutMs: 15 * 60 * 1000,
  signInsPerMinute: 10,
};

const LINK_PATHS: Partial<Record<CredentialKind, string>> = {
  invite: 'invite',
  reset: 'reset',
  setup: 'setup',
};

/** Account operations. */
export class AccountService {
  private readonly signInLimiter: SlidingWindowLimiter;

  constructor(
    readonly store: AccountStore,
    private readonly options: {
      readonly log: Logger;
      readonly now?: () => number;
      readonly policy?: Partial<AccountPolicy>;
    },
  ) {
    this.signInLimiter = new SlidingWindowLimiter(this.policy.signInsPerMinute, 60_000, this.now);
  }

  private get policy(): AccountPolicy {
    return { ...DEFAULT_ACCOUNT_POLICY, ...this.options.policy };
  }

  private readonly now = (): number => (this.options.now ?? Date.now)();

  /** With no users yet, a new one-time setup link path (/setup/…); otherwise null. */
  async createSetupLinkIfEmpty(): Promise<string | null> {
    if ((await this.store.countUsers()) > 0) return null;
    return this.addLink('setup', null, 'first Secretariat account');
  }

  /** Invites one person; returns the user and the invitation link path (shown once). */
  async invite(actor: Actor, input: unknown): Promise<{ user: User; link: string }> {
    const parsed = personSchema.safeParse(input);
    if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
    const person: PersonInput = parsed.data;
    if (await this.store.findUserByEmail(person.email)) {
      throw new ApiError(
        409,
        'email_taken',
        'Someone with this e-mail is already in the workspace.',
        {
          email: 'email: already in the workspace',
        },
      );
    }
    const user = await this.store.createUser(person, this.now());
    const link = await this.addLink('invite', user.id, `invitation for ${user.email}`);
    await this.audit(actor, 'user.invited', user.email, { role: user.role, dcs: user.dcs });
    return { user, link };
  }

  /** What a one-time link is for, if it is still valid. */
  async describeLink(secret: string): Promise<{ kind: CredentialKind; user: User | null }> {
    const credential = await this.validLink(secret);
    return {
      kind: credential.kind,
      user: credential.userId ? await this.store.getUser(credential.userId) : null,
    };
  }

  /**
   * Uses a one-time link: sets the password (and, for the setup link, creates the first
   * Secretariat from `person`), activates the account and starts a session.
   */
  async useLink(
    secret: string,
    password: unknown,
    person?: unknown,
  ): Promise<{ user: User; session: string }> {
    const credential = await this.validLink(secret);
    const problem = passwordProblem(password);
    if (problem) throw invalidInput({ password: problem });
    let user: User;
    if (credential.kind === 'setup') {
      const parsed = personSchema.safeParse({ ...(person as object), role: Roles.secretariat });
      if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
      if ((await this.store.countUsers()) > 0)
        throw new ApiError(410, 'link_used', 'The workspace is already set up.');
      user = await this.store.createUser(parsed.data, this.now());
    } else {
      user = (await this.store.getUser(credential.userId!))!;
    }
    user = await this.store.updateUser(user.id, {
      passwordHash: await hashPassword(password as string),
      status: 'active',
      failedSignIns: 0,
      lockedUntil: null,
    });
    await this.store.markCredentialUsed(credential.id, this.now());
    await this.store.revokeCredentials({ id: credential.id }, this.now());
    if (credential.kind === 'reset')
      await this.store.revokeCredentials({ userId: user.id, kinds: ['session'] }, this.now());
    await this.audit(
      { user },
      credential.kind === 'reset' ? 'password.reset' : 'user.activated',
      user.email,
      {},
    );
    return { user, session: await this.startSession(user) };
  }

  /** Signs in with e-mail and password; refuses with 401, 423 (locked) or 429 (rate limited). */
  async signIn(
    email: unknown,
    password: unknown,
    address: string,
  ): Promise<{ user: User; session: string }> {
    const retryAfter = this.signInLimiter.take(address);
    if (retryAfter > 0) {
      throw new ApiError(
        429,
        'rate_limited',
        'Too many sign-in attempts. Wait a minute and try again.',
        undefined,
        retryAfter,
      );
    }
    const invalid = new ApiError(
      401,
      'invalid_credentials',
      'That e-mail and password do not match an account.',
    );
    if (typeof email !== 'string' || typeof password !== 'string') throw invalid;
    const user = await this.store.findUserByEmail(email);
    if (!user || user.status !== 'active' || !user.passwordHash) {
      await this.audit({ system: 'sign-in' }, 'sign-in.failed', email.slice(0, 254), {
        reason: 'unknown or inactive',
      });
      throw invalid;
    }
    const now = this.now();
    if (user.lockedUntil !== null && user.lockedUntil > now) {
      const seconds = Math.ceil((user.lockedUntil - now) / 1000);
      throw new ApiError(
        423,
        'locked',
        `This account is locked after too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minutes, or ask the Secretariat for a reset link.`,
        undefined,
        seconds,
      );
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      const failed = user.failedSignIns + 1;
      const lock = failed >= this.policy.maxFailedSignIns;
      await this.store.updateUser(user.id, {
        failedSignIns: lock ? 0 : failed,
        lockedUntil: lock ? now + this.policy.lockoutMs : user.lockedUntil,
      });
      await this.audit({ user }, lock ? 'account.locked' : 'sign-in.failed', user.email, {
        failed,
      });
      throw invalid;
    }
    const active = await this.store.updateUser(user.id, { failedSignIns: 0, lockedUntil: null });
    await this.audit({ user: active }, 'sign-in', active.email, {});
    return { user: active, session: await this.startSession(active) };
  }

  /** Ends the session with this secret. */
  async signOut(secret: string): Promise<void> {
    const credential = await this.store.findCredential(hashSecret(secret));
    if (credential?.kind === 'session')
      await this.store.revokeCredentials({ id: credential.id }, this.now());
  }

  /** The identity behind a session cookie or API token, if it is valid now. */
  async authenticate(secret: string): Promise<Identity | null> {
    const credential = await this.store.findCredential(hashSecret(secret));
    if (!credential || (credential.kind !== 'session' && credential.kind !== 'api')) return null;
    if (!this.isLive(credential) || !credential.userId) return null;
    const user = await this.store.getUser(credential.userId);
    // API tokens made by the admin command work before a password is set; disabling ends both.
    if (!user || user.status === 'disabled') return null;
    return { user, credentialId: credential.id, via: credential.kind };
  }

  /** Issues an API token for a person (shown once). */
  async issueApiToken(actor: Actor, userId: string, label: string): Promise<string> {
    const user = await this.requireUser(userId);
    const secret = newSecret('dcp_api_');
    await this.store.addCredential(
      {
        id: newId(),
        kind: 'api',
        userId: user.id,
        label: label || 'API token',
        createdAt: this.now(),
        expiresAt: null,
        revokedAt: null,
        usedAt: null,
      },
      hashSecret(secret),
    );
    await this.audit(actor, 'token.issued', user.email, { label });
    return secret;
  }

  /** A new password-reset link path for a person; their old links stop working. */
  async createResetLink(actor: Actor, userId: string): Promise<string> {
    const user = await this.requireUser(userId);
    await this.store.revokeCredentials({ userId, kinds: ['reset', 'invite'] }, this.now());
    const link = await this.addLink(
      user.status === 'invited' ? 'invite' : 'reset',
      user.id,
      `link for ${user.email}`,
    );
    await this.audit(actor, 'password.reset-link', user.email, {});
    return link;
  }

  /** Changes role, DCs or status; disabling revokes every session and token. */
  async changeUser(actor: Actor, userId: string, input: unknown): Promise<User> {
    const parsed = personChangeSchema.safeParse(input);
    if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
    const before = await this.requireUser(userId);
    const change = parsed.data;
    const role = change.role ?? before.role;
    const dcs = change.dcs ?? before.dcs;
    if (role === Roles.dcMember && dcs.length === 0) {
      throw invalidInput({ dcs: 'dcs: a DC member represents at least one Dynamic Coalition' });
    }
    const user = await this.store.updateUser(userId, change);
    if (change.status === 'disabled') await this.revokeAll(actor, userId);
    await this.audit(actor, 'user.changed', user.email, { ...change });
    return user;
  }

  /** Revokes every session and API token of a person (their sockets close within seconds). */
  async revokeAll(actor: Actor, userId: string): Promise<void> {
    const user = await this.requireUser(userId);
    await this.store.revokeCredentials({ userId, kinds: ['session', 'api'] }, this.now());
    await this.audit(actor, 'access.revoked', user.email, {});
  }

  /** Revokes one credential by id. */
  async revokeCredential(actor: Actor, credentialId: string): Promise<void> {
    await this.store.revokeCredentials({ id: credentialId }, this.now());
    await this.audit(actor, 'credential.revoked', credentialId, {});
  }

  /** Writes one audit entry. */
  async audit(
    actor: Actor,
    action: string,
    target: string,
    detail: Record<string, unknown>,
  ): Promise<void> {
    await this.store.appendAudit({
      at: this.now(),
      actorId: 'user' in actor ? actor.user.id : null,
      actorName: 'user' in actor ? actor.user.name : actor.system,
      action,
      target,
      detail,
    });
  }

  private async startSession(user: User): Promise<string> {
    const secret = newSecret('dcp_s_');
    const now = this.now();
    await this.store.addCredential(
      {
        id: newId(),
        kind: 'session',
        userId: user.id,
        label: 'browser session',
        createdAt: now,
        expiresAt: now + this.policy.sessionTtlMs,
        revokedAt: null,
        usedAt: null,
      },
      hashSecret(secret),
    );
    return secret;
  }

  private async addLink(
    kind: 'invite' | 'reset' | 'setup',
    userId: string | null,
    label: string,
  ): Promise<string> {
    const secret = newSecret('');
    const now = this.now();
    await this.store.addCredential(
      {
        id: newId(),
        kind,
        userId,
        label,
        createdAt: now,
        expiresAt: now + this.policy.linkTtlMs,
        revokedAt: null,
        usedAt: null,
      },
      hashSecret(secret),
    );
    return `/${LINK_PATHS[kind]}/${secret}`;
  }

  private async validLink(secret: string): Promise<Credential> {
    const credential = await this.store.findCredential(hashSecret(secret));
    if (!credential || !LINK_PATHS[credential.kind]) {
      throw new ApiError(
        404,
        'link_unknown',
        'This link is not valid. Ask the Secretariat for a new one.',
      );
    }
    if (credential.usedAt !== null || !this.isLive(credential)) {
      throw new ApiError(
        410,
        'link_expired',
        'This link was already used or has expired. Ask the Secretariat for a new one.',
      );
    }
    return credential;
  }

  private isLive(credential: Credential): boolean {
    return (
      credential.revokedAt === null &&
      (credential.expiresAt === null || credential.expiresAt > this.now())
    );
  }

  private async requireUser(userId: string): Promise<User> {
    const user = await this.store.getUser(userId);
    if (!user) throw new ApiError(404, 'user_unknown', 'No such person.');
    return user;
  }
}
