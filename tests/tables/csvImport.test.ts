/**
 * CSV import (T7): an export imported into the same table changes nothing; edited values become
 * changes with before and after; rows are found by DC name, DC id or custom label, columns by
 * title; whatever cannot be placed is a problem with its line, never a guess; applying writes
 * every change in one update and leaves alone cells someone changed since the preview.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { cellPlainText, setCellPlainText } from '../../shared/tables/cellPlainText';
import { applyCsvImport, planCsvImport } from '../../shared/tables/csvImport';
import { tableCsv } from '../../shared/tables/exportTable';
import { removeColumn } from '../../shared/tables/tableOperations';
import { cellText, existingCellText } from '../../shared/tables/tableSchema';
import { dynamicCoalitions } from '../../shared/workspace/referenceData';
import { knownTable, smallTable, writeRichCell } from './tableFixtures';

const dcName = (id: string) => dynamicCoalitions.find((dc) => dc.id === id)?.name ?? id;
const text = (doc: Y.Doc, row: string, column: string) =>
  cellPlainText(existingCellText(doc, row, column)!);

/** A table with awkward text in many cells: formulas, quotes, commas, lists, new lines. */
function awkwardTable(): Y.Doc {
  const doc = knownTable(
    smallTable,
    {
      dcad: { connectivity: '=HYPERLINK("x")', notes: 'a, "b"\nc' },
      'dc-iot': { 'human-rights': "'=already quoted", notes: '@mention\n- item one\n- item two' },
      irpc: { 'ai-cooperation': '\tTabbed', connectivity: '-5' },
    },
    { dcad: 'submitted' },
  );
  writeRichCell(cellText(doc, 'irpc', 'notes')!);
  return doc;
}

describe('CSV round trip (T7)', () => {
  it('importing an export into the same table changes nothing and finds no problem', () => {
    const doc = awkwardTable();
    expect(planCsvImport(doc, tableCsv(doc, dcName))).toEqual({ changes: [], problems: [] });
    // With the byte order mark the download starts with, and LF line ends.
    const lf = `\uFEFF${tableCsv(doc, dcName).replace(/\r\n/g, '\n')}`;
    expect(planCsvImport(doc, lf)).toEqual({ changes: [], problems: [] });
  });

  it('an export imported into an empty copy of the table fills it with the same text', () => {
    const source = awkwardTable();
    const target = knownTable(smallTable);
    const plan = planCsvImport(target, tableCsv(source, dcName));
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toHaveLength(7);
    expect(applyCsvImport(target, plan)).toEqual({ applied: 7, skipped: [] });
    for (const row of ['dcad', 'dc-iot', 'irpc'])
      for (const column of ['connectivity', 'human-rights', 'ai-cooperation', 'notes'])
        expect(text(target, row, column), `${row}/${column}`).toBe(text(source, row, column));
    expect(planCsvImport(target, tableCsv(source, dcName)).changes).toEqual([]);
  });
});

