/**
 * The seeded tables (T1) and the new-table request (T8): the two tables of the meeting report
 * with a row per DC and their area columns, the Roadmap deadline on the next 10 September after
 * the day of seeding (23:59 Europe/Warsaw), and validation of what the Secretariat sends with
 * messages that name the field.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fieldErrors } from '../../shared/accounts/fieldErrors';
import { newTableSchema, newTableSettings, tableDocName } from '../../shared/tables/newTableSchema';
import { readTable } from '../../shared/tables/readTable';
import { endOfNextDay, seededRoadmapDeadline } from '../../shared/tables/seedDeadline';
import { nextOccurrence } from '../../shared/time/nextOccurrence';
import {
  POLICY_QUESTIONS_COLUMN,
  SEEDED_TABLES,
  seededTableUpdates,
} from '../../shared/tables/seededTables';
import { isTableName } from '../../shared/tables/tableNames';
import { dynamicCoalitions, issueAreas, roadmapAreas } from '../../shared/workspace/referenceData';

describe('nextOccurrence and the seeded deadline (T1)', () => {
  it.each([
    ['2026-12-01', '2027-09-10'],
    ['2026-09-09', '2026-09-10'],
    ['2026-09-10', '2027-09-10'],
    ['2026-01-01', '2026-09-10'],
  ])('the next 10 September after %s is %s', (after, expected) => {
    expect(nextOccurrence({ month: 9, day: 10 }, after)).toBe(expected);
  });

  it('finds 29 February in the next leap year, and refuses a date that is not one', () => {
    expect(nextOccurrence({ month: 2, day: 29 }, '2025-03-01')).toBe('2028-02-29');
    expect(() => nextOccurrence({ month: 9, day: 10 }, 'soon')).toThrow(/not a YYYY-MM-DD date/);
  });

  it('ends the day at 23:59 Europe/Warsaw, summer or winter', () => {
    expect(seededRoadmapDeadline(new Date('2026-12-01T10:00:00Z'))).toEqual({
      at: '2027-09-10T21:59:00.000Z',
      timeZone: 'Europe/Warsaw',
    });
    expect(endOfNextDay({ month: 1, day: 15 }, new Date('2026-12-01T10:00:00Z'))).toEqual({
      at: '2027-01-15T22:59:00.000Z',
      timeZone: 'Europe/Warsaw',
    });
  });

  it('counts the day of seeding in Warsaw: 9 September 23:30 UTC is already the 10th there', () => {
    expect(seededRoadmapDeadline(new Date('2026-09-09T21:30:00Z')).at).toBe(
      '2026-09-10T21:59:00.000Z',
    );
    expect(seededRoadmapDeadline(new Date('2026-09-09T22:30:00Z')).at).toBe(
      '2027-09-10T21:59:00.000Z',
    );
  });
});

describe('the seeded tables (T1)', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const tables = new Map(
    seededTableUpdates(now).map(({ name, update }) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      return [name, readTable(doc)];
    }),
  );

  it('seeds the issue-area table: a row per DC, six area columns and related policy questions', () => {
    const table = tables.get(SEEDED_TABLES.issueAreas)!;
    expect(table.title).toBe('DC work and the IGF 2021 issue areas');
    expect(table.rowSource).toBe('dcs');
    expect(table.deadline).toBeNull();
    expect(table.rows.map((row) => row.dc)).toEqual(dynamicCoalitions.map((dc) => dc.id));
    expect(table.rows.map((row) => row.id)).toEqual(dynamicCoalitions.map((dc) => dc.id));
    expect(table.rows.every((row) => row.status === 'notStarted')).toBe(true);
    expect(table.columns.map((c) => [c.id, c.title, c.area])).toEqual([
      ...issueAreas.map((area) => [area.id, area.name, area.id]),
      [POLICY_QUESTIONS_COLUMN, 'Related policy questions', null],
    ]);
  });

  it('seeds the Roadmap table: a row per DC, eight numbered areas, the next 10 September', () => {
    const table = tables.get(SEEDED_TABLES.roadmapLinkages)!;
    expect(table.title).toBe(
      'Mapping of linkages between IGF activities and the Roadmap for digital cooperation',
    );
    expect(table.rows).toHaveLength(dynamicCoalitions.length);
    expect(table.columns).toHaveLength(8);
    expect(table.columns.map((c) => c.area)).toEqual(roadmapAreas.map((area) => area.id));
    expect(table.columns[0]!.title).toBe('1. Achieving universal connectivity by 2030');
    expect(table.deadline).toEqual({ at: '2027-09-10T21:59:00.000Z', timeZone: 'Europe/Warsaw' });
  });

  it('builds the same update for the same day (seeding twice merges without duplicates)', () => {
    const again = seededTableUpdates(now);
    seededTableUpdates(now).forEach((table, i) => {
      expect(Buffer.from(table.update).equals(Buffer.from(again[i]!.update))).toBe(true);
    });
  });

  it('names tables table-…', () => {
    expect(isTableName('table-issue-areas')).toBe(true);
    expect(isTableName('table-')).toBe(false);
    expect(isTableName('main-session-plan')).toBe(false);
  });
});

describe('newTableSchema (T8)', () => {
  const valid = {
    title: 'Intersessional sign-up',
    rowSource: 'custom',
    rows: ['Session A', 'Session B'],
    columns: [{ title: 'Contact person' }, { title: 'Connectivity', area: 'connectivity' }],
    deadline: { at: '2026-10-01T12:00:00+02:00', timeZone: 'Europe/Zurich' },
  };

  it('accepts a valid table and turns it into settings with ids', () => {
    const parsed = newTableSchema.parse(valid);
    let n = 0;
    const settings = newTableSettings(parsed, ['dcad'], () => `id${++n}`);
    expect(settings).toEqual({
      title: 'Intersessional sign-up',
      rowSource: 'custom',
      deadline: { at: '2026-10-01T10:00:00.000Z', timeZone: 'Europe/Zurich' },
      columns: [
        { id: 'id1', title: 'Contact person' },
        { id: 'connectivity', title: 'Connectivity', area: 'connectivity' },
      ],
      rows: [
        { id: 'id2', label: 'Session A' },
        { id: 'id3', label: 'Session B' },
      ],
    });
    const dcs = newTableSettings(
      newTableSchema.parse({ ...valid, rowSource: 'dcs', rows: undefined, deadline: null }),
      ['dcad', 'irpc'],
      () => 'x',
    );
    expect(dcs.rows).toEqual([
      { id: 'dcad', dc: 'dcad' },
      { id: 'irpc', dc: 'irpc' },
    ]);
    expect(dcs.deadline).toBeNull();
  });

  it.each([
    [{ title: '  ' }, { title: 'title is required' }],
    [{ rowSource: 'people' }, { rowSource: 'rowSource: dcs or custom' }],
    [{ rows: [] }, { rows: 'rows: a table with custom rows needs at least one row label' }],
    [{ rows: ['A', 'a '] }, { rows: 'rows: each label once' }],
    [{ columns: [] }, { columns: 'columns: at least one column' }],
    [{ columns: [{ title: 'X' }, { title: 'x' }] }, { columns: 'columns: each title once' }],
    [{ columns: [{ title: '' }] }, { 'columns.0.title': 'columns: each column needs a title' }],
    [
      { columns: [{ title: 'X', area: 'space' }] },
      { 'columns.0.area': 'columns: area must be an IGF 2021 issue area or a Roadmap area' },
    ],
    [
      { deadline: { at: 'next week', timeZone: 'UTC' } },
      { 'deadline.at': 'deadline.at: an ISO date and time, e.g. 2026-09-10T21:59:00Z' },
    ],
    [
      { deadline: { at: '2026-09-10T21:59:00Z', timeZone: 'Mars/Olympus' } },
      { 'deadline.timeZone': 'deadline.timeZone: a time zone such as Europe/Warsaw or UTC' },
    ],
  ])('refuses %j naming the field', (change, fields) => {
    const result = newTableSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual(fields);
  });

  it('names a new table after its title, avoiding taken names', () => {
    const taken = new Set(['table-budget', 'table-budget-2']);
    expect(tableDocName('Budget!', (n) => taken.has(n))).toBe('table-budget-3');
    expect(tableDocName('Ünïcode & Co', () => false)).toBe('table-unicode-co');
    expect(tableDocName('***', () => false)).toBe('table-table');
    expect(tableDocName('x'.repeat(200), () => false)).toHaveLength(6 + 48);
  });
});
