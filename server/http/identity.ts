/**
 * Who is making a request: the session cookie (browsers) or an `Authorization: Bearer` API
 * token (scripts, tests). Routes declare what they need with requireIdentity / requireRole;
 * the identity is resolved once per request and kept in the context.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Role } from '../../shared/access/roles';
import type { AccountService, Identity } from '../accounts/AccountService';
import { ApiError } from './ApiError';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'dcp_session';

/** Context variables set by the identity middleware. */
export interface IdentityVariables {
  identity: Identity | null;
}

/** The app type every route module registers on. */
export type AppHono = Hono<{ Variables: IdentityVariables }>;

/** The secret a request presents: bearer token first, then the session cookie. */
export function presentedSecret(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim() || null;
  return getCookie(c, SESSION_COOKIE) ?? null;
}

/** Resolves the identity of every request into `c.var.identity` (null when anonymous). */
export function resolveIdentity(
  accounts: AccountService,
): MiddlewareHandler<{ Variables: IdentityVariables }> {
  return async (c, next) => {
    const secret = presentedSecret(c);
    c.set('identity', secret ? await accounts.authenticate(secret) : null);
    await next();
  };
}

/** The request's identity, or a 401. */
export function requireIdentity(c: Context<{ Variables: IdentityVariables }>): Identity {
  const identity = c.get('identity');
  if (!identity) throw new ApiError(401, 'unauthenticated', 'Please sign in.');
  return identity;
}

/** The request's identity if it has one of `roles`, else 401/403. */
export function requireRole(
  c: Context<{ Variables: IdentityVariables }>,
  ...roles: Role[]
): Identity {
  const identity = requireIdentity(c);
  if (!roles.includes(identity.user.role)) {
    throw new ApiError(403, 'forbidden', 'Only the Secretariat can do this.');
  }
  return identity;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS. */
export function setSessionCookie(c: Context, secret: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
