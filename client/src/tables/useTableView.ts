/**
 * The table in a Y.Doc as a plain snapshot (shared/tables/readTable), re-read after every
 * change to the doc, local or remote. Reading is cheap (rows × columns entries, not cell
 * text), so one read per transaction keeps the grid, statuses and deadline live.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readTable, type TableView } from '../../../shared/tables/readTable';

/** The current table of `doc`. */
export function useTableView(doc: Y.Doc): TableView {
  const store = useMemo(() => {
    let snapshot = readTable(doc);
    return {
      subscribe: (onChange: () => void) => {
        const handleChange = () => {
          snapshot = readTable(doc);
          onChange();
        };
        // The doc may have changed (synced) between the render and this subscription: React
        // reads the snapshot again right after subscribing, so it must be current.
        snapshot = readTable(doc);
        doc.on('afterTransaction', handleChange);
        return () => doc.off('afterTransaction', handleChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
