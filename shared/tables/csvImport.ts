/**
 * CSV import into a mapping table, in two steps so the Secretariat sees what will change before
 * anything does: planCsvImport compares the file with the table and lists every cell whose
 * text would change, and every line or column it cannot place (unknown rows or columns are
 * problems, never guesses); applyCsvImport then writes the changes in one transaction. The
 * file's layout is the export's (tableExportRows): lines before the header are skipped, the
 * status columns are ignored (a status is its DC's to set), and neutralized values are restored.
 */
import Papa from 'papaparse';
import type * as Y from 'yjs';
import { dynamicCoalitions } from '../workspace/referenceData';
import { cellPlainText, setCellPlainText } from './cellPlainText';
import { ROW_HEADER, STATUS_HEADERS, restoreSpreadsheetText, rowLabel } from './exportTable';
import { readTable, type ColumnView, type RowView } from './readTable';
import { cellText, existingCellText } from './tableSchema';

/** One cell the import changes. */
export interface CsvImportChange {
  readonly rowId: string;
  readonly columnId: string;
  readonly rowLabel: string;
  readonly columnTitle: string;
  /** The cell's plain text now. */
  readonly before: string;
  /** Its plain text after the import. */
  readonly after: string;
}

/** Something in the file the import cannot use; `line` counts from 1 in the file. */
export interface CsvImportProblem {
  readonly line: number;
  readonly message: string;
}

/** What an import would do. */
export interface CsvImportPlan {
  readonly changes: readonly CsvImportChange[];
  readonly problems: readonly CsvImportProblem[];
}

/** What applying a plan did. */
export interface CsvImportResult {
  /** Cells written. */
  readonly applied: number;
  /** Planned changes left out because someone changed the cell since the preview. */
  readonly skipped: readonly CsvImportChange[];
}

const defaultDcName = (dcId: string): string =>
  dynamicCoalitions.find((dc) => dc.id === dcId)?.name ?? dcId;

/** Records of a CSV text with the file line each starts on. */
function parseRecords(csv: string): Array<{ line: number; cells: string[] }> {
  const text = csv.replace(/^\uFEFF/, '');
  const records: Array<{ line: number; cells: string[] }> = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      records.push({ line, cells: result.data });
      for (let i = start; i < cursor && i < text.length; i++) if (text[i] === '\n') line += 1;
      start = cursor;
    },
  });
  return records;
}

const normalize = (value: string): string => value.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
const key = (value: string): string => value.trim().toLocaleLowerCase('en');
const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** Finds the table column a header title names: exactly, else ignoring case. */
function findColumn(columns: readonly ColumnView[], title: string): ColumnView[] {
  const exact = columns.filter((column) => column.title.trim() === title.trim());
  return exact.length > 0 ? exact : columns.filter((column) => key(column.title) === key(title));
}

/** Names a row may go by in a file: its label, and for a DC's row the DC's name and id. */
function rowNames(row: RowView, dcName: (dcId: string) => string): string[] {
  const names = [rowLabel(row, dcName)];
  if (row.dc !== null) names.push(row.dc);
  if (row.label !== '') names.push(row.label);
  return names.map(key);
}

/**
 * Compares `csv` with the table in `doc`. Rows are matched by DC name or id (or a custom row's
 * label), columns by title; only shown rows and columns take part.
 */
