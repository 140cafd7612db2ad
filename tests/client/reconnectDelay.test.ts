// Reconnect policy: exponential backoff with equal jitter, capped.
import { describe, expect, it } from 'vitest';
import { defaultReconnectPolicy, reconnectDelay } from '../../client/src/sync/reconnectDelay';

const policy = { baseMs: 500, maxMs: 15_000 };

describe('reconnectDelay', () => {
  it('waits between half and all of a window that doubles with each attempt', () => {
    expect(reconnectDelay(0, () => 0, policy)).toBe(250);
    expect(reconnectDelay(0, () => 0.999999, policy)).toBe(500);
    expect(reconnectDelay(1, () => 0, policy)).toBe(500);
    expect(reconnectDelay(1, () => 0.999999, policy)).toBe(1000);
    expect(reconnectDelay(3, () => 0.5, policy)).toBe(3000);
  });

  it('never exceeds the maximum, even after very many attempts', () => {
    for (const attempt of [5, 6, 10, 50, 1_000, Number.MAX_SAFE_INTEGER]) {
      const delay = reconnectDelay(attempt, () => 0.999999, policy);
      expect(delay).toBeLessThanOrEqual(policy.maxMs);
      expect(delay).toBeGreaterThanOrEqual(policy.maxMs / 2);
    }
  });

  it('spreads clients out: different random draws give different delays', () => {
    const draws = [0.05, 0.3, 0.55, 0.8];
    const delays = draws.map((value) => reconnectDelay(4, () => value, policy));
    expect(new Set(delays).size).toBe(draws.length);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(4000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(8000);
  });

  it('treats odd inputs safely (negative or fractional attempts, random out of range)', () => {
    expect(reconnectDelay(-3, () => 0, policy)).toBe(250);
    expect(reconnectDelay(Number.NaN, () => 0, policy)).toBe(250);
    expect(reconnectDelay(1.7, () => 0, policy)).toBe(500);
    expect(reconnectDelay(0, () => 7, policy)).toBe(500);
    expect(reconnectDelay(0, () => -1, policy)).toBe(250);
  });

  it('uses a first retry within half a second by default', () => {
    expect(reconnectDelay(0, () => 0.999999)).toBeLessThanOrEqual(defaultReconnectPolicy.baseMs);
  });
});
