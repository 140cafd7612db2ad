// Pure pieces of the mapping-table screens: deadline wording and time zones, grid keyboard
// movement, who may change which row, presence on cells, cell rendering, filters, ids and
// moves, table routes and the table list.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Roles } from '../../shared/access/roles';
import { readTable } from '../../shared/tables/readTable';
import { addColumn, addRow, initializeTable } from '../../shared/tables/tableOperations';
import { cellText } from '../../shared/tables/tableSchema';
import { parseRoute, tablePath } from '../../client/src/routing/routes';
import { isCellEmpty, readCellContent } from '../../client/src/tables/cellContent';
import { cellKey, peopleByCell, readCellPresence } from '../../client/src/tables/cellPresence';
import {
  formatCountdown,
  formatDuration,
  formatInZone,
  formatUtc,
  localInputValue,
  readDeadlineInput,
} from '../../client/src/tables/deadlineFormat';
import { movePosition, moveForKey } from '../../client/src/tables/gridNavigation';
import { statusSetBy } from '../../client/src/tables/rowStatusText';
import {
  neighboursForMove,
  newColumnId,
  shortRandomId,
} from '../../client/src/tables/structureIds';
import { canChangeStructure, rowAbility, rowLabel } from '../../client/src/tables/tableAbilities';
import { applyTableFilter } from '../../client/src/tables/tableFilter';
import { parseTableList } from '../../client/src/tables/tablesApi';

const HOUR = 3_600_000;

describe('deadline wording', () => {
  it('counts down in the two largest units and says how long ago it closed', () => {
    const at = '2026-09-10T21:59:00.000Z';
    const deadline = Date.parse(at);
    expect(formatCountdown(at, deadline - (3 * 24 + 4) * HOUR - 5 * 60_000)).toBe(
      '3 days 4 hours left',
    );
    expect(formatCountdown(at, deadline - HOUR - 60_000)).toBe('1 hour 1 minute left');
    expect(formatCountdown(at, deadline - 12 * 60_000)).toBe('12 minutes left');
    expect(formatCountdown(at, deadline - 30_000)).toBe('less than a minute left');
    expect(formatCountdown(at, deadline)).toBe('Closed just now');
    expect(formatCountdown(at, deadline + 2 * 24 * HOUR)).toBe('Closed 2 days ago');
    expect(formatDuration(24 * HOUR)).toBe('1 day');
    expect(formatDuration(-5)).toBe('less than a minute');
  });

  it("shows the instant in the viewer's zone and in UTC", () => {
    const at = '2026-09-10T21:59:00.000Z';
    expect(formatInZone(at, 'Europe/Warsaw')).toBe('Thu 10 Sep 2026, 23:59 (Europe/Warsaw)');
    expect(formatInZone(at, 'America/New_York')).toBe('Thu 10 Sep 2026, 17:59 (America/New_York)');
    expect(formatInZone(at, 'Asia/Tokyo')).toBe('Fri 11 Sep 2026, 06:59 (Asia/Tokyo)');
    expect(formatUtc(at)).toBe('10 Sep 2026, 21:59 UTC');
  });

  it('reads the form in a time zone, names the field that is wrong, refuses skipped times', () => {
    expect(readDeadlineInput('2026-09-10T23:59', 'Europe/Warsaw')).toEqual({
      ok: true,
      at: '2026-09-10T21:59:00.000Z',
      timeZone: 'Europe/Warsaw',
    });
    expect(localInputValue('2026-09-10T21:59:00.000Z', 'Europe/Warsaw')).toBe('2026-09-10T23:59');
    const zone = readDeadlineInput('2026-09-10T23:59', 'Mars/Olympus');
    expect(zone.ok === false && zone.field).toBe('timeZone');
    const empty = readDeadlineInput('', 'UTC');
    expect(empty.ok === false && empty.message).toMatch(/^Date and time:/);
    // 02:30 on the last Sunday of March does not exist in Warsaw (clocks jump to 03:00).
    const skipped = readDeadlineInput('2026-03-29T02:30', 'Europe/Warsaw');
    expect(skipped.ok === false && skipped.message).toMatch(/does not exist in Europe\/Warsaw/);
  });
});