export function planCsvImport(
  doc: Y.Doc,
  csv: string,
  dcName: (dcId: string) => string = defaultDcName,
): CsvImportPlan {
  const table = readTable(doc);
  const problems: CsvImportProblem[] = [];
  const changes: CsvImportChange[] = [];
  const records = parseRecords(csv);
  const headerLabels = new Set([key(ROW_HEADER.dcs), key(ROW_HEADER.custom)]);
  const headerIndex = records.findIndex((record) =>
    headerLabels.has(key(restoreSpreadsheetText(record.cells[0] ?? ''))),
  );
  if (headerIndex < 0) {
    const expected = ROW_HEADER[table.rowSource];
    return {
      changes,
      problems: [
        {
          line: 1,
          message: `No header line found: the header's first value must be "${expected}", followed by the column titles.`,
        },
      ],
    };
  }
  const header = records[headerIndex]!;

  // Header: which file column goes to which table column.
  const ignored = new Set(STATUS_HEADERS.map(key));
  const targets: Array<ColumnView | null> = [null];
  const seenTitles = new Map<string, number>();
  header.cells.slice(1).forEach((raw, offset) => {
    const title = restoreSpreadsheetText(raw).trim();
    const position = offset + 2;
    if (title === '' || ignored.has(key(title))) {
      targets.push(null);
      return;
    }
    const found = findColumn(table.columns, title);
    if (seenTitles.has(key(title))) {
      problems.push({
        line: header.line,
        message: `Column "${title}" appears twice in the header (values ${seenTitles.get(key(title))} and ${position}); only the first is imported.`,
      });
      targets.push(null);
      return;
    }
    seenTitles.set(key(title), position);
    if (found.length !== 1) {
      problems.push({
        line: header.line,
        message:
          found.length === 0
            ? `Column "${title}" is not in the table; its values are not imported. Add the column first or correct the title.`
            : `Column "${title}" matches ${found.length} columns of the table; rename them so the titles differ.`,
      });
      targets.push(null);
      return;
    }
    targets.push(found[0]!);
  });

  // Data lines: which row each names, and which cells change.
  const rowsByName = new Map<string, RowView[]>();
  for (const row of table.rows) {
    for (const name of new Set(rowNames(row, dcName))) {
      rowsByName.set(name, [...(rowsByName.get(name) ?? []), row]);
    }
  }
  const seenRows = new Map<string, number>();
  for (const record of records.slice(headerIndex + 1)) {
    if (isBlank(record.cells)) continue;
    const label = restoreSpreadsheetText(record.cells[0] ?? '').trim();
    if (label === '') {
      problems.push({ line: record.line, message: 'The line has no row name in its first value.' });
      continue;
    }
    const matches = rowsByName.get(key(label)) ?? [];
    if (matches.length !== 1) {
      problems.push({
        line: record.line,
        message:
          matches.length === 0
            ? `No row "${label}" in the table; the line is skipped. Add the row first or correct the name.`
            : `"${label}" names ${matches.length} rows of the table; the line is skipped.`,
      });
      continue;
    }
    const row = matches[0]!;
    const firstLine = seenRows.get(row.id);
    if (firstLine !== undefined) {
      problems.push({
        line: record.line,
        message: `Row "${label}" appears again (first on line ${firstLine}); this line is skipped.`,
      });
      continue;
    }
    seenRows.set(row.id, record.line);
    if (record.cells.slice(header.cells.length).some((cell) => cell.trim() !== '')) {
      problems.push({
        line: record.line,
        message: `The line has more values than the header has columns; the extra values are not imported.`,
      });
    }
    targets.forEach((column, index) => {
      if (!column || index >= record.cells.length) return;
      const after = normalize(restoreSpreadsheetText(record.cells[index] ?? ''));
      const fragment = existingCellText(doc, row.id, column.id);
      const before = fragment ? cellPlainText(fragment) : '';
      if (before === after) return;
      changes.push({
        rowId: row.id,
        columnId: column.id,
        rowLabel: rowLabel(row, dcName),
        columnTitle: column.title,
        before,
        after,
      });
    });
  }
  return { changes, problems };
}

/**
 * Writes the plan's changes into `doc` in one transaction. A cell whose text is no longer the
 * plan's `before` (someone typed since the preview) is left alone and reported as skipped, so
 * an import never overwrites what a DC just wrote.
 */
export function applyCsvImport(doc: Y.Doc, plan: CsvImportPlan): CsvImportResult {
  const skipped: CsvImportChange[] = [];
  let applied = 0;
  doc.transact(() => {
    for (const change of plan.changes) {
      const existing = existingCellText(doc, change.rowId, change.columnId);
      const now = existing ? cellPlainText(existing) : '';
      const fragment = now === change.before ? cellText(doc, change.rowId, change.columnId) : null;
      if (!fragment) {
        skipped.push(change);
        continue;
      }
      setCellPlainText(fragment, change.after);
      applied += 1;
    }
  });
  return { applied, skipped };
}
