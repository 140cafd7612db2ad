/**
 * The changes people make to a mapping table, each in one Yjs transaction so that others see it
 * whole. Structure changes (rows, columns, settings) are the Secretariat's, the server enforces
 * that (shared/access/documentRules.ts); a row's status and cells are its DC's.
 *
 * Cells are created when their row or column is, so that two people who start typing into the
 * same empty cell share one Y.XmlFragment instead of each creating their own (of two fragments
 * created concurrently under one key, Yjs keeps only one).
 */
import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import {
  ColumnFields,
  MetaFields,
  RowFields,
  RowStatuses,
  columnsOf,
  metaOf,
  rowsOf,
  type RowSource,
  type RowStatus,
  type TableDeadline,
} from './tableSchema';

/** A new row: a DC's row (`dc` set) or a custom one (`label` set). */
export interface NewRow {
  readonly id: string;
  readonly dc?: string;
  readonly label?: string;
}

/** A new column. */
export interface NewColumn {
  readonly id: string;
  readonly title: string;
  /** The issue area or Roadmap area the column stands for, if any. */
  readonly area?: string;
}

/** Who changes a row's status, and when. */
export interface StatusChange {
  readonly status: RowStatus;
  readonly userId: string;
  readonly userName: string;
  /** ISO instant. */
  readonly at: string;
}

/** The settings of a new table. */
export interface NewTable {
  readonly title: string;
  readonly rowSource: RowSource;
  readonly deadline: TableDeadline | null;
  readonly columns: readonly NewColumn[];
  readonly rows: readonly NewRow[];
}

/** The fractional index after the last of `map`'s entries (removed ones included). */
function keyAfterLast(map: Y.Map<Y.Map<unknown>>, orderField: string): string {
  let last: string | null = null;
  for (const entry of map.values()) {
    const order = entry.get(orderField);
    if (typeof order === 'string' && (last === null || order > last)) last = order;
  }
  return generateKeyBetween(last, null);
}

function newCells(columnIds: Iterable<string>): Y.Map<Y.XmlFragment> {
  const cells = new Y.Map<Y.XmlFragment>();
  for (const id of columnIds) cells.set(id, new Y.XmlFragment());
  return cells;
}

/** Adds a row at the end, with an empty cell for every column. False when the id is taken. */
export function addRow(doc: Y.Doc, row: NewRow): boolean {
  const rows = rowsOf(doc);
  if (rows.has(row.id)) return false;
  doc.transact(() => {
    rows.set(
      row.id,
      new Y.Map<unknown>([
        [RowFields.dc, row.dc ?? ''],
        [RowFields.label, row.label ?? ''],
        [RowFields.order, keyAfterLast(rows, RowFields.order)],
        [RowFields.status, RowStatuses.notStarted],
        [RowFields.cells, newCells(columnsOf(doc).keys())],
      ]),
    );
  });
  return true;
}

/** Adds a column at the end, with an empty cell in every row. False when the id is taken. */
export function addColumn(doc: Y.Doc, column: NewColumn): boolean {
  const columns = columnsOf(doc);
  if (columns.has(column.id)) return false;
  doc.transact(() => {
    const entry = new Y.Map<unknown>([
      [ColumnFields.title, column.title],
      [ColumnFields.order, keyAfterLast(columns, ColumnFields.order)],
    ]);
    if (column.area !== undefined) entry.set(ColumnFields.area, column.area);
    columns.set(column.id, entry);
    for (const row of rowsOf(doc).values()) {
      const cells = row.get(RowFields.cells);
      if (cells instanceof Y.Map && !cells.has(column.id))
        cells.set(column.id, new Y.XmlFragment());
    }
  });
  return true;
}

/**
 * Gives every row a cell for every column it lacks (a row and a column added at the same time by
 * two people). The server runs this after applying such changes; a no-op when nothing is missing.
 * Returns the number of cells created.
 */
export function fillMissingCells(doc: Y.Doc): number {
  let created = 0;
  const columnIds = [...columnsOf(doc).keys()];
  // Looked for first, without a transaction: the server asks after every update.
  const complete = [...rowsOf(doc).values()].every((row) => {
    const cells = row.get(RowFields.cells);
    return !(cells instanceof Y.Map) || columnIds.every((id) => cells.has(id));
  });
  if (complete) return 0;
  doc.transact(() => {
    for (const row of rowsOf(doc).values()) {
      const cells = row.get(RowFields.cells);
      if (!(cells instanceof Y.Map)) continue;
      for (const id of columnIds) {
        if (cells.has(id)) continue;
        cells.set(id, new Y.XmlFragment());
        created += 1;
      }
    }
  });
  return created;
}