describe('planCsvImport (T7)', () => {
  const header = 'DC,Connectivity,Human rights,AI,Notes,Status';

  it('lists each changed cell with row, column, before and after', () => {
    const doc = knownTable(smallTable, { dcad: { connectivity: 'old' } });
    const csv = `${header}\nDC on Accessibility and Disability,new,,,,Draft\nirpc,,"two\nlines",,,\n`;
    expect(planCsvImport(doc, csv)).toEqual({
      problems: [],
      changes: [
        {
          rowId: 'dcad',
          columnId: 'connectivity',
          rowLabel: 'DC on Accessibility and Disability',
          columnTitle: 'Connectivity',
          before: 'old',
          after: 'new',
        },
        {
          rowId: 'irpc',
          columnId: 'human-rights',
          rowLabel: 'DC on Internet Rights and Principles',
          columnTitle: 'Human rights',
          before: '',
          after: 'two\nlines',
        },
      ],
    });
  });

  it('matches column titles and row names ignoring case and surrounding spaces', () => {
    const doc = knownTable(smallTable);
    const plan = planCsvImport(doc, 'dc, CONNECTIVITY \n dc on internet of things ,yes\n');
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => [c.rowId, c.columnId, c.after])).toEqual([
      ['dc-iot', 'connectivity', 'yes'],
    ]);
  });

  it('reports unknown rows and columns, repeats, extra values and nameless lines by line', () => {
    const doc = knownTable(smallTable);
    removeColumn(doc, 'ai-cooperation', '2026-09-02T00:00:00.000Z');
    const csv = [
      'Table,Small mapping',
      '',
      'DC,Connectivity,Budget,AI,Connectivity',
      'dcad,a,b,c,d',
      'DC on Nothing,x,,,',
      '"dcad",again,,,',
      'irpc,"multi',
      'line",,,,,surplus',
      ',orphan,,,',
      'dc-iot,fine,,,',
    ].join('\n');
    const plan = planCsvImport(doc, csv);
    expect(plan.problems).toEqual([
      {
        line: 3,
        message:
          'Column "Budget" is not in the table; its values are not imported. Add the column first or correct the title.',
      },
      {
        line: 3,
        message:
          'Column "AI" is not in the table; its values are not imported. Add the column first or correct the title.',
      },
      {
        line: 3,
        message:
          'Column "Connectivity" appears twice in the header (values 2 and 5); only the first is imported.',
      },
      {
        line: 5,
        message:
          'No row "DC on Nothing" in the table; the line is skipped. Add the row first or correct the name.',
      },
      { line: 6, message: 'Row "dcad" appears again (first on line 4); this line is skipped.' },
      {
        line: 7,
        message:
          'The line has more values than the header has columns; the extra values are not imported.',
      },
      { line: 9, message: 'The line has no row name in its first value.' },
    ]);
    expect(plan.changes.map((c) => [c.rowId, c.columnId, c.after])).toEqual([
      ['dcad', 'connectivity', 'a'],
      ['irpc', 'connectivity', 'multi\nline'],
      ['dc-iot', 'connectivity', 'fine'],
    ]);
  });

  it('says what the header must look like when there is none', () => {
    const doc = knownTable(smallTable);
    expect(planCsvImport(doc, 'Name,Connectivity\ndcad,x\n')).toEqual({
      changes: [],
      problems: [
        {
          line: 1,
          message:
            'No header line found: the header\'s first value must be "DC", followed by the column titles.',
        },
      ],
    });
  });

  it('refuses a title two columns share, and names custom rows by label', () => {
    const doc = knownTable({
      ...smallTable,
      rowSource: 'custom',
      columns: [
        { id: 'a', title: 'Same' },
        { id: 'b', title: 'same' },
        { id: 'c', title: 'Other' },
      ],
      rows: [{ id: 'r1', label: '=Workshop' }],
    });
    const plan = planCsvImport(doc, "Row,SAME,Other\n'=Workshop,x,y\n");
    expect(plan.problems).toEqual([
      {
        line: 1,
        message: 'Column "SAME" matches 2 columns of the table; rename them so the titles differ.',
      },
    ]);
    expect(plan.changes.map((c) => [c.rowId, c.columnId, c.after])).toEqual([['r1', 'c', 'y']]);
  });
});

describe('applyCsvImport (T7)', () => {
  it('writes every change in one update', () => {
    const doc = knownTable(smallTable);
    const plan = planCsvImport(doc, 'DC,Connectivity,Notes\ndcad,a,b\nirpc,c,- d\n');
    let updates = 0;
    doc.on('update', () => (updates += 1));
    expect(applyCsvImport(doc, plan).applied).toBe(4);
    expect(updates).toBe(1);
    expect(text(doc, 'irpc', 'notes')).toBe('- d');
  });

  it('leaves alone a cell someone changed since the preview, and says so', () => {
    const doc = knownTable(smallTable, { dcad: { connectivity: 'before' } });
    const plan = planCsvImport(doc, 'DC,Connectivity,Notes\ndcad,import,import\n');
    setCellPlainText(cellText(doc, 'dcad', 'connectivity')!, 'typed meanwhile');
    const result = applyCsvImport(doc, plan);
    expect(result.applied).toBe(1);
    expect(result.skipped.map((c) => c.columnId)).toEqual(['connectivity']);
    expect(text(doc, 'dcad', 'connectivity')).toBe('typed meanwhile');
    expect(text(doc, 'dcad', 'notes')).toBe('import');
  });
});
