/**
 * Ownership of rows, enforced by the server (T2, T3) and checked with raw clients: a DC member
 * writes the cells and status of their own DC's row; writing another DC's row, the table's
 * shape or a status in someone else's name is refused as a whole (permission-denied, 4403,
 * nothing stored or relayed); after the deadline a DC's row is read-only until the Secretariat
 * reopens the table or the row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { DEADLINE_REFUSAL } from '../../shared/access/documentRules';
import { Roles } from '../../shared/access/roles';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { readTable } from '../../shared/tables/readTable';
import {
  addColumn,
  addRow,
  moveRow,
  setDeadline,
  setRowReopened,
  setRowStatus,
  setTableReopened,
} from '../../shared/tables/tableOperations';
import { cellText } from '../../shared/tables/tableSchema';
import { syncAs, type SyncSession } from '../auth/syncAs';
import type { StockClient } from '../helpers/clients';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import {
  apiJson,
  cellTextOf,
  deniedReason,
  sendTableEdit,
  storedTable,
  tableClient,
  tableJson,
  typeParagraph,
} from './tableSessions';

const OWN_ROW = "You can change only your own DC's rows.";
const STATUS =
  'A status must be one of not started, draft or submitted, set as yourself with its time.';
const TABLE = 'table-issue-areas';
const COLUMN = 'access-connectivity';

let server: TestServer;
let ada: { user: { id: string }; token: string }; // DC on Accessibility and Disability
let ivo: { user: { id: string }; token: string }; // DC on Internet of Things
let facilitator: { token: string };
let observer: { token: string };
let watcher: StockClient;
const sessions: SyncSession[] = [];

beforeAll(async () => {
  server = await startTestServer({ config: { roomGraceMs: 5000 } });
  ada = await server.createPerson(Roles.dcMember, { dcs: ['dcad'], name: 'Ada' });
  ivo = await server.createPerson(Roles.dcMember, { dcs: ['dc-iot'], name: 'Ivo' });
  facilitator = await server.createPerson(Roles.facilitator);
  observer = await server.createPerson(Roles.observer);
  watcher = await tableClient(server, server.token, TABLE);
});
afterAll(async () => {
  for (const session of sessions) session.close();
  watcher.destroy();
  await server.close();
});

async function open(token: string, name = TABLE): Promise<SyncSession> {
  const session = await syncAs(server.syncUrl, name, token);
  sessions.push(session);
  expect(session.synced).toBe(true);
  return session;
}

/** Expects the session's last update to be refused with `reason`, changing nothing anywhere. */
async function expectRefused(
  session: SyncSession,
  reason: string,
  marker: string,
  name = TABLE,
): Promise<void> {
  expect(await session.raw.waitClosed()).toBe(CloseCode.forbidden);
  expect(deniedReason(session)).toBe(reason);
  const stored = tableJson(await storedTable(server, name));
  expect(stored).not.toContain(marker);
  // A fresh client gets what the server holds: the refused change is not there either.
  const fresh = await tableClient(server, server.token, name);
  expect(tableJson(fresh.doc)).not.toContain(marker);
  fresh.destroy();
  expect(tableJson(watcher.doc)).not.toContain(marker);
}

const status = (userId: string, name = 'Ada') => ({
  status: 'draft' as const,
  userId,
  userName: name,
  at: new Date().toISOString(),
});

describe('a DC member and the rows of a table (T2)', () => {
  it('writes the cells and status of their own DC row: applied, relayed and stored', async () => {
    const session = await open(ada.token);
    sendTableEdit(session, (doc) => {
      typeParagraph(cellText(doc, 'dcad', COLUMN)!, 'Accessible broadband pilots');
      setRowStatus(doc, 'dcad', status(ada.user.id));
    });
    await waitFor(() => cellTextOf(watcher.doc, 'dcad', COLUMN) === 'Accessible broadband pilots', {
      message: 'the relay',
    });
    await waitFor(
      async () => readTable(await storedTable(server, TABLE)).rows[0]!.statusBy === ada.user.id,
      { message: 'the store' },
    );
    expect(session.raw.closeCode).toBeNull();
  });

  it("is refused another DC's row, and nothing changes for anyone", async () => {
    const session = await open(ada.token);
    const marker = 'written into the IoT row';
    sendTableEdit(session, (doc) => typeParagraph(cellText(doc, 'dc-iot', COLUMN)!, marker));
    await expectRefused(session, OWN_ROW, marker);
  });

  it('is refused a whole update when one part of it is not theirs', async () => {
    const session = await open(ada.token);
    const marker = 'own row, with a stowaway';
    sendTableEdit(session, (doc) => {
      typeParagraph(cellText(doc, 'dcad', COLUMN)!, marker);
      typeParagraph(cellText(doc, 'dc-iot', COLUMN)!, 'stowaway');
    });
    await expectRefused(session, OWN_ROW, marker);
  });

  it('is refused a status in someone else’s name', async () => {
    const session = await open(ada.token);
    sendTableEdit(session, (doc) =>
      setRowStatus(doc, 'dcad', status(ivo.user.id, 'impostor-name')),
    );
    await expectRefused(session, STATUS, 'impostor-name');
  });

  it('is refused a status with her id but someone else’s name', async () => {
    const session = await open(ada.token);
    sendTableEdit(session, (doc) =>
      setRowStatus(doc, 'dcad', status(ada.user.id, 'The Secretariat')),
    );
    await expectRefused(session, STATUS, 'The Secretariat');
  });

  it.each([
    ['add a row', (doc: Y.Doc) => addRow(doc, { id: 'mine', dc: 'dcad', label: 'extra-row' })],
    ['add a column', (doc: Y.Doc) => addColumn(doc, { id: 'c-extra', title: 'extra-column' })],
    ['move her row', (doc: Y.Doc) => moveRow(doc, 'dcad', null, 'a0')],
  ])('is refused to %s', async (_name, edit) => {
    const session = await open(ada.token);
    const before = tableJson(await storedTable(server, TABLE));
    sendTableEdit(session, edit);
    expect(await session.raw.waitClosed()).toBe(CloseCode.forbidden);
    expect(deniedReason(session)).toMatch(/^Only the Secretariat can/);
    expect(tableJson(await storedTable(server, TABLE))).toBe(before);
  });

  it.each([
    ['a facilitator', () => facilitator.token],
    ['an observer', () => observer.token],
  ])('%s writes no row', async (_name, token) => {
    const session = await open(token());
    const marker = `${_name} was here`;
    sendTableEdit(session, (doc) => typeParagraph(cellText(doc, 'dcad', COLUMN)!, marker));
    expect(await session.raw.waitClosed()).toBe(CloseCode.forbidden);
    expect(deniedReason(session)).toBeDefined();
    expect(tableJson(await storedTable(server, TABLE))).not.toContain(marker);
  });

  it('the Secretariat writes any row', async () => {
    const session = await open(server.token);
    sendTableEdit(session, (doc) =>
      typeParagraph(cellText(doc, 'dc-iot', COLUMN)!, 'by the Secretariat'),
    );
    await waitFor(() => cellTextOf(watcher.doc, 'dc-iot', COLUMN) === 'by the Secretariat', {
      message: 'the relay',
    });
  });
});

