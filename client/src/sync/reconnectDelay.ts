/**
 * How long to wait before the next connection attempt: exponential backoff with "equal jitter"
 * (half the window fixed, half random), so a flaky link is retried quickly at first, a server
 * that is down is not hammered, and the many browsers a restart disconnects do not all come
 * back in the same instant.
 */

/** Backoff settings. */
export interface ReconnectPolicy {
  /** Window of the first retry, in ms. */
  readonly baseMs: number;
  /** Largest window, in ms. */
  readonly maxMs: number;
}

/** The policy the editor uses: first retry within 0.5 s, then up to 15 s apart. */
export const defaultReconnectPolicy: ReconnectPolicy = { baseMs: 500, maxMs: 15_000 };

/**
 * Delay before retry number `attempt` (0 for the first retry after a drop), in whole ms.
 * `random` returns a number in [0, 1); the result lies in [window / 2, window] where
 * window = min(maxMs, baseMs * 2^attempt).
 */
export function reconnectDelay(
  attempt: number,
  random: () => number,
  policy: ReconnectPolicy = defaultReconnectPolicy,
): number {
  const safeAttempt = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  const window = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(safeAttempt, 30));
  const unit = Math.min(Math.max(random(), 0), 1);
  return Math.round(window / 2 + (window / 2) * unit);
}
