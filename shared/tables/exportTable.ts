/**
 * A mapping table as rows of text for spreadsheets (CSV and XLSX share them): a short preamble
 * with the table's title and deadline, a blank line, then the header (the row column, every
 * shown column, status, who set it and when) and one line per shown row. Removed rows and
 * columns are left out. Every value is neutralized so that a spreadsheet never runs a cell as a
 * formula; the CSV importer undoes exactly that neutralization, so a round trip is lossless.
 */
import Papa from 'papaparse';
import { DateTime } from 'luxon';
import type * as Y from 'yjs';
import { cellPlainText } from './cellPlainText';
import { readTable, type TableView } from './readTable';
import { existingCellText, rowStatusLabels, type TableDeadline } from './tableSchema';

/** First characters a spreadsheet may treat as the start of a formula (or of a DDE payload). */
const DANGEROUS_FIRST = /^[=+\-@\t\r]/;

/** Header of the first column: the DC, or the row's label in tables with custom rows. */
export const ROW_HEADER = { dcs: 'DC', custom: 'Row' } as const;
/** Headers of the status columns after the table's own columns. */
export const STATUS_HEADERS = ['Status', 'Status set by', 'Status set at (UTC)'] as const;
/** Labels of the preamble lines before the header. */
export const PREAMBLE_LABELS = { table: 'Table', deadline: 'Deadline' } as const;

function needsNeutralizing(value: string): boolean {
  if (DANGEROUS_FIRST.test(value)) return true;
  // A value that already looks neutralized is escaped once more, so the importer can tell.
  return value.startsWith("'") && needsNeutralizing(value.slice(1));
}

/**
 * `value` made safe for a spreadsheet: prefixed with ' when it starts with =, +, -, @, a tab or
 * a carriage return (and when it starts with ' followed by such a value, so that
 * restoreSpreadsheetText can undo it exactly). Other values are returned unchanged.
 */
export function neutralizeSpreadsheetText(value: string): string {
  return needsNeutralizing(value) ? `'${value}` : value;
}

/** The inverse of neutralizeSpreadsheetText (used when a CSV file is imported). */
export function restoreSpreadsheetText(value: string): string {
  return value.startsWith("'") && needsNeutralizing(value.slice(1)) ? value.slice(1) : value;
}

/**
 * A deadline in words for spreadsheets: the time where it was set, then in UTC, e.g.
 * "2026-09-10 23:59 Europe/Warsaw (2026-09-10 21:59 UTC)"; "none" without a deadline.
 */
export function deadlineText(deadline: TableDeadline | null): string {
  if (deadline === null) return 'none';
  const at = DateTime.fromISO(deadline.at, { zone: 'utc' });
  if (!at.isValid) return deadline.at;
  const local = at.setZone(deadline.timeZone);
  const localText = local.isValid
    ? `${local.toFormat('yyyy-MM-dd HH:mm')} ${deadline.timeZone}`
    : deadline.at;
  return `${localText} (${at.toFormat('yyyy-MM-dd HH:mm')} UTC)`;
}

/** The label of a row in exports and imports: the DC's name, or the custom label. */
export function rowLabel(
  row: { readonly dc: string | null; readonly label: string },
  dcNames: (dcId: string) => string,
): string {
  return row.dc !== null ? dcNames(row.dc) : row.label;
}

/**
 * The table in `doc` as spreadsheet rows, every value neutralized: preamble (title, deadline),
 * a blank line, the header, one line per shown row in order.
 */
export function tableExportRows(doc: Y.Doc, dcNames: (dcId: string) => string): string[][] {
  const table: TableView = readTable(doc);
  const header = [
    ROW_HEADER[table.rowSource],
    ...table.columns.map((column) => column.title),
    ...STATUS_HEADERS,
  ];
  const lines = table.rows.map((row) => [
    rowLabel(row, dcNames),
    ...table.columns.map((column) => {
      const fragment = existingCellText(doc, row.id, column.id);
      return fragment ? cellPlainText(fragment) : '';
    }),
    rowStatusLabels[row.status],
    row.statusByName ?? '',
    row.statusAt ?? '',
  ]);
  const rows = [
    [PREAMBLE_LABELS.table, table.title],
    [PREAMBLE_LABELS.deadline, deadlineText(table.deadline)],
    [''],
    header,
    ...lines,
  ];
  return rows.map((line) => line.map(neutralizeSpreadsheetText));
}

/** The table in `doc` as CSV text (RFC 4180, CRLF line ends), neutralized. */
export function tableCsv(doc: Y.Doc, dcNames: (dcId: string) => string): string {
  return Papa.unparse(tableExportRows(doc, dcNames), { newline: '\r\n' });
}

/** A file name for an export of the table titled `title`: letters, digits and dashes. */
export function exportFileName(title: string, extension: 'csv' | 'xlsx'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return `${slug || 'table'}.${extension}`;
}