describe('the deadline (T3)', () => {
  let name: string;
  let secretariat: StockClient;

  beforeAll(async () => {
    const created = await apiJson(server, server.token, '/api/tables', {
      method: 'POST',
      body: {
        title: 'Closing soon',
        rowSource: 'dcs',
        columns: [{ title: 'Linkages' }],
        deadline: { at: new Date(Date.now() + 3_600_000).toISOString(), timeZone: 'UTC' },
      },
    });
    name = created.body['name'] as string;
    secretariat = await tableClient(server, server.token, name);
  });
  afterAll(() => secretariat.destroy());

  const columnId = () => readTable(secretariat.doc).columns[0]!.id;
  /** The Secretariat changes the table and waits until the server stored it. */
  async function asSecretariat(change: (doc: Y.Doc) => void, stored: (doc: Y.Doc) => boolean) {
    change(secretariat.doc);
    await waitFor(async () => stored(await storedTable(server, name)), { message: 'the store' });
  }

  it('a DC row is open before the deadline and read-only after it', async () => {
    const before = await open(ada.token, name);
    sendTableEdit(before, (doc) => typeParagraph(cellText(doc, 'dcad', columnId())!, 'in time'));
    await waitFor(() => cellTextOf(secretariat.doc, 'dcad', columnId()) === 'in time', {
      message: 'the relay',
    });

    const past = { at: new Date(Date.now() - 60_000).toISOString(), timeZone: 'Europe/Warsaw' };
    await asSecretariat(
      (doc) => setDeadline(doc, past),
      (doc) => readTable(doc).deadline?.at === past.at,
    );
    const late = await open(ada.token, name);
    sendTableEdit(late, (doc) => typeParagraph(cellText(doc, 'dcad', columnId())!, 'too late'));
    await expectRefused(late, DEADLINE_REFUSAL, 'too late', name);
    const lateStatus = await open(ada.token, name);
    sendTableEdit(lateStatus, (doc) =>
      setRowStatus(doc, 'dcad', status(ada.user.id, 'late-status')),
    );
    await expectRefused(lateStatus, DEADLINE_REFUSAL, 'late-status', name);
  });

  it('reopening one row lets its DC write again, and only that row', async () => {
    await asSecretariat(
      (doc) => setRowReopened(doc, 'dcad', true),
      (doc) => readTable(doc).rows.find((row) => row.id === 'dcad')!.reopened,
    );
    const ada2 = await open(ada.token, name);
    sendTableEdit(ada2, (doc) => typeParagraph(cellText(doc, 'dcad', columnId())!, 'reopened row'));
    await waitFor(() => cellTextOf(secretariat.doc, 'dcad', columnId()).endsWith('reopened row'), {
      message: 'the relay',
    });
    const ivo1 = await open(ivo.token, name);
    sendTableEdit(ivo1, (doc) => typeParagraph(cellText(doc, 'dc-iot', columnId())!, 'iot late'));
    await expectRefused(ivo1, DEADLINE_REFUSAL, 'iot late', name);
  });

  it('reopening the table lets every DC write again', async () => {
    await asSecretariat(
      (doc) => setTableReopened(doc, true),
      (doc) => readTable(doc).reopened,
    );
    const ivo2 = await open(ivo.token, name);
    sendTableEdit(ivo2, (doc) => {
      typeParagraph(cellText(doc, 'dc-iot', columnId())!, 'table reopened');
      setRowStatus(doc, 'dc-iot', { ...status(ivo.user.id, 'Ivo'), status: 'submitted' });
    });
    await waitFor(
      () => readTable(secretariat.doc).rows.find((r) => r.id === 'dc-iot')?.status === 'submitted',
      {
        message: 'the relay',
      },
    );
    expect(cellTextOf(secretariat.doc, 'dc-iot', columnId())).toBe('table reopened');
  });
});
