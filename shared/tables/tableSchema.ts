/**
 * Where a mapping table keeps its rows, columns and settings in its Y.Doc. Each row records the
 * DC that owns it, so the server can let DC members change their own DC's rows and nothing else
 * (shared/access/documentRules.ts); the definition (columns, settings) is kept apart, in roots
 * only the Secretariat changes.
 *
 * Layout:
 * - `rows` (Y.Map) → row id → Y.Map { dc, label, order, status, statusBy, statusByName, statusAt,
 *   reopened, removedAt, cells: Y.Map column id → Y.XmlFragment (rich text) }
 * - `columns` (Y.Map) → column id → Y.Map { title, order, area, removedAt }
 * - `meta` (Y.Map) → { title, rowSource, deadline, reopened }
 *
 * Order is a fractional index per row and column (fractional-indexing), so concurrent moves and
 * insertions never duplicate or drop an entry: the last move of an entry wins, and entries that
 * land on the same key are ordered by id. Rows and columns are removed softly (`removedAt`), so
 * text typed into a cell while its row or column is removed is kept and comes back on restore.
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
  /** Id of the DC that owns the row ('' for a custom row no DC owns); set at creation. */
  dc: 'dc',
  /** Label of a custom row (rows of DCs are labelled with the DC's name). */
  label: 'label',
  /** Fractional index: position among the rows. */
  order: 'order',
  status: 'status',
  /** Account id of who set the status. */
  statusBy: 'statusBy',
  /** Their name when they set it (shown without a people lookup). */
  statusByName: 'statusByName',
  /** ISO instant (UTC) of the status change. */
  statusAt: 'statusAt',
  /** True when the Secretariat reopened this row after the deadline. */
  reopened: 'reopened',
  /** ISO instant when the row was removed; absent or null while it is shown. */
  removedAt: 'removedAt',
  cells: 'cells',
} as const;

/** Keys of a column map. */
export const ColumnFields = {
  title: 'title',
  /** Fractional index: position among the columns. */
  order: 'order',
  /**
   * Id of the issue area or Roadmap area the column stands for, if any (the coverage matrix
   * counts these); absent for free-text columns such as "related policy questions".
   */
  area: 'area',
  /** ISO instant when the column was removed; absent or null while it is shown. */
  removedAt: 'removedAt',
} as const;

/** Keys of the table's settings map. */
export const MetaFields = {
  title: 'title',
  /** Where rows come from: one per DC, or a custom list. */
  rowSource: 'rowSource',
  /** A TableDeadline, or null for none. */
  deadline: 'deadline',
  /** True when the Secretariat reopened the whole table after its deadline. */
  reopened: 'reopened',
} as const;

/** The status of a row, set by its DC. */
export const RowStatuses = {
  notStarted: 'notStarted',
  draft: 'draft',
  submitted: 'submitted',
} as const;

/** A row status. */
export type RowStatus = (typeof RowStatuses)[keyof typeof RowStatuses];

/** People-facing labels of the row statuses. */
export const rowStatusLabels: Readonly<Record<RowStatus, string>> = {
  notStarted: 'Not started',
  draft: 'Draft',
  submitted: 'Submitted',
};

/** Whether a value is a row status. */
export function isRowStatus(value: unknown): value is RowStatus {
  return typeof value === 'string' && Object.hasOwn(rowStatusLabels, value);
}

/** Where a table's rows come from. */
export type RowSource = 'dcs' | 'custom';

/** A deadline: an instant, with the time zone it was set in (for showing it as set). */
export interface TableDeadline {
  /** ISO 8601 instant in UTC, e.g. 2026-09-10T21:59:00.000Z. */
  readonly at: string;
  /** IANA time zone the Secretariat set it in, e.g. Europe/Warsaw. */
  readonly timeZone: string;
}

/** The table's rows by id. */
export function rowsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(TableRoots.rows);
}

/** The table's columns by id. */
export function columnsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(TableRoots.columns);
}

/** The table's settings. */
export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TableRoots.meta);
}

/** The DC that owns a row, if the row exists and a DC owns it. */
export function rowDc(doc: Y.Doc, rowId: string): string | undefined {
  const dc = rowsOf(doc).get(rowId)?.get(RowFields.dc);
  return typeof dc === 'string' && dc !== '' ? dc : undefined;
}

function cellsOf(doc: Y.Doc, rowId: string): Y.Map<Y.XmlFragment> | null {
  const cells = rowsOf(doc).get(rowId)?.get(RowFields.cells);
  return cells instanceof Y.Map ? (cells as Y.Map<Y.XmlFragment>) : null;
}

/**
 * The rich text of a cell, created empty if the row has none yet (call it inside a transaction
 * of the person who will type); null when there is no such row.
 */
export function cellText(doc: Y.Doc, rowId: string, columnId: string): Y.XmlFragment | null {
  const cells = cellsOf(doc, rowId);
  if (!cells) return null;
  const existing = cells.get(columnId);
  if (existing instanceof Y.XmlFragment) return existing;
  cells.set(columnId, new Y.XmlFragment());
  return cells.get(columnId) ?? null;
}

/** The rich text of a cell if it exists, without creating it (for reading). */
export function existingCellText(
  doc: Y.Doc,
  rowId: string,
  columnId: string,
): Y.XmlFragment | null {
  const text = cellsOf(doc, rowId)?.get(columnId);
  return text instanceof Y.XmlFragment ? text : null;
}
