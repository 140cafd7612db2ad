/**
 * Who is in which cell of this table now, from awareness, refreshed at most every 100 ms
 * (carets moving inside a cell are awareness changes too), and publishing of my own cell.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useAwarenessSnapshot } from '../presence/useAwarenessSnapshot';
import { CELL_PRESENCE_FIELD, peopleByCell, type PersonInCell } from './cellPresence';

const REFRESH_MS = 100;

/** Other people by cell key (cellPresence.cellKey) in table `table`. */
export function useCellPresence(
  awareness: Awareness,
  table: string,
): ReadonlyMap<string, readonly PersonInCell[]> {
  const readCells = useCallback(
    (current: Awareness) => [...peopleByCell(current.getStates(), current.clientID, table)],
    [table],
  );
  const entries = useAwarenessSnapshot(awareness, readCells, REFRESH_MS);
  return useMemo(() => new Map(entries), [entries]);
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
