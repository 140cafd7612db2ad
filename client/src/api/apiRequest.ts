/**
 * The one way the browser calls the JSON API: same-origin fetch (so the session cookie goes
 * along and the server's origin check passes), JSON in and out, failures as ApiRequestError.
 * A 401 from any route but sign-in means the session ended: the account store is told, and
 * the app shows the sign-in page.
 */
import type { ApiRequestError } from './apiError';
import { networkError, readApiError } from './apiError';

type UnauthenticatedHandler = (error: ApiRequestError) => void;

let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/** Registers what to do when a request finds the session gone (one handler; the account store). */
export function onUnauthenticated(handler: UnauthenticatedHandler | null): void {
  unauthenticatedHandler = handler;
}

/** Options of apiRequest. */
export interface ApiRequestOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /** Do not report a 401 as an ended session (sign-in, "who am I", links). */
  readonly expectUnauthenticated?: boolean;
}

/** Calls `path` and returns the parsed JSON body; throws ApiRequestError on failure. */
export async function apiRequest(path: string, options: ApiRequestOptions = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      signal: options.signal,
      credentials: 'same-origin',
      headers:
        options.body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  const error = readApiError(response.status, body, response.headers.get('retry-after'));
  if (error.status === 401 && !options.expectUnauthenticated) unauthenticatedHandler?.(error);
  throw error;
}
