/**
 * Ours requires a signed-in person on /sync. On the first start of an empty data directory
 * it prints a one-time setup link; the benchmark uses it the way the first Secretariat member
 * would (POST /api/links/<secret> with a name, e-mail and password) and gives every client
 * the resulting session cookie, as a browser would send it. One person then stands for all
 * simulated collaborators, so the launcher raises the per-person connection and message
 * limits (see specs.ts).
 */
import { randomBytes } from 'node:crypto';
import { waitUntil } from '../driver/time';
import type { ServerProcess } from './ServerProcess';

const SETUP_LINK = /\/setup\/([A-Za-z0-9_-]+)/;
const SESSION_COOKIE = /(dcp_session=[^;]+)/;

/** Creates the first account of a fresh server and returns the headers clients send. */
export async function signInOurs(
  server: ServerProcess,
  port: number,
  timeoutMs: number,
): Promise<Readonly<Record<string, string>>> {
  await waitUntil(() => SETUP_LINK.test(server.outputTail()), timeoutMs, 'setup link', 20);
  const secret = SETUP_LINK.exec(server.outputTail())?.[1] ?? '';
  const response = await fetch(`http://127.0.0.1:${port}/api/links/${secret}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Benchmark',
      email: 'benchmark@example.org',
      password: `bench-${randomBytes(18).toString('base64url')}`,
    }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const cookie = SESSION_COOKIE.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!response.ok || cookie === undefined) {
    throw new Error(
      `setting up the benchmark account failed: ${response.status} ${await response.text()}`,
    );
  }
  return { cookie };
}
