/**
 * A value derived from a document's awareness states that re-renders only when the value
 * changes, looking at most every `refreshMs`: caret moves are awareness changes too, and
 * re-rendering on each of them would cost every screen a render per keystroke of anyone.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/**
 * `derive(awareness)`, kept current. `derive` must return JSON-safe data and be stable between
 * renders (a module function, or wrapped in useCallback with its inputs).
 */
export function useAwarenessSnapshot<T>(
  awareness: Awareness,
  derive: (awareness: Awareness) => T,
  refreshMs: number,
): T {
  const store = useMemo(() => {
    const read = () => JSON.stringify(derive(awareness));
    let snapshot = read();
    return {
      subscribe: (onChange: () => void) => {
        let timer: ReturnType<typeof setTimeout> | null = null;
        const refresh = () => {
          timer = null;
          const next = read();
          if (next === snapshot) return;
          snapshot = next;
          onChange();
        };
        const handleChange = () => {
          if (timer === null) timer = setTimeout(refresh, refreshMs);
        };
        awareness.on('change', handleChange);
        return () => {
          awareness.off('change', handleChange);
          if (timer !== null) clearTimeout(timer);
        };
      },
      getSnapshot: () => snapshot,
    };
  }, [awareness, derive, refreshMs]);
  const serialized = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return useMemo(() => JSON.parse(serialized) as T, [serialized]);
}
