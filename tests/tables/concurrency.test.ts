/**
 * Concurrent table edits through the real server, with stock y-websocket clients (T4, T5):
 * two people typing in one cell merge character by character; a column or row removed while
 * someone types in it keeps every character (SPEC T4) and shows it again on restore;
 * concurrent row moves and additions leave every row exactly once, in one order everywhere; a
 * row and a column added at the same time get their cell from the server; the presence of a
 * person in a cell reaches the others with the server's stamp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Roles } from '../../shared/access/roles';
import { readTable } from '../../shared/tables/readTable';
import {
  addColumn,
  addRow,
  initializeTable,
  moveRow,
  removeColumn,
  removeRow,
  restoreColumn,
  restoreRow,
} from '../../shared/tables/tableOperations';
import { cellText, columnsOf, existingCellText } from '../../shared/tables/tableSchema';
import type { StockClient } from '../helpers/clients';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import {
  apiJson,
  cellTextOf,
  storedTable,
  tableClient,
  typeParagraph,
  waitConverged,
} from './tableSessions';

let server: TestServer;
let ada: { token: string }; // DCAD
let ana: { token: string }; // DCAD too
const clients: StockClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ config: { roomGraceMs: 5000 } });
  ada = await server.createPerson(Roles.dcMember, { dcs: ['dcad'], name: 'Ada' });
  ana = await server.createPerson(Roles.dcMember, { dcs: ['dcad'], name: 'Ana' });
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function connect(token: string, name: string): Promise<StockClient> {
  const client = await tableClient(server, token, name);
  clients.push(client);
  return client;
}

/** A new custom-row table with `columns`, created through the API; returns its name. */
async function newTable(title: string, rows: string[], columns: string[]): Promise<string> {
  const created = await apiJson(server, server.token, '/api/tables', {
    method: 'POST',
    body: {
      title,
      rowSource: 'custom',
      rows,
      columns: columns.map((t) => ({ title: t })),
      deadline: null,
    },
  });
  expect(created.status).toBe(201);
  return created.body['name'] as string;
}