describe('grid keyboard movement', () => {
  const size = { rows: 3, columns: 4 };
  it('moves with arrows and stops at the edges', () => {
    expect(movePosition({ row: 0, column: 0 }, 'up', size)).toEqual({ row: 0, column: 0 });
    expect(movePosition({ row: 0, column: 0 }, 'down', size)).toEqual({ row: 1, column: 0 });
    expect(movePosition({ row: 2, column: 3 }, 'right', size)).toEqual({ row: 2, column: 3 });
    expect(movePosition({ row: 2, column: 3 }, 'left', size)).toEqual({ row: 2, column: 2 });
    expect(movePosition({ row: 1, column: 2 }, 'rowStart', size)).toEqual({ row: 1, column: 0 });
    expect(movePosition({ row: 1, column: 2 }, 'gridEnd', size)).toEqual({ row: 2, column: 3 });
  });

  it('Tab wraps to the next row and leaves the grid after the last cell', () => {
    expect(movePosition({ row: 0, column: 3 }, 'next', size)).toEqual({ row: 1, column: 0 });
    expect(movePosition({ row: 1, column: 0 }, 'previous', size)).toEqual({ row: 0, column: 3 });
    expect(movePosition({ row: 2, column: 3 }, 'next', size)).toBeNull();
    expect(movePosition({ row: 0, column: 0 }, 'previous', size)).toBeNull();
  });

  it('maps keys to moves', () => {
    const key = (key: string, extra: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) =>
      moveForKey({ key, shiftKey: false, ctrlKey: false, metaKey: false, ...extra });
    expect(key('ArrowDown')).toBe('down');
    expect(key('Tab', { shiftKey: true })).toBe('previous');
    expect(key('Home', { ctrlKey: true })).toBe('gridStart');
    expect(key('End')).toBe('rowEnd');
    expect(key('a')).toBeNull();
  });
});

describe('who may change a row', () => {
  const table = { deadline: { at: '2026-09-10T21:59:00.000Z', timeZone: 'UTC' }, reopened: false };
  const before = Date.parse('2026-09-01T00:00:00Z');
  const after = Date.parse('2026-09-11T00:00:00Z');
  const row = { dc: 'dcad', label: '', reopened: false };
  const member = { role: Roles.dcMember, dcs: ['dcad'], access: 'editor' } as const;

  it('lets a DC change its own row before the deadline, explains every refusal', () => {
    expect(rowAbility(member, table, row, before)).toEqual({ allowed: true });
    const other = rowAbility(member, table, { ...row, dc: 'is3c' }, before);
    expect(other.allowed === false && other.reason).toBe(
      "This row belongs to DC on Internet Standards, Security and Safety. You can change only your own DC's rows.",
    );
    const late = rowAbility(member, table, row, after);
    expect(late.allowed === false && late.reason).toMatch(/deadline has passed/);
    expect(rowAbility(member, { ...table, reopened: true }, row, after).allowed).toBe(true);
    expect(rowAbility(member, table, { ...row, reopened: true }, after).allowed).toBe(true);
    const viewer = rowAbility({ ...member, access: 'viewer' }, table, row, before);
    expect(viewer.allowed === false && viewer.reason).toMatch(/read this table/);
    const observer = rowAbility(
      { role: Roles.observer, dcs: [], access: 'editor' },
      table,
      row,
      before,
    );
    expect(observer.allowed).toBe(false);
    expect(rowAbility({ ...member, access: null }, table, row, before).allowed).toBe(false);
  });

  it('lets the Secretariat change everything, also after the deadline', () => {
    const secretariat = { role: Roles.secretariat, dcs: [], access: 'editor' } as const;
    expect(rowAbility(secretariat, table, row, after)).toEqual({ allowed: true });
    expect(canChangeStructure(secretariat)).toBe(true);
    expect(canChangeStructure(member)).toBe(false);
    expect(canChangeStructure({ ...secretariat, access: 'viewer' })).toBe(false);
    expect(rowLabel({ dc: null, label: '  ' })).toBe('Untitled row');
  });
});

