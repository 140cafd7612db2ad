/**
 * The ledger exports and the directory through a real server, from known threads: CSV and
 * Markdown with section (nearest heading; "Row · Column" in tables; deleted text marked), quote,
 * author, DC, date, kind, status, replies and resolution, in document order; downloads with a
 * safe file name; 401/403/404; a time zone parameter; and a directory without e-mail addresses.
 */
import { Hono } from 'hono';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_HEADERS } from '../../../shared/comments/ledger';
import { mentionToken } from '../../../shared/comments/mentions';
import {
  addComment,
  createThread,
  deleteComment,
  setProposalStatus,
  setThreadStatus,
} from '../../../shared/comments/threadSchema';
import { readTable } from '../../../shared/tables/readTable';
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';
import { registerCommentRoutes } from '../../../server/http/commentRoutes';
import type { IdentityVariables } from '../../../server/http/identity';
import { CommentDocuments } from '../../../server/comments/CommentDocuments';
import { InboxService } from '../../../server/comments/InboxService';
import { SqliteReadMarkStore } from '../../../server/comments/SqliteReadMarkStore';
import { ApiError } from '../../../server/http/ApiError';
import { api } from '../../helpers/api';
import {
  REVIEW_DOC,
  TABLE,
  anchorOn,
  deleteText,
  editStored,
  startCommentServer,
  type CommentServer,
} from './commentServer';

const T0 = Date.parse('2026-11-30T09:00:00Z');
const MINUTE = 60_000;
let s: CommentServer;
let columnTitle = '';

beforeAll(async () => {
  s = await startCommentServer();
  const { alice, bob, carol, olga } = s;
  const aliceRef = mentionToken({ kind: 'person', id: alice.user.id, label: 'Alice Adams' });
  await editStored(s.server, REVIEW_DOC.name, (doc) => {
    // Started first, but sits later in the document.
    createThread(doc, {
      id: 't1',
      authorId: alice.user.id,
      createdAt: T0,
      anchor: anchorOn(doc, 'hybrid participation'),
      quote: 'hybrid participation',
      kind: 'question',
      comment: { id: 'c1', body: '=HYPERLINK("x") Remote hubs?' },
    });
    addComment(doc, 't1', {
      id: 'c2',
      authorId: bob.user.id,
      body: `Yes, ${aliceRef}`,
      createdAt: T0 + MINUTE,
    });
    addComment(doc, 't1', {
      id: 'c3',
      authorId: bob.user.id,
      body: 'gone',
      createdAt: T0 + 2 * MINUTE,
    });
    deleteComment(doc, 't1', 'c3', { deletedAt: T0 + 3 * MINUTE });
    setThreadStatus(doc, 't1', { status: 'resolved', by: carol.user.id, at: T0 + 4 * MINUTE });
    createThread(doc, {
      id: 't2',
      authorId: bob.user.id,
      createdAt: T0 + 5 * MINUTE,
      anchor: anchorOn(doc, 'meet twice a year'),
      quote: 'meet twice a year',
      kind: 'proposal',
      comment: { id: 'c1', body: 'Meet three times.' },
    });
    setProposalStatus(doc, 't2', {
      proposalStatus: 'accepted',
      by: carol.user.id,
      at: T0 + 6 * MINUTE,
    });
    createThread(doc, {
      id: 't3',
      authorId: olga.user.id,
      createdAt: T0 + 7 * MINUTE,
      anchor: anchorOn(doc, 'for everyone'),
      quote: 'for everyone',
      kind: 'comment',
      comment: { id: 'c1', body: 'Really everyone?' },
    });
    deleteText(doc, 'for everyone');
  });
  await editStored(s.server, TABLE, (doc) => {
    const column = readTable(doc).columns[1]!;
    columnTitle = column.title;
    createThread(doc, {
      id: 't4',
      authorId: alice.user.id,
      createdAt: T0 + 8 * MINUTE,
      anchor: { kind: 'cell', rowId: 'irpc', columnId: column.id },
      quote: 'Cell text',
      kind: 'comment',
      comment: { id: 'c1', body: 'Fill this in' },
    });
  });
});
afterAll(() => s.server.close());

