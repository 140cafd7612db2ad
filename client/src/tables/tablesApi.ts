/**
 * The mapping-table routes of the JSON API: the list (GET /api/tables), creating a table
 * (POST /api/tables, Secretariat only) and the export addresses. Responses are checked field
 * by field, so an unexpected answer shows an error instead of a broken page.
 */
import { DocumentAccessLevels, type DocumentAccess } from '../../../shared/access/roles';
import { isValidDocName } from '../../../shared/docName';
import type { RowSource, RowStatus, TableDeadline } from '../../../shared/tables/tableSchema';
import { apiRequest } from '../api/apiRequest';

/** One table of the list. */
export interface TableSummary {
  /** Document name, `table-…`. */
  readonly name: string;
  readonly title: string;
  readonly rowSource: RowSource;
  readonly deadline: TableDeadline | null;
  /** Number of shown rows and columns. */
  readonly rows: number;
  readonly columns: number;
  /** What the signed-in person may do in it; null when the server did not say. */
  readonly access: DocumentAccess | null;
  /** Shown rows per status; null when the server did not say. */
  readonly statusCounts: Readonly<Record<RowStatus, number>> | null;
}

/** What the new-table form sends. */
export interface NewTableRequest {
  readonly title: string;
  readonly rowSource: RowSource;
  /** Labels of custom rows. */
  readonly rows?: readonly string[];
  readonly columns: ReadonlyArray<{ readonly title: string; readonly area?: string }>;
  readonly deadline: TableDeadline | null;
}

const ACCESS_LEVELS: readonly string[] = Object.values(DocumentAccessLevels);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : Array.isArray(value)
      ? value.length
      : 0;

function readDeadline(value: unknown): TableDeadline | null {
  if (!isRecord(value) || typeof value.at !== 'string' || Number.isNaN(Date.parse(value.at))) {
    return null;
  }
  return { at: value.at, timeZone: typeof value.timeZone === 'string' ? value.timeZone : 'UTC' };
}

function readStatusCounts(value: unknown): Record<RowStatus, number> | null {
  if (!isRecord(value)) return null;
  const { notStarted, draft, submitted } = value;
  if (![notStarted, draft, submitted].every((n) => typeof n === 'number' && n >= 0)) return null;
  return {
    notStarted: notStarted as number,
    draft: draft as number,
    submitted: submitted as number,
  };
}

function readTableSummary(value: unknown): TableSummary | null {
  if (!isRecord(value)) return null;
  const { name, title, rowSource, deadline, rows, columns, access, statusCounts } = value;
  if (typeof name !== 'string' || !isValidDocName(name) || !name.startsWith('table-')) return null;
  return {
    name,
    title: typeof title === 'string' && title.trim() !== '' ? title : name,
    rowSource: rowSource === 'custom' ? 'custom' : 'dcs',
    deadline: readDeadline(deadline),
    rows: count(rows),
    columns: count(columns),
    access:
      typeof access === 'string' && ACCESS_LEVELS.includes(access)
        ? (access as DocumentAccess)
        : null,
    statusCounts: readStatusCounts(statusCounts),
  };
}

/** The tables in a GET /api/tables response body; throws when its shape is wrong. */
export function parseTableList(body: unknown): TableSummary[] {
  if (!isRecord(body) || !Array.isArray(body.tables)) {
    throw new Error('The server sent an unexpected list of tables.');
  }
  return body.tables.map(readTableSummary).filter((table): table is TableSummary => table !== null);
}

/** Fetches the list of tables. */
export async function fetchTableList(signal?: AbortSignal): Promise<TableSummary[]> {
  return parseTableList(await apiRequest('/api/tables', { signal }));
}

/** Creates a table; resolves with its document name. */
export async function createTable(request: NewTableRequest): Promise<string> {
  const body = await apiRequest('/api/tables', { method: 'POST', body: request });
  if (!isRecord(body) || typeof body.name !== 'string' || !isValidDocName(body.name)) {
    throw new Error('The server created the table but did not say where it is. Reload the list.');
  }
  return body.name;
}

/** The download address of table `name` as CSV or XLSX. */
export function exportUrl(name: string, format: 'csv' | 'xlsx'): string {
  return `/api/tables/${encodeURIComponent(name)}/export.${format}`;
}