describe('presence on cells', () => {
  it('lists other people by cell of this table, skipping malformed states and me', () => {
    const cell = { table: 'table-issue-areas', row: 'dcad', column: 'access-connectivity' };
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Me', dc: '', color: '#111111' }, cell }],
      [2, { user: { name: 'Wout de Natris', dc: 'IS3C', color: '#188038' }, cell }],
      [3, { user: { name: 'Other table', color: '#188038' }, cell: { ...cell, table: 'table-x' } }],
      [4, { user: { name: 'Bad colour', color: 'red' }, cell }],
      [5, { user: { name: 'No cell' }, cell: { table: 'table-issue-areas', row: 7 } }],
      [6, { cell }],
    ]);
    const people = peopleByCell(states, 1, 'table-issue-areas');
    expect([...people.keys()]).toEqual([cellKey('dcad', 'access-connectivity')]);
    expect(people.get(cellKey('dcad', 'access-connectivity'))).toEqual([
      { clientId: 2, name: 'Wout de Natris', dc: 'IS3C', color: '#188038' },
      { clientId: 4, name: 'Bad colour', dc: '', color: '#5f6368' },
    ]);
    expect(readCellPresence(null)).toBeNull();
    expect(readCellPresence({ table: 'a', row: 'b', column: '' })).toBeNull();
  });
});

describe('cell content', () => {
  it('reads paragraphs, lists and safe links, and drops unsafe addresses', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('cell');
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    const itemParagraph = new Y.XmlElement('paragraph');
    const itemText = new Y.XmlText();
    itemParagraph.insert(0, [itemText]);
    item.insert(0, [itemParagraph]);
    list.insert(0, [item]);
    fragment.insert(0, [paragraph, list]);
    text.insert(0, 'See ');
    text.insert(4, 'the report', { link: { href: 'https://www.intgovforum.org' }, bold: {} });
    itemText.insert(0, 'bad', { link: { href: 'javascript:alert(1)' } });

    const nodes = readCellContent(fragment);
    expect(nodes).toEqual([
      {
        kind: 'element',
        name: 'paragraph',
        attrs: {},
        children: [
          { kind: 'text', text: 'See ', marks: {} },
          {
            kind: 'text',
            text: 'the report',
            marks: { bold: true, href: 'https://www.intgovforum.org' },
          },
        ],
      },
      {
        kind: 'element',
        name: 'bulletList',
        attrs: {},
        children: [
          {
            kind: 'element',
            name: 'listItem',
            attrs: {},
            children: [
              {
                kind: 'element',
                name: 'paragraph',
                attrs: {},
                children: [{ kind: 'text', text: 'bad', marks: {} }],
              },
            ],
          },
        ],
      },
    ]);
    expect(isCellEmpty(nodes)).toBe(false);
    expect(isCellEmpty(readCellContent(doc.getXmlFragment('empty')))).toBe(true);
  });
});

