/**
 * Which browser origins may call the API and open websockets: the configured ORIGINS, or, when
 * none are configured, the server's own origin (the Host the request was sent to). Requests
 * without an Origin header come from scripts, not browsers, and are judged by their token.
 */
import type { Context } from 'hono';

/** Whether `origin` may act on this server for request `c`. */
export function isAllowedOrigin(
  origin: string | undefined,
  c: Context,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowed.length > 0) return allowed.includes(origin);
  const host = c.req.header('host');
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
