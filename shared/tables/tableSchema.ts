/**
 * Where a mapping table keeps its rows and definition, and the operations on them. Each row
 * records the DC that owns it, so the server can let DC members change their own DC's rows and
 * nothing else (shared/access/documentRules.ts); the definition (columns, settings) is kept
 * apart, in roots only the Secretariat changes.
 *
 * Layout: `rows` (Y.Map) → row id → Y.Map { dc, status, cells: Y.Map column id → Y.XmlFragment
 * (rich text) }; `columns` (Y.Array of { id, title }); `meta` (Y.Map of table settings).
 */
import * as Y from 'yjs';

/** Names of the table's root types. */
export const TableRoots = {
  rows: 'rows',
  meta: 'meta',
  columns: 'columns',
} as const;

/** Keys of a row map. */
export const RowFields = {
  /** Id of the DC that owns the row; set when the row is created. */
  dc: 'dc',
  status: 'status',
  cells: 'cells',
} as const;

/** One column of the table. */
export interface ColumnDefinition {
  readonly id: string;
  readonly title: string;
}

/** A new row. */
export interface NewRow {
  readonly id: string;
  readonly dc: string;
  readonly status: string;
}

/** The table's rows by id. */
export function rowsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(TableRoots.rows);
}

/** The table's columns, in order. */
export function columnsOf(doc: Y.Doc): Y.Array<ColumnDefinition> {
  return doc.getArray<ColumnDefinition>(TableRoots.columns);
}

/** The table's settings. */
export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TableRoots.meta);
}

/** Adds a row owned by `row.dc`, with no cells. Returns false when the id is taken. */
export function addRow(doc: Y.Doc, row: NewRow): boolean {
  const rows = rowsOf(doc);
  if (rows.has(row.id)) return false;
  rows.set(
    row.id,
    new Y.Map<unknown>([
      [RowFields.dc, row.dc],
      [RowFields.status, row.status],
      [RowFields.cells, new Y.Map<Y.XmlFragment>()],
    ]),
  );
  return true;
}

/** The DC that owns a row, if the row exists. */
export function rowDc(doc: Y.Doc, rowId: string): string | undefined {
  const dc = rowsOf(doc).get(rowId)?.get(RowFields.dc);
  return typeof dc === 'string' ? dc : undefined;
}

/** Sets a row's status. Returns false when there is no such row. */
export function setRowStatus(doc: Y.Doc, rowId: string, status: string): boolean {
  const row = rowsOf(doc).get(rowId);
  row?.set(RowFields.status, status);
  return row !== undefined;
}

function cellsOf(doc: Y.Doc, rowId: string): Y.Map<Y.XmlFragment> | null {
  const cells = rowsOf(doc).get(rowId)?.get(RowFields.cells);
  return cells instanceof Y.Map ? (cells as Y.Map<Y.XmlFragment>) : null;
}

/** The rich text of a cell, created empty if the row has none yet; null when no such row. */
export function cellText(doc: Y.Doc, rowId: string, columnId: string): Y.XmlFragment | null {
  const cells = cellsOf(doc, rowId);
  if (!cells) return null;
  const existing = cells.get(columnId);
  if (existing instanceof Y.XmlFragment) return existing;
  cells.set(columnId, new Y.XmlFragment());
  return cells.get(columnId) ?? null;
}

/** Appends a column. */
export function addColumn(doc: Y.Doc, column: ColumnDefinition): void {
  columnsOf(doc).push([{ id: column.id, title: column.title }]);
}
