/**
 * What went wrong with an API request, in the server's own terms: the HTTP status, the stable
 * error id, a message for people and, for form input, one message per field. Reading the body
 * is pure so it is tested without a server; anything unexpected becomes a plain message.
 */

/** A failed API request. */
export class ApiRequestError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The server's error id (e.g. invalid_credentials), or `network` / `unexpected`. */
    readonly id: string,
    message: string,
    /** One message per field name, for forms. */
    readonly fields: Readonly<Record<string, string>> = {},
    /** Seconds the server asked to wait (Retry-After), if any. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an error response body `{ error: { id, message, fields? } }` into an ApiRequestError. */
export function readApiError(
  status: number,
  body: unknown,
  retryAfterHeader: string | null = null,
): ApiRequestError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const id = typeof error.id === 'string' ? error.id : 'unexpected';
  const message =
    typeof error.message === 'string' && error.message.trim() !== ''
      ? error.message
      : `The server answered ${status}. Please try again.`;
  const fields: Record<string, string> = {};
  if (isRecord(error.fields)) {
    for (const [name, text] of Object.entries(error.fields)) {
      if (typeof text === 'string') fields[name] = text;
    }
  }
  const seconds = retryAfterHeader === null ? NaN : Number(retryAfterHeader);
  return new ApiRequestError(
    status,
    id,
    message,
    fields,
    Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null,
  );
}

/** The error for a request that never got an answer (offline, server down). */
export function networkError(): ApiRequestError {
  return new ApiRequestError(
    0,
    'network',
    'The server could not be reached. Check your connection and try again.',
  );
}
