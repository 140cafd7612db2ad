/**
 * Who is in which cell of this table now, from awareness, refreshed at most every 100 ms
 * (carets moving inside a cell are awareness changes too), and publishing of my own cell.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { CELL_PRESENCE_FIELD, peopleByCell, type PersonInCell } from './cellPresence';

const REFRESH_MS = 100;

/** Other people by cell key (cellPresence.cellKey) in table `table`. */
export function useCellPresence(
  awareness: Awareness,
  table: string,
): ReadonlyMap<string, readonly PersonInCell[]> {
  const store = useMemo(() => {
    const read = () =>
      JSON.stringify([...peopleByCell(awareness.getStates(), awareness.clientID, table)]);
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
  }, [awareness, table]);
  const serialized = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return useMemo(
    () => new Map(JSON.parse(serialized) as Array<[string, PersonInCell[]]>),
    [serialized],
  );
}

/** Publishes the cell I am in (null: none) in my awareness state, and clears it on leaving. */
export function usePublishCell(
  awareness: Awareness,
  table: string,
  cell: { readonly row: string; readonly column: string } | null,
): void {
  const row = cell?.row ?? null;
  const column = cell?.column ?? null;
  useEffect(() => {
    awareness.setLocalStateField(
      CELL_PRESENCE_FIELD,
      row !== null && column !== null ? { table, row, column } : null,
    );
  }, [awareness, table, row, column]);
  useEffect(() => () => awareness.setLocalStateField(CELL_PRESENCE_FIELD, null), [awareness]);
}
