/**
 * The table as a spreadsheet-like grid (WAI-ARIA grid pattern): one Tab stop, arrows move
 * between cells, Enter edits (or, in a row's first column, opens its status), Escape leaves,
 * Tab and Shift+Tab move along the rows. The header row and the first column stay in view
 * while scrolling. A cell the person may not change is never opened: Enter explains why
 * instead. The cell I am in is published to others, and theirs are shown on the cells.
 * Ctrl+Alt+M on a cell (or in its editor) starts a comment thread on it.
 */
import type { CSSProperties, FocusEvent, KeyboardEvent } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ColumnView, RowView, TableView } from '../../../shared/tables/readTable';
import { existingCellText, type RowStatus } from '../../../shared/tables/tableSchema';
import { setRowStatus } from '../../../shared/tables/tableOperations';
import type { Account } from '../account/account';
import { isCommentShortcut } from '../comments/threadLink';
import { cellThreadKey } from '../comments/useTableComments';
import type { DocumentSession } from '../sync/documentSession';
import { cellKey } from './cellPresence';
import { GridCell } from './GridCell';
import { clampPosition, moveForKey, movePosition, type GridPosition } from './gridNavigation';
import { ROW_HEAD, RowHead } from './RowHead';
import { rowAbility, rowLabel, type TableViewer } from './tableAbilities';
import { useCellPresence, usePublishCell } from './useCellPresence';

/** Props of TableGrid. */
export interface TableGridProps {
  readonly session: DocumentSession;
  readonly table: TableView;
  /** The rows and columns shown (after filters). */
  readonly rows: readonly RowView[];
  readonly columns: readonly ColumnView[];
  readonly account: Account;
  readonly viewer: TableViewer;
  readonly now: number;
  /** Says something to the person (a refusal, a change made). */
  readonly onNotice: (message: string | null) => void;
  /** Open comment threads per cell (cellThreadKey). */
  readonly openThreads: ReadonlyMap<string, number>;
  /** The cell of the active comment thread. */
  readonly threadCell: { readonly rowId: string; readonly columnId: string } | null;
  readonly canComment: boolean;
  /** Starts a thread on a cell (the button, or Ctrl+Alt+M on the focused cell). */
  readonly onComment: (rowId: string, columnId: string) => void;
  readonly onShowThreads: (rowId: string, columnId: string) => void;
}

const nobody: readonly never[] = [];

/** The column name published in awareness for a row's first column (its status). */
const STATUS_PRESENCE = 'status';

/** Widths of the first column and of each other column, in CSS pixels (wide screens). */
const FIRST_COLUMN_PX = 220;
const COLUMN_PX = 250;

const positionKey = (position: GridPosition): string => `${position.row}:${position.column}`;

