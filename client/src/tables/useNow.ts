/**
 * The current time, refreshed every `intervalMs`, so countdowns and read-only states change
 * on their own when the deadline passes.
 */
import { useEffect, useState } from 'react';

/** Milliseconds since the epoch, updated every `intervalMs`. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
