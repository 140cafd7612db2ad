/**
 * Sign-in, sign-out, "who am I", and the one-time links (invitation, password reset, first-start
 * setup) that let a person set a password.
 */
import type { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AccountService } from '../accounts/AccountService';
import { DEFAULT_ACCOUNT_POLICY } from '../accounts/AccountService';
import {
  clearSessionCookie,
  presentedSecret,
  requireIdentity,
  setSessionCookie,
  type IdentityVariables,
} from './identity';
import { publicUser } from './publicUser';
import { readJson } from './readJson';

const SESSION_SECONDS = DEFAULT_ACCOUNT_POLICY.sessionTtlMs / 1000;

/** Registers the /api/auth and /api/links routes. */
export function registerAuthRoutes(
  app: Hono<{ Variables: IdentityVariables }>,
  accounts: AccountService,
): void {
  app.post('/api/auth/sign-in', async (c) => {
    const body = await readJson(c);
    const address = getConnInfo(c).remote.address ?? 'unknown';
    const { user, session } = await accounts.signIn(body['email'], body['password'], address);
    setSessionCookie(c, session, SESSION_SECONDS);
    return c.json({ user: publicUser(user) });
  });

  app.post('/api/auth/sign-out', async (c) => {
    const secret = presentedSecret(c);
    if (secret) await accounts.signOut(secret);
    clearSessionCookie(c);
    return c.json({ ok: true });
  });

  app.get('/api/me', (c) => {
    const identity = requireIdentity(c);
    return c.json({ user: publicUser(identity.user) });
  });

  app.get('/api/links/:secret', async (c) => {
    const { kind, user } = await accounts.describeLink(c.req.param('secret'));
    return c.json({ kind, user: user ? publicUser(user) : null });
  });

  app.post('/api/links/:secret', async (c) => {
    const body = await readJson(c);
    const { user, session } = await accounts.useLink(c.req.param('secret'), body['password'], {
      name: body['name'],
      email: body['email'],
    });
    setSessionCookie(c, session, SESSION_SECONDS);
    return c.json({ user: publicUser(user) });
  });
}
