/**
 * Accounts for browser tests: a test server whose sign-in rate limit does not get in the way
 * of many people signing in from 127.0.0.1, and people signed in through the real sign-in
 * route from their own browser context (so the HttpOnly session cookie lands in that context
 * exactly as it does for a person).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { User } from '../../../server/accounts/AccountStore';
import { hashPassword } from '../../../server/accounts/passwords';
import { presenceColor } from '../../../shared/accounts/presenceColor';
import { startTestServer, type TestServer, type TestServerOptions } from '../../helpers/testServer';
import type { TestPerson } from './browser';

/** The password every test person gets. */
export const TEST_PASSWORD = 'a long test password';

let passwordHash: Promise<string> | null = null;

/** Starts a test server serving the built client at `clientDir`, for browser tests. */
export function startBrowserTestServer(
  clientDir: string,
  options: TestServerOptions = {},
): Promise<TestServer> {
  return startTestServer({
    ...options,
    config: { clientDir, ...options.config },
    accountPolicy: { signInsPerMinute: 10_000, ...options.accountPolicy },
  });
}

/** Creates `person` on `server` as an active account with TEST_PASSWORD. */
export async function createAccount(server: TestServer, person: TestPerson): Promise<User> {
  const { user } = await server.createPerson(person.role, {
    name: person.name,
    dcs: [...person.dcs],
  });
  // scrypt is slow on purpose: hash the shared test password once per test file.
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return server.accounts.store.updateUser(user.id, {
    passwordHash: await passwordHash,
    status: 'active',
  });
}

/** Signs `user` in from `context` through POST /api/auth/sign-in; the cookie stays in it. */
export async function signInContext(
  context: BrowserContext,
  server: TestServer,
  user: Pick<User, 'email'>,
): Promise<void> {
  const response = await context.request.post(`${server.url}/api/auth/sign-in`, {
    data: { email: user.email, password: TEST_PASSWORD },
    headers: { origin: server.url },
  });
  if (!response.ok())
    throw new Error(
      `sign-in as ${user.email} answered ${response.status()}: ${await response.text()}`,
    );
}

/** A person with their own signed-in browser context. */
export interface SignedInPerson {
  readonly user: User;
  readonly context: BrowserContext;
}

/** Creates `person`'s account and a browser context signed in as them. */
export async function newSignedInContext(
  browser: Browser,
  server: TestServer,
  person: TestPerson,
): Promise<SignedInPerson> {
  const user = await createAccount(server, person);
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await signInContext(context, server, user);
  return { user, context };
}

/** The caret colour others see for `user`, as CSS computes it (rgb(r, g, b)). */
export function caretRgb(user: Pick<User, 'id'>): string {
  const hex = presenceColor(user.id);
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
