/**
 * The model pieces the server relies on (T3, T5): filling the cells that rows and columns added
 * at the same time leave missing (no update at all when nothing is missing), and whether a row
 * is open at a given instant.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isRowOpen, readTableSettings } from '../../shared/tables/readTable';
import {
  addColumn,
  addRow,
  fillMissingCells,
  initializeTable,
  setDeadline,
  setRowReopened,
  setTableReopened,
} from '../../shared/tables/tableOperations';
import { existingCellText, rowsOf } from '../../shared/tables/tableSchema';

function table(): Y.Doc {
  const doc = new Y.Doc();
  initializeTable(doc, {
    title: 'T',
    rowSource: 'custom',
    deadline: null,
    columns: [{ id: 'c1', title: 'One' }],
    rows: [{ id: 'r1', label: 'Row' }],
  });
  return doc;
}

describe('fillMissingCells (T5)', () => {
  it('changes nothing, not even with an empty update, when every cell exists', () => {
    const doc = table();
    let updates = 0;
    doc.on('update', () => (updates += 1));
    expect(fillMissingCells(doc)).toBe(0);
    expect(updates).toBe(0);
  });

  it('gives the row added on one replica the column added on another, in one update', () => {
    const a = table();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addRow(a, { id: 'r2', label: 'Second' });
    addColumn(b, { id: 'c2', title: 'Two' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(existingCellText(a, 'r2', 'c2')).toBeNull();
    let updates = 0;
    a.on('update', () => (updates += 1));
    expect(fillMissingCells(a)).toBe(1);
    expect(updates).toBe(1);
    expect(existingCellText(a, 'r2', 'c2')).toBeInstanceOf(Y.XmlFragment);
    expect(existingCellText(a, 'r1', 'c2')).toBeInstanceOf(Y.XmlFragment);
  });

  it('skips a row without a cells map instead of failing', () => {
    const doc = table();
    rowsOf(doc).set('broken', new Y.Map<unknown>([['label', 'No cells']]));
    expect(fillMissingCells(doc)).toBe(0);
  });
});

describe('readTableSettings and isRowOpen (T3)', () => {
  const at = '2026-09-10T21:59:00.000Z';
  const deadline = Date.parse(at);

  it('is open without a deadline, before it, and after it only when reopened', () => {
    const doc = table();
    expect(isRowOpen(readTableSettings(doc), { reopened: false }, deadline + 1)).toBe(true);
    setDeadline(doc, { at, timeZone: 'Europe/Warsaw' });
    expect(readTableSettings(doc)).toEqual({
      deadline: { at, timeZone: 'Europe/Warsaw' },
      reopened: false,
    });
    expect(isRowOpen(readTableSettings(doc), { reopened: false }, deadline - 1)).toBe(true);
    expect(isRowOpen(readTableSettings(doc), { reopened: false }, deadline)).toBe(false);
    expect(isRowOpen(readTableSettings(doc), { reopened: true }, deadline + 1)).toBe(true);
    setRowReopened(doc, 'r1', true);
    setTableReopened(doc, true);
    expect(isRowOpen(readTableSettings(doc), { reopened: false }, deadline + 1)).toBe(true);
  });
});
