/**
 * Spreadsheet exports (T7): every value that starts with =, +, -, @, a tab or a carriage return
 * is neutralized (and only those, plus already-neutralized-looking ones so the import can undo
 * it exactly); the layout (title and deadline, header, one line per shown row with status, who
 * and when); file names.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  deadlineText,
  exportFileName,
  neutralizeSpreadsheetText,
  restoreSpreadsheetText,
  tableCsv,
  tableExportRows,
} from '../../shared/tables/exportTable';
import { removeColumn, removeRow } from '../../shared/tables/tableOperations';
import { cellText } from '../../shared/tables/tableSchema';
import { knownTable, smallTable, writeRichCell } from './tableFixtures';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

describe('neutralizeSpreadsheetText (T7)', () => {
  it.each(DANGEROUS.map((c) => [JSON.stringify(c), c]))(
    'prefixes a value starting with %s',
    (_name, first) => {
      const value = `${first}HYPERLINK("http://evil.example")`;
      expect(neutralizeSpreadsheetText(value)).toBe(`'${value}`);
      expect(restoreSpreadsheetText(neutralizeSpreadsheetText(value))).toBe(value);
    },
  );

  it.each(['', 'Plain words', ' =leading space', "it's", "'quoted", 'a=b', '1+1', 'x-y', 'me@x'])(
    'leaves %j unchanged',
    (value) => {
      expect(neutralizeSpreadsheetText(value)).toBe(value);
      expect(restoreSpreadsheetText(value)).toBe(value);
    },
  );

  it('escapes a value that already looks neutralized, so restoring gives it back exactly', () => {
    for (const value of ["'=1+1", "''-x", "'\tcmd"]) {
      const exported = neutralizeSpreadsheetText(value);
      expect(exported).toBe(`'${value}`);
      expect(restoreSpreadsheetText(exported)).toBe(value);
    }
  });
});

describe('tableExportRows (T7)', () => {
  it('gives the title and deadline, the header and one line per shown row', () => {
    const doc = knownTable(
      smallTable,
      {
        dcad: { connectivity: 'Accessible networks', notes: '=1+2' },
        irpc: { 'human-rights': '- Charter' },
      },
      { dcad: 'submitted' },
    );
    removeRow(doc, 'dc-iot', '2026-09-02T00:00:00.000Z');
    removeColumn(doc, 'ai-cooperation', '2026-09-02T00:00:00.000Z');
    const names: Record<string, string> = { dcad: '@DCAD', irpc: 'IRPC' };
    expect(tableExportRows(doc, (id) => names[id] ?? id)).toEqual([
      ['Table', 'Small mapping'],
      ['Deadline', '2026-09-10 23:59 Europe/Warsaw (2026-09-10 21:59 UTC)'],
      [''],
      [
        'DC',
        'Connectivity',
        'Human rights',
        'Notes',
        'Status',
        'Status set by',
        'Status set at (UTC)',
      ],
      [
        "'@DCAD",
        'Accessible networks',
        '',
        "'=1+2",
        'Submitted',
        'Member of dcad',
        '2026-09-01T08:30:00.000Z',
      ],
      ['IRPC', '', "'- Charter", '', 'Not started', '', ''],
    ]);
  });

  it('exports rich text as its plain text, and neutralizes titles too', () => {
    const doc = knownTable({
      ...smallTable,
      title: '+Budget',
      deadline: null,
      columns: [{ id: 'c', title: '-Risks' }],
      rows: [{ id: 'r', label: 'Custom row' }],
      rowSource: 'custom',
    });
    writeRichCell(cellText(doc, 'r', 'c')!);
    const rows = tableExportRows(doc, (id) => id);
    expect(rows[0]).toEqual(['Table', "'+Budget"]);
    expect(rows[1]).toEqual(['Deadline', 'none']);
    expect(rows[3]).toEqual(['Row', "'-Risks", 'Status', 'Status set by', 'Status set at (UTC)']);
    expect(rows[4]![1]).toBe('See our report and act\n- first\n- second\n1. one\n2. two');
  });

  it('quotes CSV values with commas, quotes and new lines, with CRLF line ends', () => {
    const doc = knownTable(smallTable, { dcad: { notes: 'He said "yes", then\nleft' } });
    const csv = tableCsv(doc, (id) => id);
    expect(csv).toContain('dcad,,,,"He said ""yes"", then\nleft",Not started,,');
    expect(csv.split('\r\n')[3]).toBe(
      'DC,Connectivity,Human rights,AI,Notes,Status,Status set by,Status set at (UTC)',
    );
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[4]![4]).toBe('He said "yes", then\nleft');
  });
});

describe('deadlines and file names in exports', () => {
  it('shows the deadline where it was set and in UTC', () => {
    expect(deadlineText({ at: '2026-01-10T22:59:00.000Z', timeZone: 'Europe/Warsaw' })).toBe(
      '2026-01-10 23:59 Europe/Warsaw (2026-01-10 22:59 UTC)',
    );
    expect(deadlineText({ at: '2026-09-10T12:00:00.000Z', timeZone: 'America/New_York' })).toBe(
      '2026-09-10 08:00 America/New_York (2026-09-10 12:00 UTC)',
    );
    expect(deadlineText(null)).toBe('none');
  });

  it('names files after the title', () => {
    expect(exportFileName('DC work and the IGF 2021 issue areas', 'csv')).toBe(
      'DC-work-and-the-IGF-2021-issue-areas.csv',
    );
    expect(exportFileName('Überblick: "Zürich"/Łódź', 'xlsx')).toBe('Uberblick-Zurich-odz.xlsx');
    expect(exportFileName('???', 'csv')).toBe('table.csv');
  });
});