/** The first paragraph's text of a cell (created by `setup`). */
const firstLine = (doc: Y.Doc, row: string, column: string) =>
  (existingCellText(doc, row, column)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('two people in one cell (T5)', () => {
  it('merge character by character, the same for both and on disk', async () => {
    const name = 'table-roadmap-linkages';
    const [a, b] = [await connect(ada.token, name), await connect(ana.token, name)];
    typeParagraph(cellText(a.doc, 'dcad', 'connectivity')!, 'Workshop');
    await waitFor(() => cellTextOf(b.doc, 'dcad', 'connectivity') === 'Workshop', {
      message: 'B to see the cell',
    });

    // Each types into the same word, key by key, before seeing the other's keys.
    const left = firstLine(a.doc, 'dcad', 'connectivity');
    const right = firstLine(b.doc, 'dcad', 'connectivity');
    for (const [i, key] of [...'Rural '].entries()) left.insert(i, key);
    for (const [i, key] of [...' series'].entries()) right.insert(8 + i, key);
    for (const [i, key] of [...'ABC'].entries()) left.insert(10 + i, key);
    for (const [i, key] of [...'xyz'].entries()) right.insert(4 + i, key);

    await waitConverged(server, name, [a, b]);
    const merged = cellTextOf(a.doc, 'dcad', 'connectivity');
    // Each person's keys stay together, around the other's, wherever they typed them.
    expect(merged).toMatch(/^Rural Work(ABCxyz|xyzABC)shop series$/);
    expect(cellTextOf(b.doc, 'dcad', 'connectivity')).toBe(merged);
    expect(cellTextOf(await storedTable(server, name), 'dcad', 'connectivity')).toBe(merged);
  });
});

describe('removing a column or row while someone types in it (T4)', () => {
  it('keeps every character typed before, during and after the removal, and restores them', async () => {
    const name = await newTable('Removal while typing', ['Alpha', 'Beta'], ['Plans', 'Partners']);
    const sec = await connect(server.token, name);
    const typist = await connect(server.token, name);
    const table = readTable(sec.doc);
    const [alpha] = table.rows;
    const partners = table.columns[1]!;
    typeParagraph(cellText(typist.doc, alpha!.id, partners.id)!, 'before ');
    await waitConverged(server, name, [sec, typist]);

    // Concurrently: the column goes, and a new line and more letters arrive in its cell.
    removeColumn(sec.doc, partners.id, new Date().toISOString());
    const line = firstLine(typist.doc, alpha!.id, partners.id);
    line.insert(line.length, 'during');
    typeParagraph(existingCellText(typist.doc, alpha!.id, partners.id)!, 'second line');
    await waitConverged(server, name, [sec, typist]);

    // The column is hidden, its cell and every character kept, even what arrives afterwards.
    const removed = readTable(sec.doc);
    expect(removed.columns.map((c) => c.id)).not.toContain(partners.id);
    expect(removed.removedColumns.map((c) => c.id)).toEqual([partners.id]);
    firstLine(typist.doc, alpha!.id, partners.id).insert(0, '[late] ');
    await waitConverged(server, name, [sec, typist]);
    const expected = '[late] before during\nsecond line';
    expect(cellTextOf(sec.doc, alpha!.id, partners.id)).toBe(expected);
    expect(cellTextOf(await storedTable(server, name), alpha!.id, partners.id)).toBe(expected);

    restoreColumn(sec.doc, partners.id);
    await waitConverged(server, name, [sec, typist]);
    expect(readTable(typist.doc).columns.map((c) => c.id)).toContain(partners.id);
    expect(cellTextOf(typist.doc, alpha!.id, partners.id)).toBe(expected);
  });

  it('does the same for a row removed while its DC types in it', async () => {
    const name = 'table-issue-areas';
    const sec = await connect(server.token, name);
    const member = await connect(ada.token, name);
    typeParagraph(cellText(member.doc, 'dcad', 'environment-climate')!, 'Green IT');
    await waitConverged(server, name, [sec, member]);

    removeRow(sec.doc, 'dcad', new Date().toISOString());
    firstLine(member.doc, 'dcad', 'environment-climate').insert(8, ' and e-waste');
    await waitConverged(server, name, [sec, member]);
    expect(readTable(sec.doc).removedRows.map((row) => row.id)).toEqual(['dcad']);
    expect(cellTextOf(sec.doc, 'dcad', 'environment-climate')).toBe('Green IT and e-waste');

    restoreRow(sec.doc, 'dcad');
    await waitConverged(server, name, [sec, member]);
    expect(readTable(member.doc).rows.map((row) => row.id)).toContain('dcad');
    expect(cellTextOf(member.doc, 'dcad', 'environment-climate')).toBe('Green IT and e-waste');
  });
});

describe('concurrent structure changes (T5)', () => {
  it('concurrent row moves and additions: every row once, one order everywhere', async () => {
    const name = await newTable('Reorders', ['R1', 'R2', 'R3', 'R4'], ['Notes']);
    const people = [
      await connect(server.token, name),
      await connect(server.token, name),
      await connect(server.token, name),
    ];
    const [a, b, c] = people as [StockClient, StockClient, StockClient];
    const ids = readTable(a.doc).rows.map((row) => row.id);
    const orderOf = (doc: Y.Doc, id: string) => readTable(doc).rows.find((r) => r.id === id)!.order;

    // Same moment: A and B both move R4 (to the top, between R1 and R2), C moves R1 to the end
    // and adds a row; A adds a row too.
    moveRow(a.doc, ids[3]!, null, orderOf(a.doc, ids[0]!));
    moveRow(b.doc, ids[3]!, orderOf(b.doc, ids[0]!), orderOf(b.doc, ids[1]!));
    moveRow(c.doc, ids[0]!, orderOf(c.doc, ids[3]!), null);
    addRow(c.doc, { id: 'from-c', label: 'Added by C' });
    addRow(a.doc, { id: 'from-a', label: 'Added by A' });
    await waitConverged(server, name, people);

    const orders = people.map((p) => readTable(p.doc).rows.map((row) => row.id));
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
    expect([...orders[0]!].sort()).toEqual([...ids, 'from-a', 'from-c'].sort());
    // Each added row has a cell for the column, ready for typing.
    for (const id of ['from-a', 'from-c'])
      expect(existingCellText(a.doc, id, readTable(a.doc).columns[0]!.id)).not.toBeNull();
  });

  it('a row and a column added at the same time get their shared cell from the server', async () => {
    const name = await newTable('Row and column', ['R1'], ['First']);
    const [a, b] = [await connect(server.token, name), await connect(server.token, name)];
    addRow(a.doc, { id: 'new-row', label: 'New row' });
    addColumn(b.doc, { id: 'new-column', title: 'New column' });
    await waitConverged(server, name, [a, b]);
    for (const doc of [a.doc, b.doc, await storedTable(server, name)])
      expect(existingCellText(doc, 'new-row', 'new-column')).toBeInstanceOf(Y.XmlFragment);

    // Both type into it at once: one cell, both words.
    typeParagraph(existingCellText(a.doc, 'new-row', 'new-column')!, 'from A');
    typeParagraph(existingCellText(b.doc, 'new-row', 'new-column')!, 'from B');
    await waitConverged(server, name, [a, b]);
    expect(cellTextOf(a.doc, 'new-row', 'new-column').split('\n').sort()).toEqual([
      'from A',
      'from B',
    ]);
  });
});

describe('a table stored with missing cells (T5)', () => {
  it('gets them from the server when it loads, stored for everyone', async () => {
    const name = 'table-stored-incomplete';
    const author = new Y.Doc();
    initializeTable(author, {
      title: 'Incomplete',
      rowSource: 'custom',
      deadline: null,
      columns: [{ id: 'c1', title: 'One' }],
      rows: [{ id: 'r1', label: 'Row' }],
    });
    // A column written without its cells (as a crash between two updates could leave it).
    author.transact(() => columnsOf(author).set('c2', new Y.Map<unknown>([['title', 'Two']])));
    await server.store.append([{ name, update: Y.encodeStateAsUpdate(author) }]);

    const client = await connect(ada.token, name);
    await waitFor(() => existingCellText(client.doc, 'r1', 'c2') !== null, {
      message: 'the filled cell',
    });
    expect(existingCellText(await storedTable(server, name), 'r1', 'c2')).not.toBeNull();
  });
});

describe('presence in a cell', () => {
  it('reaches the others with the cell and the server-stamped person', async () => {
    const name = 'table-issue-areas';
    const [a, b] = [await connect(ada.token, name), await connect(server.token, name)];
    a.provider.awareness.setLocalStateField('user', {
      name: 'Someone else',
      dc: 'fake',
      color: '#000000',
    });
    a.provider.awareness.setLocalStateField('cell', {
      table: name,
      row: 'dcad',
      column: 'trust-security-stability',
    });
    await waitFor(
      () => b.provider.awareness.getStates().get(a.doc.clientID)?.['cell'] !== undefined,
      {
        message: 'the presence of A',
      },
    );
    const state = b.provider.awareness.getStates().get(a.doc.clientID)!;
    expect(state['cell']).toEqual({ table: name, row: 'dcad', column: 'trust-security-stability' });
    expect(state['user']).toMatchObject({ name: 'Ada', dc: 'DC on Accessibility and Disability' });
  });
});
