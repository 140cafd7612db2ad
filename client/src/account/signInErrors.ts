/**
 * What the sign-in page says when signing in fails: the server's own words for wrong
 * credentials and locked accounts, how long to wait when rate limited, and a plain message
 * when the server cannot be reached.
 */
import { ApiRequestError } from '../api/apiError';

/** The message for a failed sign-in. */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiRequestError))
    return 'Signing in did not work. Please try again in a moment.';
  if (error.status === 429) {
    const seconds = error.retryAfterSeconds;
    return seconds !== null && seconds > 0
      ? `Too many sign-in attempts from this network. Try again in ${formatWait(seconds)}.`
      : error.message;
  }
  if (error.status === 400) return 'Enter your e-mail address and your password.';
  return error.message;
}

/** "45 seconds", "1 minute", "3 minutes". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
