/**
 * The threads of a Y.Doc (root map `threads`) as plain views, re-read when anything inside the
 * map changes, local or remote. Reads are throttled (at most one per beat) so a burst of
 * remote changes, or typing in a comment of a long thread, does not re-render the sidebar on
 * every update; the first change of a quiet period is shown at once.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readThreads, type ThreadView } from '../../../shared/comments/readThreads';
import { THREADS_ROOT } from '../../../shared/comments/threadSchema';

/** How often the threads are re-read at most, in milliseconds. */
const THROTTLE_MS = 120;

/** The threads of `doc`, in creation order; updated live. */
export function useThreads(doc: Y.Doc): readonly ThreadView[] {
  const store = useMemo(() => {
    let snapshot: readonly ThreadView[] = readThreads(doc);
    return {
      subscribe: (onChange: () => void) => {
        const map = doc.getMap<unknown>(THREADS_ROOT);
        let timer: ReturnType<typeof setTimeout> | null = null;
        let last = 0;
        const read = () => {
          timer = null;
          last = Date.now();
          snapshot = readThreads(doc);
          onChange();
        };
        const handleChange = () => {
          if (timer !== null) return;
          const wait = Math.max(0, last + THROTTLE_MS - Date.now());
          if (wait === 0) read();
          else timer = setTimeout(read, wait);
        };
        // The doc may have synced between the render and this subscription.
        snapshot = readThreads(doc);
        map.observeDeep(handleChange);
        return () => {
          map.unobserveDeep(handleChange);
          if (timer !== null) clearTimeout(timer);
        };
      },
      getSnapshot: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
