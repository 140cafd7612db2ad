/**
 * A plain snapshot of a mapping table for screens, exports and the overview: rows and columns in
 * order, removed ones apart, statuses with who set them, the deadline and whether a row can
 * still be changed at a given instant. Reading never changes the document.
 */
import type * as Y from 'yjs';
import {
  ColumnFields,
  MetaFields,
  RowFields,
  RowStatuses,
  columnsOf,
  isRowStatus,
  metaOf,
  rowsOf,
  type RowSource,
  type RowStatus,
  type TableDeadline,
} from './tableSchema';

/** One column as screens see it. */
export interface ColumnView {
  readonly id: string;
  readonly title: string;
  readonly order: string;
  readonly area: string | null;
  readonly removedAt: string | null;
}

/** One row as screens see it. */
export interface RowView {
  readonly id: string;
  /** Owning DC id, or null for a custom row. */
  readonly dc: string | null;
  readonly label: string;
  readonly order: string;
  readonly status: RowStatus;
  readonly statusBy: string | null;
  readonly statusByName: string | null;
  readonly statusAt: string | null;
  readonly reopened: boolean;
  readonly removedAt: string | null;
}

/** The whole table. */
export interface TableView {
  readonly title: string;
  readonly rowSource: RowSource;
  readonly deadline: TableDeadline | null;
  readonly reopened: boolean;
  /** Shown columns, in order. */
  readonly columns: readonly ColumnView[];
  /** Shown rows, in order. */
  readonly rows: readonly RowView[];
  readonly removedColumns: readonly ColumnView[];
  readonly removedRows: readonly RowView[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

function readDeadline(value: unknown): TableDeadline | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, timeZone } = value as Record<string, unknown>;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  return { at, timeZone: typeof timeZone === 'string' && timeZone !== '' ? timeZone : 'UTC' };
}

/** Order by fractional index, then by id (entries placed at the same spot concurrently). */
function byOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function readColumn(id: string, column: Y.Map<unknown>): ColumnView {
  return {
    id,
    title: text(column.get(ColumnFields.title)),
    order: text(column.get(ColumnFields.order)),
    area: textOrNull(column.get(ColumnFields.area)),
    removedAt: textOrNull(column.get(ColumnFields.removedAt)),
  };
}

function readRow(id: string, row: Y.Map<unknown>): RowView {
  const status = row.get(RowFields.status);
  return {
    id,
    dc: textOrNull(row.get(RowFields.dc)),
    label: text(row.get(RowFields.label)),
    order: text(row.get(RowFields.order)),
    status: isRowStatus(status) ? status : RowStatuses.notStarted,
    statusBy: textOrNull(row.get(RowFields.statusBy)),
    statusByName: textOrNull(row.get(RowFields.statusByName)),
    statusAt: textOrNull(row.get(RowFields.statusAt)),
    reopened: row.get(RowFields.reopened) === true,
    removedAt: textOrNull(row.get(RowFields.removedAt)),
  };
}

/** Reads the table in `doc`. */
export function readTable(doc: Y.Doc): TableView {
  const meta = metaOf(doc);
  const columns = [...columnsOf(doc).entries()].map(([id, c]) => readColumn(id, c)).sort(byOrder);
  const rows = [...rowsOf(doc).entries()].map(([id, r]) => readRow(id, r)).sort(byOrder);
  return {
    title: text(meta.get(MetaFields.title)),
    rowSource: meta.get(MetaFields.rowSource) === 'custom' ? 'custom' : 'dcs',
    deadline: readDeadline(meta.get(MetaFields.deadline)),
    reopened: meta.get(MetaFields.reopened) === true,
    columns: columns.filter((column) => column.removedAt === null),
    rows: rows.filter((row) => row.removedAt === null),
    removedColumns: columns.filter((column) => column.removedAt !== null),
    removedRows: rows.filter((row) => row.removedAt !== null),
  };
}

/**
 * The table's deadline and whether it is reopened, without reading rows (the server's write
 * rules ask this on every change of a DC's row).
 */
export function readTableSettings(doc: Y.Doc): Pick<TableView, 'deadline' | 'reopened'> {
  const meta = metaOf(doc);
  return {
    deadline: readDeadline(meta.get(MetaFields.deadline)),
    reopened: meta.get(MetaFields.reopened) === true,
  };
}

/** Whether the deadline has passed at `now` (ms since the epoch). */
export function isPastDeadline(table: Pick<TableView, 'deadline'>, now: number): boolean {
  return table.deadline !== null && Date.parse(table.deadline.at) <= now;
}

/**
 * Whether a row's DC may still change it at `now`: before the deadline, or after it when the
 * Secretariat reopened the table or the row. (The Secretariat may always change everything.)
 */
export function isRowOpen(
  table: Pick<TableView, 'deadline' | 'reopened'>,
  row: Pick<RowView, 'reopened'>,
  now: number,
): boolean {
  return !isPastDeadline(table, now) || table.reopened || row.reopened;
}
