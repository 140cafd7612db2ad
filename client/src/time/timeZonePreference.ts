/**
 * The time zone a person reads and enters times in: the browser's own by default, changeable,
 * remembered per person in this browser (localStorage), and shared by every component on the
 * page through a small store, so changing it on one page changes it everywhere at once.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { isValidTimeZone } from '../../../shared/time/zonedTime';

const CHANGE_EVENT = 'dc-planner:time-zone';
const keyOf = (personId: string): string => `dc-planner:time-zone:${personId}`;

/** The browser's own time zone (UTC when it cannot tell). */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

const read = (personId: string): string => {
  try {
    const stored = window.localStorage.getItem(keyOf(personId));
    if (stored && isValidTimeZone(stored)) return stored;
  } catch {
    // Storage may be unavailable (private mode): the browser's zone is used.
  }
  return browserTimeZone();
};

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
};

/** The person's time zone and a function that changes (and remembers) it. */
export function useTimeZone(personId: string): readonly [string, (zone: string) => void] {
  const zone = useSyncExternalStore(subscribe, () => read(personId));
  const setZone = useCallback(
    (next: string) => {
      if (!isValidTimeZone(next)) return;
      try {
        window.localStorage.setItem(keyOf(personId), next);
      } catch {
        // Not remembered, but still used for this page.
      }
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    [personId],
  );
  return [zone, setZone] as const;
}
