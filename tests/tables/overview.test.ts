/**
 * The Secretariat's overview from known data (T10): rows by status, and the coverage matrix of
 * rows × area columns with its gaps (no DC) and overlaps (at least OVERLAP_THRESHOLD DCs).
 * Removed rows and columns, free-text columns and whitespace-only cells do not count.
 */
import { describe, expect, it } from 'vitest';
import { OVERLAP_THRESHOLD, coverageMatrix, statusOverview } from '../../shared/tables/overview';
import { readTable } from '../../shared/tables/readTable';
import { removeColumn, removeRow } from '../../shared/tables/tableOperations';
import { knownTable, smallTable } from './tableFixtures';

describe('statusOverview (T10)', () => {
  it('groups the shown rows by status, in table order', () => {
    const doc = knownTable(smallTable, {}, { dcad: 'submitted', irpc: 'draft' });
    const overview = statusOverview(readTable(doc));
    expect(overview.total).toBe(3);
    expect(overview.byStatus.submitted.map((row) => row.id)).toEqual(['dcad']);
    expect(overview.byStatus.draft.map((row) => row.id)).toEqual(['irpc']);
    expect(overview.byStatus.notStarted.map((row) => row.id)).toEqual(['dc-iot']);
    expect(overview.byStatus.submitted[0]).toMatchObject({
      statusByName: 'Member of dcad',
      statusAt: '2026-09-01T08:30:00.000Z',
    });
  });

  it('leaves removed rows out', () => {
    const doc = knownTable(smallTable, {}, { dcad: 'submitted' });
    removeRow(doc, 'dcad', '2026-09-02T00:00:00.000Z');
    const overview = statusOverview(readTable(doc));
    expect(overview.total).toBe(2);
    expect(overview.byStatus.submitted).toEqual([]);
  });
});

describe('coverageMatrix (T10)', () => {
  it('says which rows fill which area columns, the gaps and the counts', () => {
    const doc = knownTable(smallTable, {
      dcad: { connectivity: 'Accessible networks', notes: 'free text does not count' },
      'dc-iot': { connectivity: 'IoT in rural areas', 'human-rights': '  \n ' },
      irpc: { 'human-rights': '- Charter of rights' },
    });
    const matrix = coverageMatrix(doc);
    expect(matrix.columns.map((c) => c.id)).toEqual([
      'connectivity',
      'human-rights',
      'ai-cooperation',
    ]);
    expect(matrix.rows.map((r) => r.id)).toEqual(['dcad', 'dc-iot', 'irpc']);
    expect(matrix.filled).toEqual({
      dcad: ['connectivity'],
      'dc-iot': ['connectivity'],
      irpc: ['human-rights'],
    });
    expect(matrix.countByColumn).toEqual({
      connectivity: 2,
      'human-rights': 1,
      'ai-cooperation': 0,
    });
    expect(matrix.gaps).toEqual(['ai-cooperation']);
    expect(matrix.overlaps).toEqual([]);
  });

  it(`calls an area filled by ${OVERLAP_THRESHOLD} or more rows an overlap`, () => {
    const rows = Array.from({ length: OVERLAP_THRESHOLD + 1 }, (_, i) => ({
      id: `r${i}`,
      label: `Row ${i}`,
    }));
    const settings = { ...smallTable, rowSource: 'custom' as const, rows };
    const cells: Record<string, Record<string, string>> = {};
    rows.forEach((row, i) => {
      cells[row.id] = {
        ...(i < OVERLAP_THRESHOLD ? { connectivity: 'yes' } : {}),
        ...(i < OVERLAP_THRESHOLD - 1 ? { 'human-rights': 'yes' } : {}),
      };
    });
    const matrix = coverageMatrix(knownTable(settings, cells));
    expect(matrix.countByColumn['connectivity']).toBe(OVERLAP_THRESHOLD);
    expect(matrix.countByColumn['human-rights']).toBe(OVERLAP_THRESHOLD - 1);
    expect(matrix.overlaps).toEqual(['connectivity']);
    expect(matrix.gaps).toEqual(['ai-cooperation']);
  });

  it('leaves removed rows and columns out', () => {
    const doc = knownTable(smallTable, {
      dcad: { connectivity: 'x', 'ai-cooperation': 'y' },
      irpc: { 'human-rights': 'z' },
    });
    removeColumn(doc, 'ai-cooperation', '2026-09-02T00:00:00.000Z');
    removeRow(doc, 'irpc', '2026-09-02T00:00:00.000Z');
    const matrix = coverageMatrix(doc);
    expect(matrix.columns.map((c) => c.id)).toEqual(['connectivity', 'human-rights']);
    expect(Object.keys(matrix.filled)).toEqual(['dcad', 'dc-iot']);
    expect(matrix.gaps).toEqual(['human-rights']);
  });
});