describe('filters, ids and moves', () => {
  const doc = new Y.Doc();
  initializeTable(doc, {
    title: 'T',
    rowSource: 'dcs',
    deadline: null,
    columns: [
      { id: 'a', title: 'A', area: 'connectivity' },
      { id: 'b', title: 'B' },
    ],
    rows: [
      { id: 'dcad', dc: 'dcad' },
      { id: 'is3c', dc: 'is3c' },
      { id: 'ycig', dc: 'ycig' },
    ],
  });

  it('narrows to one row or column and ignores a filter on something gone', () => {
    const table = readTable(doc);
    const one = applyTableFilter(table, { row: 'is3c', column: 'b' });
    expect(one.rows.map((row) => row.id)).toEqual(['is3c']);
    expect(one.columns.map((column) => column.id)).toEqual(['b']);
    const gone = applyTableFilter(table, { row: 'nobody', column: null });
    expect(gone.rows).toHaveLength(3);
  });

  it('gives area columns their area id once, and moves rows between neighbours', () => {
    expect(newColumnId('connectivity', (id) => id === 'a')).toBe('connectivity');
    expect(newColumnId('connectivity', (id) => id === 'connectivity')).toMatch(/^[0-9a-z]{8}$/);
    expect(shortRandomId(() => 0.5)).toBe('iiiiiiii');
    const rows = readTable(doc).rows;
    expect(neighboursForMove(rows, 0, -1)).toBeNull();
    expect(neighboursForMove(rows, 2, 1)).toBeNull();
    expect(neighboursForMove(rows, 2, -1)).toEqual({
      after: rows[0]!.order,
      before: rows[1]!.order,
    });
    expect(neighboursForMove(rows, 0, 1)).toEqual({
      after: rows[1]!.order,
      before: rows[2]!.order,
    });
  });

  it('says who set a status and when', () => {
    const at = '2026-09-01T10:00:00.000Z';
    expect(statusSetBy({ statusByName: 'Judith', statusAt: at }, Date.parse(at) + 5 * 60_000)).toBe(
      'by Judith, 5 minutes ago',
    );
    expect(statusSetBy({ statusByName: null, statusAt: null }, 0)).toBeNull();
  });

  it('keeps cells of rows and columns added later (used by the grid)', () => {
    addColumn(doc, { id: 'c', title: 'C' });
    addRow(doc, { id: 'dc3', dc: 'dc3' });
    expect(cellText(doc, 'dc3', 'a')).not.toBeNull();
    expect(readTable(doc).columns.map((column) => column.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('table routes and the table list', () => {
  it('parses table addresses', () => {
    expect(parseRoute('/tables')).toEqual({ kind: 'tables' });
    expect(parseRoute('/tables/table-issue-areas')).toEqual({
      kind: 'table',
      name: 'table-issue-areas',
      view: 'grid',
    });
    expect(parseRoute('/tables/table-issue-areas/overview/')).toEqual({
      kind: 'table',
      name: 'table-issue-areas',
      view: 'overview',
    });
    expect(parseRoute('/tables/not-a-table').kind).toBe('notFound');
    expect(parseRoute('/tables/table-Bad_Name').kind).toBe('notFound');
    expect(tablePath('table-x', 'overview')).toBe('/tables/table-x/overview');
  });

  it('reads the table list field by field', () => {
    const tables = parseTableList({
      tables: [
        {
          name: 'table-issue-areas',
          title: 'DC work',
          rowSource: 'dcs',
          deadline: { at: '2026-09-10T21:59:00.000Z', timeZone: 'Europe/Warsaw' },
          rows: 23,
          columns: 7,
          access: 'editor',
          statusCounts: { notStarted: 20, draft: 2, submitted: 1 },
        },
        { name: 'not-a-table', title: 'x' },
        { name: 'table-b', title: '', deadline: { at: 'soon' }, access: 'owner' },
      ],
    });
    expect(tables).toEqual([
      {
        name: 'table-issue-areas',
        title: 'DC work',
        rowSource: 'dcs',
        deadline: { at: '2026-09-10T21:59:00.000Z', timeZone: 'Europe/Warsaw' },
        rows: 23,
        columns: 7,
        access: 'editor',
        statusCounts: { notStarted: 20, draft: 2, submitted: 1 },
      },
      {
        name: 'table-b',
        title: 'table-b',
        rowSource: 'dcs',
        deadline: null,
        rows: 0,
        columns: 0,
        access: null,
        statusCounts: null,
      },
    ]);
    expect(() => parseTableList({ nope: [] })).toThrow(/unexpected list of tables/);
  });
});
