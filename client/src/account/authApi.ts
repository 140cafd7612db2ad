/**
 * The account calls of the API: who am I, sign in, sign out, and the one-time links
 * (invitation, password reset, first-start setup) that let a person set a password.
 */
import { apiRequest } from '../api/apiRequest';
import type { Account } from './account';
import { accountFromBody, parseAccount } from './account';

/** GET /api/me: the signed-in person; throws ApiRequestError (401 when signed out). */
export async function fetchMe(signal?: AbortSignal): Promise<Account> {
  return accountFromBody(await apiRequest('/api/me', { signal, expectUnauthenticated: true }));
}

/** POST /api/auth/sign-in; the server sets the session cookie. */
export async function signIn(email: string, password: string): Promise<Account> {
  return accountFromBody(
    await apiRequest('/api/auth/sign-in', {
      method: 'POST',
      body: { email, password },
      expectUnauthenticated: true,
    }),
  );
}

/** POST /api/auth/sign-out; the server ends the session and clears the cookie. */
export async function signOut(): Promise<void> {
  await apiRequest('/api/auth/sign-out', { method: 'POST', expectUnauthenticated: true });
}

/** What a one-time link is for. */
export type LinkKind = 'invite' | 'reset' | 'setup';

/** A valid one-time link: its kind and, except for setup, whose it is. */
export interface LinkInfo {
  readonly kind: LinkKind;
  readonly user: Account | null;
}

const LINK_KINDS: readonly string[] = ['invite', 'reset', 'setup'];

/** GET /api/links/:secret; throws ApiRequestError (404 unknown, 410 used or expired). */
export async function fetchLink(secret: string, signal?: AbortSignal): Promise<LinkInfo> {
  const body = await apiRequest(`/api/links/${encodeURIComponent(secret)}`, {
    signal,
    expectUnauthenticated: true,
  });
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const kind = record.kind;
  if (typeof kind !== 'string' || !LINK_KINDS.includes(kind))
    throw new Error('The server sent an unexpected answer about this link.');
  return { kind: kind as LinkKind, user: parseAccount(record.user) };
}

/** POST /api/links/:secret: sets the password (and, for setup, name and e-mail); signs in. */
export async function redeemLink(
  secret: string,
  input: { password: string; name?: string; email?: string },
): Promise<Account> {
  return accountFromBody(
    await apiRequest(`/api/links/${encodeURIComponent(secret)}`, {
      method: 'POST',
      body: input,
      expectUnauthenticated: true,
    }),
  );
}
