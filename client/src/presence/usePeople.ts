/**
 * The people in a document right now, from its awareness, re-rendering only when someone
 * arrives, leaves or changes their name, DC or colour (not on every caret move).
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Person } from './peopleFromStates';
import { peopleFromStates } from './peopleFromStates';

/** How often the list may change while carets move, in ms. */
const REFRESH_MS = 150;

/** The people who have the document open, me first. */
export function usePeople(awareness: Awareness): Person[] {
  const store = useMemo(() => {
    const read = () => JSON.stringify(peopleFromStates(awareness.getStates(), awareness.clientID));
    let snapshot = read();
    return {
      subscribe: (onChange: () => void) => {
        // Caret moves are awareness changes too: look at most every REFRESH_MS.
        let timer: ReturnType<typeof setTimeout> | null = null;
        const refresh = () => {
          timer = null;
          const next = read();
          if (next === snapshot) return;
          snapshot = next;
          onChange();
        };
        const handleChange = () => {
          if (timer === null) timer = setTimeout(refresh, REFRESH_MS);
        };
        awareness.on('change', handleChange);
        return () => {
          awareness.off('change', handleChange);
          if (timer !== null) clearTimeout(timer);
        };
      },
      getSnapshot: () => snapshot,
    };
  }, [awareness]);
  const serialized = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return useMemo(() => JSON.parse(serialized) as Person[], [serialized]);
}
