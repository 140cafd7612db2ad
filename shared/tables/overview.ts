/**
 * What the Secretariat watches while DCs fill a table: how many rows are submitted, drafting or
 * not started, and the coverage matrix of rows × areas, which shows the areas no DC addresses
 * (gaps) and those many DCs address (overlaps). Computed from the document alone, so every
 * screen that holds the document sees the same live numbers.
 */
import type * as Y from 'yjs';
import { cellPlainText } from './cellPlainText';
import { readTable, type ColumnView, type RowView, type TableView } from './readTable';
import { RowStatuses, existingCellText, type RowStatus } from './tableSchema';

/** From how many rows addressing one area on the matrix calls it an overlap. */
export const OVERLAP_THRESHOLD = 5;

/** Rows by status. */
export interface StatusOverview {
  /** Shown rows. */
  readonly total: number;
  /** Shown rows of each status, in table order. */
  readonly byStatus: Readonly<Record<RowStatus, RowView[]>>;
}

/** Which rows address which areas. */
export interface CoverageMatrix {
  /** Shown columns that stand for an area, in order. */
  readonly columns: ColumnView[];
  /** Shown rows, in order. */
  readonly rows: RowView[];
  /** Row id → ids of the area columns whose cell in that row holds text. */
  readonly filled: Readonly<Record<string, readonly string[]>>;
  /** Column id → how many rows fill it. */
  readonly countByColumn: Readonly<Record<string, number>>;
  /** Area columns no row fills. */
  readonly gaps: readonly string[];
  /** Area columns filled by at least OVERLAP_THRESHOLD rows. */
  readonly overlaps: readonly string[];
}

/** The shown rows of `table` grouped by status. */
export function statusOverview(table: TableView): StatusOverview {
  const byStatus: Record<RowStatus, RowView[]> = {
    [RowStatuses.notStarted]: [],
    [RowStatuses.draft]: [],
    [RowStatuses.submitted]: [],
  };
  for (const row of table.rows) byStatus[row.status].push(row);
  return { total: table.rows.length, byStatus };
}

/** Whether a cell holds any text (whitespace alone does not count). */
export function cellHasText(doc: Y.Doc, rowId: string, columnId: string): boolean {
  const fragment = existingCellText(doc, rowId, columnId);
  return fragment !== null && cellPlainText(fragment).trim() !== '';
}

/** The coverage matrix of the table in `doc`: shown rows × shown columns that have an area. */
export function coverageMatrix(doc: Y.Doc): CoverageMatrix {
  const table = readTable(doc);
  const columns = table.columns.filter((column) => column.area !== null);
  const rows = [...table.rows];
  const filled: Record<string, string[]> = {};
  const countByColumn: Record<string, number> = {};
  for (const column of columns) countByColumn[column.id] = 0;
  for (const row of rows) {
    const ids = columns.filter((column) => cellHasText(doc, row.id, column.id)).map((c) => c.id);
    filled[row.id] = ids;
    for (const id of ids) countByColumn[id] = (countByColumn[id] ?? 0) + 1;
  }
  return {
    columns,
    rows,
    filled,
    countByColumn,
    gaps: columns.filter((column) => countByColumn[column.id] === 0).map((c) => c.id),
    overlaps: columns
      .filter((column) => (countByColumn[column.id] ?? 0) >= OVERLAP_THRESHOLD)
      .map((c) => c.id),
  };
}
