/**
 * The comments of one mapping table: threads on cells, in row then column order (threads on
 * removed rows or columns last, marked), how many open threads each cell has (for the cell
 * indicator), which thread is active, whether the sidebar is shown, and starting a thread on
 * a cell (its plain text is the quote). The thread in the address (?thread=) opens first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ThreadView } from '../../../shared/comments/readThreads';
import type { CellAnchor, ThreadKind } from '../../../shared/comments/threadSchema';
import { cellPlainText } from '../../../shared/tables/cellPlainText';
import type { TableView } from '../../../shared/tables/readTable';
import { existingCellText } from '../../../shared/tables/tableSchema';
import { canComment, type CommentViewer } from './commentAbilities';
import { showThreadInAddress, subscribeThreadInAddress, threadInAddress } from './threadLink';
import { MAX_QUOTE, startThread } from './threadActions';
import { cellPlace, orderThreads } from './threadOrder';
import { useThreads } from './useThreads';

/** Key of a cell in the per-cell counts. */
export const cellThreadKey = (rowId: string, columnId: string): string =>
  `${rowId}\u0000${columnId}`;

/** The grid cell of row `rowId` and column `columnId`, if shown. */
const cellElement = (rowId: string, columnId: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(
    `[data-testid="table-cell"][data-row="${CSS.escape(rowId)}"][data-column="${CSS.escape(columnId)}"]`,
  );

/** What the table screen needs to show comments. */
export interface TableComments {
  readonly threads: readonly ThreadView[];
  readonly openCount: number;
  /** Open threads per cell (cellThreadKey). */
  readonly openByCell: ReadonlyMap<string, number>;
  readonly isDetached: (thread: ThreadView) => boolean;
  readonly locationOf: (thread: ThreadView) => string | undefined;
  readonly activeId: string | null;
  /** The cell of the active thread, if any. */
  readonly activeCell: { readonly rowId: string; readonly columnId: string } | null;
  readonly select: (threadId: string) => void;
  readonly sidebarOpen: boolean;
  readonly setSidebarOpen: (open: boolean) => void;
  readonly draft: { readonly quote: string; readonly location: string } | null;
  readonly commentOnCell: (rowId: string, columnId: string) => void;
  readonly showCellThreads: (rowId: string, columnId: string) => void;
  readonly createThread: (kind: ThreadKind, body: string) => void;
  readonly cancelDraft: () => void;
  readonly notice: string | null;
}

/** The comments of the table in `doc`. */
export function useTableComments(
  doc: Y.Doc,
  table: TableView,
  viewer: CommentViewer,
  rowName: (row: TableView['rows'][number]) => string,
): TableComments {
  const threads = useThreads(doc);
  const [activeId, setActiveId] = useState<string | null>(threadInAddress);
  const [sidebarOpen, setSidebarOpen] = useState(activeId !== null);
  const [draft, setDraft] = useState<{
    anchor: CellAnchor;
    quote: string;
    location: string;
  } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const viewerRef = useRef(viewer);
  viewerRef.current = viewer;

  const cellThreads = useMemo(
    () => threads.filter((thread) => thread.anchor.kind === 'cell'),
    [threads],
  );
  const ordered = useMemo(
    () =>
      orderThreads(
        cellThreads,
        cellPlace(
          table.rows.map((row) => row.id),
          table.columns.map((column) => column.id),
        ),
      ),
    [cellThreads, table.rows, table.columns],
  );
  const orderedRef = useRef(ordered);
  orderedRef.current = ordered;
  const openByCell = useMemo(() => {
    const counts = new Map<string, number>();
    for (const thread of cellThreads) {
      if (thread.status !== 'open' || thread.anchor.kind !== 'cell') continue;
      const key = cellThreadKey(thread.anchor.rowId, thread.anchor.columnId);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }, [cellThreads]);

  const locate = useCallback(
    (rowId: string, columnId: string): string | null => {
      const row = table.rows.find((candidate) => candidate.id === rowId);
      const column = table.columns.find((candidate) => candidate.id === columnId);
      return row && column ? `${rowName(row)}, ${column.title}` : null;
    },
    [table.rows, table.columns, rowName],
  );
  const isDetached = useCallback(
    (thread: ThreadView) =>
      thread.anchor.kind !== 'cell' || locate(thread.anchor.rowId, thread.anchor.columnId) === null,
    [locate],
  );
  const locationOf = useCallback(
    (thread: ThreadView) =>
      thread.anchor.kind === 'cell'
        ? (locate(thread.anchor.rowId, thread.anchor.columnId) ?? undefined)
        : undefined,
    [locate],
  );

  useEffect(() => showThreadInAddress(activeId), [activeId]);

  const active = cellThreads.find((thread) => thread.id === activeId);
  const activeCell =
    active && active.anchor.kind === 'cell'
      ? { rowId: active.anchor.rowId, columnId: active.anchor.columnId }
      : null;

  const commentOnCell = useCallback(
    (rowId: string, columnId: string) => {
      if (!canComment(viewerRef.current)) {
        setNotice(
          viewerRef.current.access === null
            ? 'Checking what you may do here… try again in a moment.'
            : 'You can read this table but not comment on it.',
        );
        return;
      }
      const location = locate(rowId, columnId);
      if (location === null) return;
      const fragment = existingCellText(doc, rowId, columnId);
      setNotice(null);
      setDraft({
        anchor: { kind: 'cell', rowId, columnId },
        quote: fragment ? cellPlainText(fragment).slice(0, MAX_QUOTE) : '',
        location,
      });
      setSidebarOpen(true);
    },
    [doc, locate],
  );

  const showCellThreads = useCallback((rowId: string, columnId: string) => {
    const first = orderedRef.current.find(
      (thread) =>
        thread.anchor.kind === 'cell' &&
        thread.anchor.rowId === rowId &&
        thread.anchor.columnId === columnId &&
        thread.status === 'open',
    );
    if (first) setActiveId(first.id);
    setSidebarOpen(true);
  }, []);
  const select = useCallback((threadId: string) => {
    setActiveId(threadId);
    setNotice(null);
    const thread = orderedRef.current.find((candidate) => candidate.id === threadId);
    if (thread?.anchor.kind !== 'cell') return;
    cellElement(thread.anchor.rowId, thread.anchor.columnId)?.scrollIntoView({
      block: 'center',
      inline: 'center',
      behavior: 'smooth',
    });
  }, []);

  // The thread named in the address on opening: its cell is brought into view once shown.
  const pendingScroll = useRef(activeId);
  useEffect(() => {
    const wanted = pendingScroll.current;
    if (wanted !== null && ordered.some((thread) => thread.id === wanted)) {
      pendingScroll.current = null;
      select(wanted);
    }
  }, [ordered, select]);

  useEffect(
    () =>
      subscribeThreadInAddress((threadId) => {
        setSidebarOpen(true);
        select(threadId);
      }),
    [select],
  );

  // Back to the cell after a thread is started or dropped, so the keyboard goes on from there.
  const backToCell = useCallback(() => {
    if (!draft) return;
    cellElement(draft.anchor.rowId, draft.anchor.columnId)?.focus();
  }, [draft]);

  const createThread = useCallback(
    (kind: ThreadKind, body: string) => {
      if (!draft) return;
      const id = startThread(doc, viewerRef.current.userId, {
        anchor: draft.anchor,
        quote: draft.quote,
        kind,
        body,
      });
      setDraft(null);
      if (id) setActiveId(id);
      backToCell();
    },
    [doc, draft, backToCell],
  );
  const cancelDraft = useCallback(() => {
    setDraft(null);
    backToCell();
  }, [backToCell]);

  return {
    threads: ordered,
    openCount: cellThreads.filter((thread) => thread.status === 'open').length,
    openByCell,
    isDetached,
    locationOf,
    activeId,
    activeCell,
    select,
    sidebarOpen,
    setSidebarOpen,
    draft: draft ? { quote: draft.quote, location: draft.location } : null,
    commentOnCell,
    showCellThreads,
    createThread,
    cancelDraft,
    notice,
  };
}