/** The CSV's rows (fetch's text() has already dropped the byte order mark). */
const csvRows = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('GET /api/documents/:name/comments.csv', () => {
  it('exports every thread of a document in document order', async () => {
    const response = await api(
      s.server.url,
      s.olga.token,
      'GET',
      `/api/documents/${REVIEW_DOC.name}/comments.csv`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Review-doc-Q-A-draft-comments.csv"; filename*=UTF-8''Review-doc-Q-A-draft-comments.csv`,
    );
    const [header, ...rows] = csvRows(response.text);
    expect(header).toEqual([...LEDGER_HEADERS]);
    expect(rows).toEqual([
      [
        'Introduction',
        'meet twice a year',
        'Meet three times.',
        'Bob Brown',
        'DC on Internet Rights and Principles',
        '2026-11-30 09:05 UTC',
        'Proposal (accepted)',
        'Open',
        '',
        'Proposal accepted by Carol Chen on 2026-11-30 09:06 UTC',
      ],
      [
        'Modalities',
        'hybrid participation',
        // Neutralized: a spreadsheet shows the text, never runs it.
        '\'=HYPERLINK("x") Remote hubs?',
        'Alice Adams',
        'DC on Accessibility and Disability',
        '2026-11-30 09:00 UTC',
        'Question',
        'Resolved',
        'Bob Brown, 2026-11-30 09:01 UTC: Yes, @Alice Adams\nBob Brown, 2026-11-30 09:02 UTC: (comment deleted)',
        'Resolved by Carol Chen on 2026-11-30 09:04 UTC',
      ],
      [
        'Modalities (on deleted text)',
        'for everyone',
        'Really everyone?',
        'Olga Observer',
        '',
        '2026-11-30 09:07 UTC',
        'Comment',
        'Open',
        '',
        '',
      ],
    ]);
  });

  it('starts with a byte order mark, so spreadsheets read UTF-8', async () => {
    const response = await fetch(`${s.server.url}/api/documents/${REVIEW_DOC.name}/comments.csv`, {
      headers: { authorization: `Bearer ${s.olga.token}` },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('names a table thread\'s section "Row · Column"', async () => {
    const response = await api(
      s.server.url,
      s.bob.token,
      'GET',
      `/api/documents/${TABLE}/comments.csv`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      'filename="DC-work-and-the-IGF-2021-issue-areas-comments.csv"',
    );
    const [, ...rows] = csvRows(response.text);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 5)).toEqual([
      `DC on Internet Rights and Principles · ${columnTitle}`,
      'Cell text',
      'Fill this in',
      'Alice Adams',
      'DC on Accessibility and Disability',
    ]);
  });

  it('shows dates in the time zone asked for, and refuses an unknown zone', async () => {
    const path = `/api/documents/${REVIEW_DOC.name}/comments.csv`;
    const warsaw = await api(s.server.url, s.olga.token, 'GET', `${path}?timeZone=Europe/Warsaw`);
    expect(csvRows(warsaw.text)[1]![5]).toBe('2026-11-30 10:05 Europe/Warsaw');
    const bad = await api(s.server.url, s.olga.token, 'GET', `${path}?timeZone=Mars/Base`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['timeZone']);
  });

  it('answers 401 anonymously and 404 for unknown or invalid names', async () => {
    const get = (token: string, name: string) =>
      api(s.server.url, token, 'GET', `/api/documents/${name}/comments.csv`);
    expect((await get('', REVIEW_DOC.name)).status).toBe(401);
    expect((await get(s.olga.token, 'no-such-doc')).status).toBe(404);
    expect((await get(s.olga.token, 'table-nothing')).status).toBe(404);
    expect((await get(s.olga.token, 'Bad_Name')).status).toBe(404);
    expect((await get(s.olga.token, 'no-such-doc')).body.error.id).toBe('not_found');
  });
});

describe('GET /api/documents/:name/comments.md', () => {
  it('exports a readable Markdown ledger', async () => {
    const response = await api(
      s.server.url,
      s.carol.token,
      'GET',
      `/api/documents/${REVIEW_DOC.name}/comments.md`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(
      'filename="Review-doc-Q-A-draft-comments.md"',
    );
    const md = response.text;
    expect(md.startsWith('# Comments: Review doc: "Q&A" / draft\n')).toBe(true);
    const sections = [...md.matchAll(/^## (.*)$/gm)].map((match) => match[1]);
    expect(sections).toEqual([
      '1. Introduction',
      '2. Modalities',
      '3. Modalities (on deleted text)',
    ]);
    expect(md).toContain('> hybrid participation');
    expect(md).toContain('- **Author:** Alice Adams (DC on Accessibility and Disability)');
    expect(md).toContain('- **Resolution:** Resolved by Carol Chen on 2026-11-30 09:04 UTC');
    expect(md).toContain('- Bob Brown, 2026-11-30 09:01 UTC: Yes, @Alice Adams');
  });
});

describe('403 for a person who may not read the document', () => {
  it('refuses the ledger when the read decision says no', async () => {
    const app = new Hono<{ Variables: IdentityVariables }>();
    app.onError((error, c) =>
      error instanceof ApiError
        ? c.json({ error: { id: error.id } }, error.status)
        : c.json({ error: { id: 'internal' } }, 500),
    );
    app.use('*', async (c, next) => {
      c.set('identity', { user: s.olga.user, credentialId: 'test', via: 'api' });
      await next();
    });
    const documents = new CommentDocuments({
      store: s.server.store,
      registry: s.server.registry,
      catalog: [{ name: REVIEW_DOC.name, title: REVIEW_DOC.title }],
    });
    const marks = new SqliteReadMarkStore(':memory:');
    const canRead = async (_user: unknown, name: string) => name !== REVIEW_DOC.name;
    registerCommentRoutes(app, {
      accounts: s.server.accounts,
      comments: {
        documents,
        canRead,
        inbox: new InboxService({
          documents,
          marks,
          listUsers: () => s.server.accounts.store.listUsers(),
          canRead,
          now: () => T0,
        }),
      },
    });
    for (const format of ['csv', 'md']) {
      const refused = await app.request(`/api/documents/${REVIEW_DOC.name}/comments.${format}`);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: { id: 'forbidden' } });
    }
    expect((await app.request(`/api/documents/${TABLE}/comments.csv`)).status).toBe(200);
    expect((await app.request('/api/documents/nothing-here/comments.csv')).status).toBe(404);
    await marks.close();
  });
});

describe('GET /api/directory', () => {
  it('gives everyone names, roles and DCs, and never an e-mail address', async () => {
    const response = await api(s.server.url, s.olga.token, 'GET', '/api/directory');
    expect(response.status).toBe(200);
    expect(response.text).not.toMatch(/@example\.org|email/i);
    const people = response.body.people as Array<Record<string, unknown>>;
    expect(people.find((person) => person.id === s.alice.user.id)).toEqual({
      id: s.alice.user.id,
      name: 'Alice Adams',
      role: 'dcMember',
      dcs: ['dcad'],
      active: true,
    });
    expect(people.map((person) => person.name)).toEqual(
      [...people.map((person) => person.name as string)].sort((a, b) => a.localeCompare(b)),
    );
    expect(response.body.dcs).toHaveLength(dynamicCoalitions.length);
    expect(response.body.dcs[0]).toEqual({
      id: 'dcad',
      name: 'DC on Accessibility and Disability',
    });
    expect((await api(s.server.url, '', 'GET', '/api/directory')).status).toBe(401);
  });

  it('marks disabled accounts inactive but keeps their names', async () => {
    const gone = await s.server.createPerson('observer', { name: 'Gone Person' });
    await s.server.accounts.store.updateUser(gone.user.id, { status: 'disabled' });
    const response = await api(s.server.url, s.olga.token, 'GET', '/api/directory');
    expect(
      (response.body.people as Array<Record<string, unknown>>).find((p) => p.id === gone.user.id),
    ).toMatchObject({ name: 'Gone Person', active: false });
  });
});
