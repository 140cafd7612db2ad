/**
 * The one error type that crosses HTTP: a status, a stable id clients can switch on, a message
 * for people, and, for bad form input, a message per field. app.onError renders it as
 * `{ error: { id, message, fields? } }`.
 */

/** An error with an HTTP status and a stable id. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 423 | 429 | 500 | 503,
    readonly id: string,
    message: string,
    readonly fields?: Readonly<Record<string, string>>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A 400 naming each bad field. */
export function invalidInput(fields: Record<string, string>): ApiError {
  const names = Object.keys(fields);
  return new ApiError(400, 'invalid_input', `Please correct: ${names.join(', ')}.`, fields);
}
