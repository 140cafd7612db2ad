/**
 * The inbox through a real server, from known threads: replies to my threads and mentions of me
 * or my DC count, my own comments and deleted ones do not, a comment that is both counts once
 * as a mention; mark-as-read (some ids, unknown ids ignored, all) with field-named 400s; open
 * rooms are read live; and only documents the person can read contribute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionToken } from '../../../shared/comments/mentions';
import {
  addComment,
  createThread,
  deleteComment,
  type ThreadKind,
} from '../../../shared/comments/threadSchema';
import { readTable } from '../../../shared/tables/readTable';
import { CommentDocuments } from '../../../server/comments/CommentDocuments';
import { InboxService } from '../../../server/comments/InboxService';
import { SqliteReadMarkStore } from '../../../server/comments/SqliteReadMarkStore';
import { api } from '../../helpers/api';
import { waitFor } from '../../helpers/waitFor';
import {
  REVIEW_DOC,
  TABLE,
  anchorOn,
  editLive,
  editStored,
  startCommentServer,
  type CommentServer,
} from './commentServer';

const T0 = Date.parse('2026-11-30T09:00:00Z');
let s: CommentServer;

const thread = (
  id: string,
  authorId: string,
  at: number,
  anchor: Parameters<typeof createThread>[1]['anchor'],
  body: string,
  kind: ThreadKind = 'comment',
) => ({ id, authorId, createdAt: at, anchor, quote: 'q', kind, comment: { id: 'c1', body } });

beforeAll(async () => {
  s = await startCommentServer();
  const { alice, bob, carol, olga } = s;
  const aliceRef = mentionToken({ kind: 'person', id: alice.user.id, label: 'Alice Adams' });
  const dcadRef = mentionToken({ kind: 'dc', id: 'dcad', label: 'DC on Accessibility' });
  const olgaRef = mentionToken({ kind: 'person', id: olga.user.id, label: 'Olga Observer' });
  await editStored(s.server, REVIEW_DOC.name, (doc) => {
    const t1 = anchorOn(doc, 'hybrid participation');
    createThread(doc, thread('t1', alice.user.id, T0 + 1000, t1, 'Remote hubs?', 'question'));
    addComment(doc, 't1', {
      id: 'c2',
      authorId: bob.user.id,
      body: `Yes, ${aliceRef} see the FAQ`,
      createdAt: T0 + 2000,
    });
    addComment(doc, 't1', {
      id: 'c3',
      authorId: carol.user.id,
      body: 'Agreed.',
      createdAt: T0 + 3000,
    });
    addComment(doc, 't1', {
      id: 'c4',
      authorId: alice.user.id,
      body: `Thanks ${aliceRef}`,
      createdAt: T0 + 4000,
    });
    addComment(doc, 't1', {
      id: 'c5',
      authorId: bob.user.id,
      body: `Oops ${aliceRef}`,
      createdAt: T0 + 5000,
    });
    deleteComment(doc, 't1', 'c5', { deletedAt: T0 + 5500 });
    const t2 = anchorOn(doc, 'meet twice a year');
    createThread(
      doc,
      thread('t2', bob.user.id, T0 + 6000, t2, `${dcadRef} please review`, 'proposal'),
    );
    addComment(doc, 't2', {
      id: 'c2',
      authorId: alice.user.id,
      body: 'Done',
      createdAt: T0 + 7000,
    });
  });
  await editStored(s.server, TABLE, (doc) => {
    const table = readTable(doc);
    const anchor = { kind: 'cell' as const, rowId: 'dcad', columnId: table.columns[0]!.id };
    createThread(doc, thread('t3', olga.user.id, T0 + 8000, anchor, 'Needs data'));
    addComment(doc, 't3', {
      id: 'c2',
      authorId: alice.user.id,
      body: `${olgaRef} added`,
      createdAt: T0 + 9000,
    });
  });
});
afterAll(() => s.server.close());

const inboxOf = async (token: string) => {
  const response = await api(s.server.url, token, 'GET', '/api/inbox');
  expect(response.status).toBe(200);
  return response.body as {
    items: Array<Record<string, unknown> & { id: string; read: boolean }>;
    unread: number;
  };
};

describe('GET /api/inbox', () => {
  it('lists replies to my threads and mentions of me or my DC, newest first', async () => {
    const inbox = await inboxOf(s.alice.token);
    expect(inbox.unread).toBe(3);
    expect(inbox.items.map((item) => [item.id, item.kind])).toEqual([
      ['review-doc/t2/c1', 'mention'],
      ['review-doc/t1/c3', 'reply'],
      ['review-doc/t1/c2', 'mention'],
    ]);
    expect(inbox.items[0]).toMatchObject({
      documentName: REVIEW_DOC.name,
      documentTitle: REVIEW_DOC.title,
      threadId: 't2',
      commentId: 'c1',
      authorId: s.bob.user.id,
      authorName: 'Bob Brown',
      createdAt: T0 + 6000,
      excerpt: '@DC on Accessibility please review',
      read: false,
      mentionsYou: false,
    });
    expect(inbox.items[2]).toMatchObject({ mentionsYou: true, authorName: 'Bob Brown' });
  });

  it('gives each person their own items, tables included', async () => {
    const bob = await inboxOf(s.bob.token);
    expect(bob.items.map((item) => [item.id, item.kind])).toEqual([['review-doc/t2/c2', 'reply']]);
    const olga = await inboxOf(s.olga.token);
    expect(olga.items).toHaveLength(1);
    expect(olga.items[0]).toMatchObject({
      id: `${TABLE}/t3/c2`,
      kind: 'mention',
      documentTitle: 'DC work and the IGF 2021 issue areas',
      authorName: 'Alice Adams',
    });
    expect((await inboxOf(s.carol.token)).unread).toBe(0);
  });

  it('answers 401 to anonymous requests', async () => {
    expect((await api(s.server.url, '', 'GET', '/api/inbox')).status).toBe(401);
    expect((await api(s.server.url, '', 'POST', '/api/inbox/read', { all: true })).status).toBe(
      401,
    );
  });
});

describe('POST /api/inbox/read', () => {
  it('refuses malformed requests, naming the field', async () => {
    const post = (body: unknown) => api(s.server.url, s.bob.token, 'POST', '/api/inbox/read', body);
    for (const [body, field] of [
      [{}, 'ids'],
      [{ ids: [] }, 'ids'],
      [{ ids: 'review-doc/t2/c2' }, 'ids'],
      [{ ids: [42] }, 'ids'],
      [{ ids: Array.from({ length: 1001 }, (_, i) => `x/${i}`) }, 'ids'],
      [{ all: 'yes' }, 'all'],
      [{ all: true, ids: ['a'] }, 'ids'],
    ] as const) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(response.body.error.id).toBe('invalid_input');
      expect(Object.keys(response.body.error.fields)).toEqual([field]);
    }
    const notJson = await post('not json');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.id).toBe('invalid_json');
    expect((await inboxOf(s.bob.token)).unread).toBe(1);
  });

  it('marks some items (ignoring ids not in my inbox), then all, as read', async () => {
    const first = await api(s.server.url, s.alice.token, 'POST', '/api/inbox/read', {
      ids: ['review-doc/t1/c2', 'review-doc/t2/c2', 'nothing/like/this'],
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ unread: 2 });
    const inbox = await inboxOf(s.alice.token);
    expect(inbox.items.map((item) => item.read)).toEqual([false, false, true]);
    // Bob's item, which Alice named, stays unread for Bob.
    expect((await inboxOf(s.bob.token)).unread).toBe(1);

    const all = await api(s.server.url, s.alice.token, 'POST', '/api/inbox/read', { all: true });
    expect(all.body).toEqual({ unread: 0 });
    expect((await inboxOf(s.alice.token)).items.every((item) => item.read)).toBe(true);
  });

  it('counts a new reply in an open room at once, unread', async () => {
    await editLive(s.server, REVIEW_DOC.name, (doc) => {
      addComment(doc, 't1', {
        id: 'c6',
        authorId: s.olga.user.id,
        body: 'One more thought',
        createdAt: T0 + 10_000,
      });
    });
    const inbox = await inboxOf(s.alice.token);
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      id: 'review-doc/t1/c6',
      kind: 'reply',
      read: false,
      authorName: 'Olga Observer',
    });
  });
});

describe('stored documents', () => {
  it('counts a reply stored after the inbox was read (no stale cache)', async () => {
    await waitFor(async () => (await s.server.registry.peek(REVIEW_DOC.name)) === undefined, {
      message: 'the room to unload',
    });
    const before = (await inboxOf(s.bob.token)).unread;
    await editStored(s.server, REVIEW_DOC.name, (doc) =>
      addComment(doc, 't2', {
        id: 'c3',
        authorId: s.carol.user.id,
        body: 'Seconded.',
        createdAt: T0 + 11_000,
      }),
    );
    const after = await inboxOf(s.bob.token);
    expect(after.unread).toBe(before + 1);
    expect(after.items[0]).toMatchObject({ id: 'review-doc/t2/c3', kind: 'reply' });
  });
});

describe('access', () => {
  it('a viewer of a document still gets its items (viewers read)', async () => {
    await s.server.accounts.store.setDocumentAccess(REVIEW_DOC.name, s.bob.user.id, 'viewer');
    expect((await inboxOf(s.bob.token)).unread).toBe(2);
    await s.server.accounts.store.setDocumentAccess(REVIEW_DOC.name, s.bob.user.id, null);
  });

  it('leaves out every document the person may not read', async () => {
    const documents = new CommentDocuments({
      store: s.server.store,
      registry: s.server.registry,
      catalog: [{ name: REVIEW_DOC.name, title: REVIEW_DOC.title }],
    });
    const marks = new SqliteReadMarkStore(':memory:');
    const hidden = new Set([`${s.alice.user.id}:${REVIEW_DOC.name}`, `${s.olga.user.id}:${TABLE}`]);
    const inbox = new InboxService({
      documents,
      marks,
      listUsers: () => s.server.accounts.store.listUsers(),
      canRead: async (user, name) => !hidden.has(`${user.id}:${name}`),
      now: () => T0,
    });
    expect((await inbox.inbox(s.alice.user)).items).toEqual([]);
    expect((await inbox.inbox(s.olga.user)).items).toEqual([]);
    expect((await inbox.inbox(s.bob.user)).unread).toBe(2);
    // Marking "everything" read cannot reach items of a hidden document.
    expect(await inbox.markRead(s.alice.user, { all: true })).toEqual({ unread: 0 });
    expect(await marks.readIds(s.alice.user.id, ['review-doc/t2/c1'])).toEqual(new Set());
    await marks.close();
  });
});
