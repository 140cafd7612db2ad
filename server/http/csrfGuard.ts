/**
 * Cross-site request protection for state-changing API requests: a browser request from a
 * foreign origin (Origin header, or Sec-Fetch-Site: cross-site) is refused with 403 before
 * any handler runs. Together with SameSite=Lax cookies this stops cross-site form posts.
 */
import type { MiddlewareHandler } from 'hono';
import { isAllowedOrigin } from './originPolicy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses unsafe requests from foreign origins. */
export function csrfGuard(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const foreign =
        origin !== undefined
          ? !isAllowedOrigin(origin, c, allowed)
          : c.req.header('sec-fetch-site') === 'cross-site';
      if (foreign) {
        return c.json(
          {
            error: {
              id: 'forbidden_origin',
              message: 'Requests from other sites are not allowed.',
            },
          },
          403,
        );
      }
    }
    await next();
  };
}