function setField(map: Y.Map<Y.Map<unknown>>, id: string, field: string, value: unknown): boolean {
  const entry = map.get(id);
  if (!entry) return false;
  entry.set(field, value);
  return true;
}

/** Renames a column. False when there is no such column. */
export function renameColumn(doc: Y.Doc, columnId: string, title: string): boolean {
  return setField(columnsOf(doc), columnId, ColumnFields.title, title);
}

/** Renames a custom row. False when there is no such row. */
export function renameRow(doc: Y.Doc, rowId: string, label: string): boolean {
  return setField(rowsOf(doc), rowId, RowFields.label, label);
}

/**
 * Moves a row between two neighbours, given by their order keys (null for either end).
 * Concurrent moves of one row: the last one wins; nothing is duplicated or lost.
 */
export function moveRow(
  doc: Y.Doc,
  rowId: string,
  after: string | null,
  before: string | null,
): boolean {
  return setField(rowsOf(doc), rowId, RowFields.order, generateKeyBetween(after, before));
}

/** Moves a column between two neighbours' order keys (null for either end). */
export function moveColumn(
  doc: Y.Doc,
  columnId: string,
  after: string | null,
  before: string | null,
): boolean {
  return setField(columnsOf(doc), columnId, ColumnFields.order, generateKeyBetween(after, before));
}

/** Removes a row softly: hidden, its cells kept for a restore. `at` is an ISO instant. */
export function removeRow(doc: Y.Doc, rowId: string, at: string): boolean {
  return setField(rowsOf(doc), rowId, RowFields.removedAt, at);
}

/** Brings a removed row back with its cells. */
export function restoreRow(doc: Y.Doc, rowId: string): boolean {
  return setField(rowsOf(doc), rowId, RowFields.removedAt, null);
}

/**
 * Removes a column softly: hidden everywhere, but every row keeps its cell, including text typed
 * into it while it was being removed; restoring the column shows that text again.
 */
export function removeColumn(doc: Y.Doc, columnId: string, at: string): boolean {
  return setField(columnsOf(doc), columnId, ColumnFields.removedAt, at);
}

/** Brings a removed column back with its cells. */
export function restoreColumn(doc: Y.Doc, columnId: string): boolean {
  return setField(columnsOf(doc), columnId, ColumnFields.removedAt, null);
}

/** Sets a row's status, with who set it and when. False when there is no such row. */
export function setRowStatus(doc: Y.Doc, rowId: string, change: StatusChange): boolean {
  const row = rowsOf(doc).get(rowId);
  if (!row) return false;
  doc.transact(() => {
    row.set(RowFields.status, change.status);
    row.set(RowFields.statusBy, change.userId);
    row.set(RowFields.statusByName, change.userName);
    row.set(RowFields.statusAt, change.at);
  });
  return true;
}

/** Reopens (or closes again) one row after the deadline. */
export function setRowReopened(doc: Y.Doc, rowId: string, reopened: boolean): boolean {
  return setField(rowsOf(doc), rowId, RowFields.reopened, reopened);
}

/** Renames the table. */
export function setTableTitle(doc: Y.Doc, title: string): void {
  metaOf(doc).set(MetaFields.title, title);
}

/** Sets, moves or clears (null) the deadline. */
export function setDeadline(doc: Y.Doc, deadline: TableDeadline | null): void {
  metaOf(doc).set(MetaFields.deadline, deadline === null ? null : { ...deadline });
}

/** Reopens (or closes again) the whole table after its deadline. */
export function setTableReopened(doc: Y.Doc, reopened: boolean): void {
  metaOf(doc).set(MetaFields.reopened, reopened);
}

/** Writes a new table's settings, columns and rows into an empty doc, in one transaction. */
export function initializeTable(doc: Y.Doc, table: NewTable): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set(MetaFields.title, table.title);
    meta.set(MetaFields.rowSource, table.rowSource);
    meta.set(MetaFields.deadline, table.deadline === null ? null : { ...table.deadline });
    meta.set(MetaFields.reopened, false);
    for (const column of table.columns) addColumn(doc, column);
    for (const row of table.rows) addRow(doc, row);
  });
}
