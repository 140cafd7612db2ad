/**
 * The table routes through a real server (T1, T7, T8): the seeded tables in GET /api/tables
 * with what each person may do, creating a table as the Secretariat (validated, named after
 * its title, refused to others), and the CSV and XLSX exports with status, deadline and
 * neutralized values.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Roles } from '../../shared/access/roles';
import { planCsvImport } from '../../shared/tables/csvImport';
import { readTable } from '../../shared/tables/readTable';
import { SEEDED_TABLES } from '../../shared/tables/seededTables';
import type { TableListItem } from '../../shared/tables/tableList';
import { setRowStatus, setTableTitle } from '../../shared/tables/tableOperations';
import { cellText } from '../../shared/tables/tableSchema';
import { setCellPlainText } from '../../shared/tables/cellPlainText';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { apiJson, storedTable, tableClient } from './tableSessions';

let server: TestServer;
let member: { token: string };
let observer: { token: string };

beforeAll(async () => {
  server = await startTestServer({ now: () => Date.parse('2026-12-01T10:00:00Z') });
  member = await server.createPerson(Roles.dcMember, { dcs: ['dcad'], name: 'Ada Member' });
  observer = await server.createPerson(Roles.observer);
});
afterAll(() => server.close());

const listAs = async (token: string | null) => {
  const { status, body } = await apiJson(server, token, '/api/tables');
  return { status, tables: (body['tables'] ?? []) as TableListItem[] };
};

describe('GET /api/tables (T1)', () => {
  it('lists both seeded tables with title, deadline, size and progress', async () => {
    const { status, tables } = await listAs(server.token);
    expect(status).toBe(200);
    expect(tables.map((t) => t.name)).toEqual([
      SEEDED_TABLES.issueAreas,
      SEEDED_TABLES.roadmapLinkages,
    ]);
    const [issues, roadmap] = tables;
    expect(issues).toMatchObject({
      title: 'DC work and the IGF 2021 issue areas',
      rowSource: 'dcs',
      deadline: null,
      rows: 23,
      columns: 7,
      statusCounts: { notStarted: 23, draft: 0, submitted: 0 },
      access: 'editor',
      scope: 'everything',
    });
    // Seeded on 1 December 2026 (the server's clock): the next 10 September is in 2027.
    expect(roadmap).toMatchObject({
      deadline: { at: '2027-09-10T21:59:00.000Z', timeZone: 'Europe/Warsaw' },
      rows: 23,
      columns: 8,
    });
  });

  it('says what each person may change, and answers 401 to anonymous requests', async () => {
    expect((await listAs(member.token)).tables[0]).toMatchObject({
      access: 'editor',
      scope: 'ownRows',
    });
    expect((await listAs(observer.token)).tables[0]).toMatchObject({
      access: 'commenter',
      scope: 'nothing',
    });
    expect((await listAs(null)).status).toBe(401);
  });

  it('gives a person the access the Secretariat set for one table', async () => {
    const viewer = await server.createPerson(Roles.dcMember, { dcs: ['irpc'] });
    await server.accounts.store.setDocumentAccess(
      SEEDED_TABLES.roadmapLinkages,
      viewer.user.id,
      'viewer',
    );
    const tables = (await listAs(viewer.token)).tables;
    expect(tables.map((t) => [t.name, t.access, t.scope])).toEqual([
      [SEEDED_TABLES.issueAreas, 'editor', 'ownRows'],
      [SEEDED_TABLES.roadmapLinkages, 'viewer', 'nothing'],
    ]);
  });

  it('does not list a table name someone merely opened', async () => {
    const opened = await tableClient(server, server.token, 'table-never-created');
    expect((await listAs(server.token)).tables.map((t) => t.name)).not.toContain(
      'table-never-created',
    );
    opened.destroy();
  });

  it('shows a rename and a status change made through the sync connection at once', async () => {
    const secretariat = await tableClient(server, server.token, SEEDED_TABLES.issueAreas);
    setTableTitle(secretariat.doc, 'Renamed issue-area table');
    setRowStatus(secretariat.doc, 'dcad', {
      status: 'submitted',
      userId: 'x',
      userName: 'X',
      at: new Date().toISOString(),
    });
    await waitFor(
      async () => (await listAs(server.token)).tables[0]!.title === 'Renamed issue-area table',
      {
        message: 'the new title in the list',
      },
    );
    expect((await listAs(server.token)).tables[0]!.statusCounts).toEqual({
      notStarted: 22,
      draft: 0,
      submitted: 1,
    });
    setTableTitle(secretariat.doc, 'DC work and the IGF 2021 issue areas');
    secretariat.destroy();
  });
});

describe('POST /api/tables (T8)', () => {
  const request = {
    title: 'October intersessional session',
    rowSource: 'custom',
    rows: ['Session on access', 'Session on data'],
    columns: [{ title: 'Contact person' }, { title: 'Connectivity', area: 'connectivity' }],
    deadline: { at: '2026-10-01T12:00:00+02:00', timeZone: 'Europe/Zurich' },
  };

  it('creates a table for the Secretariat, named after its title, stored and listed', async () => {
    const created = await apiJson(server, server.token, '/api/tables', {
      method: 'POST',
      body: request,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ name: 'table-october-intersessional-session' });
    const again = await apiJson(server, server.token, '/api/tables', {
      method: 'POST',
      body: request,
    });
    expect(again.body).toEqual({ name: 'table-october-intersessional-session-2' });

    const table = readTable(await storedTable(server, 'table-october-intersessional-session'));
    expect(table).toMatchObject({
      title: 'October intersessional session',
      rowSource: 'custom',
      deadline: { at: '2026-10-01T10:00:00.000Z', timeZone: 'Europe/Zurich' },
    });
    expect(table.rows.map((row) => [row.label, row.dc])).toEqual([
      ['Session on access', null],
      ['Session on data', null],
    ]);
    expect(table.columns.map((c) => [c.title, c.area])).toEqual([
      ['Contact person', null],
      ['Connectivity', 'connectivity'],
    ]);
    const names = (await listAs(member.token)).tables.map((t) => t.name);
    expect(names).toContain('table-october-intersessional-session-2');
  });

  it('names every bad field, and refuses everyone but the Secretariat', async () => {
    const bad = await apiJson(server, server.token, '/api/tables', {
      method: 'POST',
      body: { ...request, title: '', columns: [], deadline: { at: 'x', timeZone: 'Nowhere' } },
    });
    expect(bad.status).toBe(400);
    expect((bad.body['error'] as { fields: Record<string, string> }).fields).toEqual({
      title: 'title is required',
      columns: 'columns: at least one column',
      'deadline.at': 'deadline.at: an ISO date and time, e.g. 2026-09-10T21:59:00Z',
      'deadline.timeZone': 'deadline.timeZone: a time zone such as Europe/Warsaw or UTC',
    });
    const notJson = await fetch(`${server.url}/api/tables`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
    const byMember = await apiJson(server, member.token, '/api/tables', {
      method: 'POST',
      body: request,
    });
    expect(byMember.status).toBe(403);
    expect(
      (await apiJson(server, null, '/api/tables', { method: 'POST', body: request })).status,
    ).toBe(401);
  });
});

describe('exports (T7)', () => {
  const name = SEEDED_TABLES.roadmapLinkages;

  beforeAll(async () => {
    const secretariat = await tableClient(server, server.token, name);
    secretariat.doc.transact(() => {
      setCellPlainText(cellText(secretariat.doc, 'dcad', 'connectivity')!, '=cmd|"/c calc"!A1');
      setCellPlainText(cellText(secretariat.doc, 'irpc', 'human-rights')!, 'Charter\n- rights');
      setRowStatus(secretariat.doc, 'dcad', {
        status: 'draft',
        userId: 'ada',
        userName: 'Ada Member',
        at: '2026-12-01T09:00:00.000Z',
      });
    });
    await waitFor(
      async () => readTable(await storedTable(server, name)).rows[0]!.status === 'draft',
      {
        message: 'the edits to be stored',
      },
    );
    secretariat.destroy();
  });

  it('sends CSV with the title, deadline, statuses and neutralized formulas, as a download', async () => {
    const response = await fetch(`${server.url}/api/tables/${name}/export.csv`, {
      headers: { authorization: `Bearer ${observer.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(
      'filename="Mapping-of-linkages-between-IGF-activities-and-the-Roadmap-for-digital-cooperation.csv"',
    );
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv.startsWith('\uFEFFTable,Mapping of linkages')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe('Deadline,2027-09-10 23:59 Europe/Warsaw (2027-09-10 21:59 UTC)');
    expect(lines[4]).toBe(
      `DC on Accessibility and Disability,"'=cmd|""/c calc""!A1",,,,,,,,Draft,Ada Member,2026-12-01T09:00:00.000Z`,
    );
    // The file imports back into the table without a change.
    const doc = await storedTable(server, name);
    expect(planCsvImport(doc, csv)).toEqual({ changes: [], problems: [] });
  });

  it('sends XLSX whose cells are all text, none a formula', async () => {
    const response = await fetch(`${server.url}/api/tables/${name}/export.xlsx`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Mapping of linkages between IGF');
    const values: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[3]!.slice(0, 2)).toEqual(['DC', '1. Achieving universal connectivity by 2030']);
    expect(values[4]![1]).toBe(`'=cmd|"/c calc"!A1`);
    expect(values[4]!.slice(9)).toEqual(['Draft', 'Ada Member', '2026-12-01T09:00:00.000Z']);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
      }),
    );
  });

  it('answers 404 for a table that does not exist and 401 without sign-in', async () => {
    const missing = await apiJson(server, server.token, '/api/tables/table-nothing/export.csv');
    expect(missing.status).toBe(404);
    const notTable = await apiJson(
      server,
      server.token,
      '/api/tables/main-session-plan/export.csv',
    );
    expect(notTable.status).toBe(404);
    expect((await apiJson(server, null, `/api/tables/${name}/export.xlsx`)).status).toBe(401);
  });
});

describe('the seeded tables on disk', () => {
  it('stores them once, so a restart does not seed them again', async () => {
    const { updates } = await server.store.load(SEEDED_TABLES.issueAreas);
    const doc = new Y.Doc();
    for (const update of updates) Y.applyUpdate(doc, update);
    expect(readTable(doc).rows).toHaveLength(23);
  });
});