/** The grid. */
export function TableGrid({
  session,
  table,
  rows,
  columns,
  account,
  viewer,
  now,
  onNotice,
  openThreads,
  threadCell,
  canComment,
  onComment,
  onShowThreads,
}: TableGridProps) {
  const gridRef = useRef<HTMLTableElement>(null);
  const statusRefs = useRef(new Map<string, HTMLSelectElement>());
  const [active, setActive] = useState<{ row: string; column: string } | null>(null);
  // The cell being edited, by ids: if its row or column goes away, no other cell opens instead.
  const [editingCell, setEditingCell] = useState<{
    row: string;
    column: string;
    /** A character typed on the cell that opened it (spreadsheet style), written first. */
    firstText?: string;
  } | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [hasFocus, setHasFocus] = useState(false);
  const people = useCellPresence(session.awareness, session.name);

  const size = { rows: rows.length, columns: columns.length + 1 };
  const rowIndex = active ? rows.findIndex((row) => row.id === active.row) : -1;
  const columnIndex =
    active === null
      ? -1
      : active.column === ROW_HEAD
        ? 0
        : 1 + columns.findIndex((c) => c.id === active.column);
  // The active cell as an index; a cell whose row or column went away falls back to a neighbour.
  const position: GridPosition =
    rowIndex >= 0 && columnIndex >= 0
      ? { row: rowIndex, column: columnIndex }
      : clampPosition({ row: Math.max(rowIndex, 0), column: Math.max(columnIndex, 0) }, size);
  const activeRow = rows[position.row];
  const activeColumnId =
    position.column === 0 ? ROW_HEAD : (columns[position.column - 1]?.id ?? ROW_HEAD);

  usePublishCell(
    session.awareness,
    session.name,
    hasFocus && activeRow ? { row: activeRow.id, column: activeColumnId || STATUS_PRESENCE } : null,
  );

  const abilityOf = useCallback(
    (row: RowView) => rowAbility(viewer, table, row, now),
    [viewer, table, now],
  );

  // A row that turns read-only (deadline passed, access taken away) stops being edited.
  const activeAbility = activeRow ? abilityOf(activeRow) : null;
  useEffect(() => {
    if (editingCell && activeAbility && !activeAbility.allowed) {
      setEditingCell(null);
      onNotice(activeAbility.reason);
    }
  }, [editingCell, activeAbility, onNotice]);

  // A cell whose row or column was removed (or filtered out) while being edited is closed.
  const editedShown =
    editingCell !== null &&
    rows.some((row) => row.id === editingCell.row) &&
    columns.some((column) => column.id === editingCell.column);
  useEffect(() => {
    if (editingCell !== null && !editedShown) setEditingCell(null);
  }, [editingCell, editedShown]);

  // Moves focus to the active cell after the render that made it active (or left its editor).
  const activeKey = positionKey(position);
  const activeKeyRef = useRef(activeKey);
  activeKeyRef.current = activeKey;
  useLayoutEffect(() => {
    if (focusRequest === 0) return;
    gridRef.current
      ?.querySelector<HTMLElement>(`[data-grid-position="${activeKeyRef.current}"]`)
      ?.focus();
  }, [focusRequest]);

  const goTo = useCallback(
    (next: GridPosition) => {
      const row = rows[next.row];
      if (!row) return;
      setActive({
        row: row.id,
        column: next.column === 0 ? ROW_HEAD : (columns[next.column - 1]?.id ?? ROW_HEAD),
      });
      setFocusRequest((count) => count + 1);
    },
    [rows, columns],
  );

  const startEditing = useCallback(
    (rowId: string, columnId: string, firstText?: string) => {
      const row = rows.find((candidate) => candidate.id === rowId);
      if (!row) return;
      setActive({ row: rowId, column: columnId });
      const ability = abilityOf(row);
      if (!ability.allowed) {
        onNotice(ability.reason);
        setFocusRequest((count) => count + 1);
        return;
      }
      onNotice(null);
      if (columnId === ROW_HEAD) {
        statusRefs.current.get(rowId)?.focus();
        return;
      }
      // Missing cells are the server's to create (SPEC T4, T5): two creations at once would keep
      // only one of them, and what was typed into the other would be lost.
      if (existingCellText(session.doc, rowId, columnId) === null) {
        onNotice('This cell is still being set up. Try again in a moment.');
        setFocusRequest((count) => count + 1);
        return;
      }
      setEditingCell({ row: rowId, column: columnId, firstText });
    },
    [rows, abilityOf, onNotice, session.doc],
  );

  const leave = useCallback(() => {
    setEditingCell(null);
    setFocusRequest((count) => count + 1);
  }, []);

  const moveFromEditor = useCallback(
    (direction: 'next' | 'previous') => {
      setEditingCell(null);
      const next = movePosition(position, direction, size);
      if (next) goTo(next);
      else setFocusRequest((count) => count + 1);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [position.row, position.column, size.rows, size.columns, goTo],
  );

  const activate = useCallback((rowId: string, columnId: string) => {
    setActive({ row: rowId, column: columnId });
    // Activating the cell being edited (a tap's late mousedown) keeps it open.
    setEditingCell((current) =>
      current !== null && current.row === rowId && current.column === columnId ? current : null,
    );
  }, []);

  const changeStatus = useCallback(
    (rowId: string, status: RowStatus) => {
      setRowStatus(session.doc, rowId, {
        status,
        userId: account.id,
        userName: account.name,
        at: new Date().toISOString(),
      });
    },
    [session.doc, account.id, account.name],
  );

  const handleKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    // Ctrl+Alt+M comments on the cell, from the cell or from inside its editor.
    if (isCommentShortcut(event)) {
      const owner = target.closest<HTMLElement>('[data-testid="table-cell"]');
      if (owner?.dataset.row && owner.dataset.column) {
        event.preventDefault();
        onComment(owner.dataset.row, owner.dataset.column);
      }
      return;
    }
    // Keys typed inside an editor, a select or a link form are theirs.
    if (!target.hasAttribute('data-grid-position')) return;
    if (event.altKey) return;
    const move = moveForKey(event);
    if (move) {
      const next = movePosition(position, move, size);
      if (next === null) return; // Tab past the ends: leave the grid.
      event.preventDefault();
      goTo(next);
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (activeRow) startEditing(activeRow.id, activeColumnId);
    } else if (event.key === 'Escape') {
      onNotice(null);
    } else if (
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      activeRow &&
      activeColumnId !== ROW_HEAD
    ) {
      // Typing on a cell starts writing in it, as in a spreadsheet (keeping what is there).
      event.preventDefault();
      startEditing(activeRow.id, activeColumnId, event.key);
    }
  };

  const handleFocus = () => setHasFocus(true);
  const handleBlur = (event: FocusEvent<HTMLTableElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHasFocus(false);
  };

  if (rows.length === 0) {
    return (
      <p className="table-empty" role="status">
        {table.rows.length === 0 ? 'This table has no rows yet.' : 'No row matches the filter.'}
      </p>
    );
  }

  return (
    <div className="table-scroll" data-testid="table-scroll">
      <table
        ref={gridRef}
        role="grid"
        aria-label={table.title}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        className="table-grid"
        style={
          {
            '--grid-min-width': `${FIRST_COLUMN_PX + columns.length * COLUMN_PX}px`,
          } as CSSProperties
        }
        onKeyDown={handleKeyDown}
        onFocus={handleFocus}
        onBlur={handleBlur}
        data-testid="table-grid"
      >
        <colgroup>
          <col style={{ width: `${FIRST_COLUMN_PX}px` }} />
          {columns.map((column) => (
            <col key={column.id} />
          ))}
        </colgroup>
        <thead>
          <tr role="row" className="table-grid__row table-grid__row--header">
            <th role="columnheader" scope="col" className="table-grid__corner">
              {table.rowSource === 'dcs' ? 'Dynamic Coalition' : 'Row'}
            </th>
            {columns.map((column) => (
              <th
                key={column.id}
                role="columnheader"
                scope="col"
                className="table-grid__column"
                data-column={column.id}
              >
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const ability = abilityOf(row);
            const reason = ability.allowed ? null : ability.reason;
            const label = rowLabel(row);
            const headActive = position.row === r && position.column === 0;
            return (
              <tr
                key={row.id}
                role="row"
                className={`table-grid__row table-grid__row--${row.status}`}
                data-row={row.id}
                data-testid="table-row"
              >
                <RowHead
                  row={row}
                  label={label}
                  readOnlyReason={reason}
                  active={headActive}
                  position={positionKey({ row: r, column: 0 })}
                  people={people.get(cellKey(row.id, STATUS_PRESENCE)) ?? nobody}
                  now={now}
                  statusRef={(element) => {
                    if (element) statusRefs.current.set(row.id, element);
                    else statusRefs.current.delete(row.id);
                  }}
                  onActivate={activate}
                  onStatusChange={changeStatus}
                  onLeave={leave}
                />
                {columns.map((column, c) => {
                  const isActive = position.row === r && position.column === c + 1;
                  return (
                    <GridCell
                      key={column.id}
                      rowId={row.id}
                      columnId={column.id}
                      columnTitle={column.title}
                      label={`${label}, ${column.title}`}
                      position={positionKey({ row: r, column: c + 1 })}
                      fragment={existingCellText(session.doc, row.id, column.id)}
                      active={isActive}
                      editing={editingCell?.row === row.id && editingCell.column === column.id}
                      firstText={
                        editingCell?.row === row.id && editingCell.column === column.id
                          ? editingCell.firstText
                          : undefined
                      }
                      readOnlyReason={reason}
                      people={people.get(cellKey(row.id, column.id)) ?? nobody}
                      awareness={session.awareness}
                      account={account}
                      onActivate={activate}
                      onEdit={startEditing}
                      onLeave={leave}
                      onMove={moveFromEditor}
                      openThreads={openThreads.get(cellThreadKey(row.id, column.id)) ?? 0}
                      threadActive={
                        threadCell?.rowId === row.id && threadCell.columnId === column.id
                      }
                      canComment={canComment}
                      onComment={onComment}
                      onShowThreads={onShowThreads}
                    />
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
