/**
 * The content of one cell, re-read whenever its text changes (someone typing in it, here or
 * in another browser). Each cell listens only to its own fragment.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readCellContent, type CellNode } from './cellContent';

const empty: CellNode[] = [];
const noSubscription = () => () => undefined;

/** The nodes of `fragment` (an empty list for a cell that does not exist yet). */
export function useCellContent(fragment: Y.XmlFragment | null): readonly CellNode[] {
  const store = useMemo(() => {
    if (fragment === null) return { subscribe: noSubscription, getSnapshot: () => empty };
    let snapshot = readCellContent(fragment);
    return {
      subscribe: (onChange: () => void) => {
        const handleChange = () => {
          snapshot = readCellContent(fragment);
          onChange();
        };
        // Changes between the render and this subscription must not be missed.
        snapshot = readCellContent(fragment);
        fragment.observeDeep(handleChange);
        return () => fragment.unobserveDeep(handleChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [fragment]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
