/**
 * Threads in the order of what they are attached to, as a reader meets them: text threads by
 * where their anchor resolves now, cell threads by row then column order of the table. Threads
 * whose text was deleted (or whose cell is gone) come last; ties keep creation order.
 */
import type { ThreadView } from '../../../shared/comments/readThreads';

/** A resolved text range, or null for deleted text. */
export type ResolvedRange = { readonly from: number; readonly to: number } | null;

/** Where each thread sits: a sortable key, or null when its target is gone. */
export type ThreadPlace = (thread: ThreadView) => readonly number[] | null;

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** `threads` sorted by `placeOf`, gone targets last, creation order within ties. */
export function orderThreads(threads: readonly ThreadView[], placeOf: ThreadPlace): ThreadView[] {
  const placed = threads.map((thread, index) => ({ thread, index, key: placeOf(thread) }));
  placed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else {
      const byKey = compareKeys(a.key, b.key);
      if (byKey !== 0) return byKey;
    }
    return a.thread.createdAt - b.thread.createdAt || a.index - b.index;
  });
  return placed.map((entry) => entry.thread);
}

/** The place of text threads, from the ranges their anchors resolve to now. */
export function textPlace(ranges: ReadonlyMap<string, ResolvedRange>): ThreadPlace {
  return (thread) => {
    const range = ranges.get(thread.id);
    return range ? [range.from, range.to] : null;
  };
}

/** The place of cell threads, from the table's row and column order. */
export function cellPlace(rowIds: readonly string[], columnIds: readonly string[]): ThreadPlace {
  const rows = new Map(rowIds.map((id, index) => [id, index]));
  const columns = new Map(columnIds.map((id, index) => [id, index]));
  return (thread) => {
    const anchor = thread.anchor;
    if (anchor.kind !== 'cell') return null;
    const row = rows.get(anchor.rowId);
    const column = columns.get(anchor.columnId);
    return row === undefined || column === undefined ? null : [row, column];
  };
}
