/**
 * Who may do what with comments, enforced by the server (issue 7) and checked with raw clients
 * that send hand-made Yjs updates over the wire: a commenter comments but never changes the
 * text; nobody, not even an editor or the Secretariat, edits or deletes another person's
 * comment; a DC member resolves only their own threads while a facilitator resolves any; only
 * facilitators and the Secretariat decide proposals; threads are never removed; facilitators
 * and observers comment on mapping tables. A refused update closes the socket with 4403 after
 * a permission-denied message, and is neither stored nor relayed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { Roles } from '../../../shared/access/roles';
import { readThreads } from '../../../shared/comments/readThreads';
import {
  createTextAnchor,
  proseMirrorSnapshot,
  quoteOf,
} from '../../../shared/comments/textAnchors';
import {
  addComment,
  createThread,
  deleteComment,
  editComment,
  setProposalStatus,
  setThreadStatus,
  threadsOf,
  type ThreadAnchor,
  type ThreadKind,
} from '../../../shared/comments/threadSchema';
import { DOCUMENT_FRAGMENT, getDocumentSchema } from '../../../shared/editor/schemaExtensions';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { syncAs, type SyncSession } from '../../auth/syncAs';
import { connectStockClient, type StockClient } from '../../helpers/clients';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { waitFor } from '../../helpers/waitFor';
import { deniedReason, sendTableEdit, storedTable } from '../../tables/tableSessions';

const DOC = 'main-session-plan';
const TABLE = 'table-issue-areas';

const TEXT = 'Your role can comment but not edit the text.';
const REMOVE = 'Threads and comments are never removed.';
const STATUS =
  "Only the thread's author, a facilitator or the Secretariat can resolve or reopen it, as themselves.";
const PROPOSAL =
  'Only a facilitator or the Secretariat can accept or decline a proposal, as themselves.';
const COMMENT = 'You can add comments as yourself and edit or delete only your own.';

interface Person {
  readonly id: string;
  readonly token: string;
}

let server: TestServer;
let ann: Person; // observer: a commenter
let bo: Person; // DC member: an editor
let fay: Person; // facilitator: an editor
let sec: Person; // the Secretariat
const watchers = new Map<string, StockClient>();
const sessions: SyncSession[] = [];

const person = async (role: (typeof Roles)[keyof typeof Roles], dcs: string[] = []) => {
  const { user, token } = await server.createPerson(role, { dcs });
  return { id: user.id, token };
};

async function open(who: Person, name = DOC): Promise<SyncSession> {
  const session = await syncAs(server.syncUrl, name, who.token);
  sessions.push(session);
  expect(session.synced).toBe(true);
  return session;
}

/** Threads of a document as plain JSON (for "nothing changed" comparisons). */
const threadsJson = (doc: Y.Doc) => JSON.stringify(readThreads(doc));
const stored = async (name = DOC) => threadsJson(await storedTable(server, name));

/** A text anchor on the first `length` characters of the session's first paragraph. */
function firstWords(doc: Y.Doc, length = 8): { anchor: ThreadAnchor; quote: string } {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const { node, mapping } = proseMirrorSnapshot(fragment, getDocumentSchema());
  let from = -1;
  node.descendants((child, pos) => {
    if (from < 0 && child.type.name === 'paragraph' && child.textContent.length > length) {
      from = pos + 1;
    }
    return from < 0;
  });
  return {
    anchor: createTextAnchor(fragment, mapping, from, from + length),
    quote: quoteOf(node, from, from + length),
  };
}

const CELL: ThreadAnchor = { kind: 'cell', rowId: 'dcad', columnId: 'access-connectivity' };

/** Sends a new thread by `who` (as themselves unless `authorId` says otherwise). */
function startThread(
  session: SyncSession,
  id: string,
  who: Person,
  options: { kind?: ThreadKind; anchor?: ThreadAnchor; authorId?: string } = {},
) {
  return sendTableEdit(session, (doc) => {
    const { anchor, quote } = options.anchor
      ? { anchor: options.anchor, quote: 'Cell' }
      : firstWords(doc);
    createThread(doc, {
      id,
      authorId: options.authorId ?? who.id,
      createdAt: Date.now(),
      anchor,
      quote,
      kind: options.kind ?? 'comment',
      comment: { id: `${id}-c1`, body: `Opened by ${who.id}` },
    });
  });
}

/** Waits until the watcher of `name` (and so the relay) sees `ok` of its threads. */
async function relayed(name: string, ok: (doc: Y.Doc) => boolean, message: string) {
  await waitFor(() => ok(watchers.get(name)!.doc), { message: `relay: ${message}` });
  await waitFor(async () => ok(await storedTable(server, name)), { message: `store: ${message}` });
}

/** Expects the session's last update refused with `reason`, and nothing changed anywhere. */
async function expectRefused(
  session: SyncSession,
  reason: string,
  before: string,
  name = DOC,
): Promise<void> {
  expect(await session.raw.waitClosed()).toBe(CloseCode.forbidden);
  expect(deniedReason(session)).toBe(reason);
  expect(await stored(name)).toBe(before);
  expect(threadsJson(watchers.get(name)!.doc)).toBe(before);
  const fresh = await connectStockClient({ syncUrl: server.syncUrl, token: server.token }, name);
  expect(threadsJson(fresh.doc)).toBe(before);
  fresh.destroy();
}

const thread = (doc: Y.Doc, id: string) => readThreads(doc).find((t) => t.id === id);

beforeAll(async () => {
  server = await startTestServer({ config: { roomGraceMs: 5000 } });
  ann = await person(Roles.observer);
  bo = await person(Roles.dcMember, ['dcad']);
  fay = await person(Roles.facilitator);
  sec = await person(Roles.secretariat);
  for (const name of [DOC, TABLE]) {
    watchers.set(
      name,
      await connectStockClient({ syncUrl: server.syncUrl, token: server.token }, name),
    );
  }
  // Ann's thread with Bo's reply; Bo's question and proposal.
  const annSession = await open(ann);
  startThread(annSession, 'ta', ann);
  const boSession = await open(bo);
  startThread(boSession, 'tb', bo, { kind: 'question' });
  startThread(boSession, 'tp', bo, { kind: 'proposal' });
  await relayed(DOC, (doc) => readThreads(doc).length === 3, 'the first threads');
  const again = await open(bo);
  sendTableEdit(again, (doc) =>
    addComment(doc, 'ta', { id: 'ta-c2', authorId: bo.id, body: 'Reply', createdAt: Date.now() }),
  );
  await relayed(DOC, (doc) => thread(doc, 'ta')?.comments.length === 2, "Bo's reply");
});

afterAll(async () => {
  for (const session of sessions) session.close();
  for (const watcher of watchers.values()) watcher.destroy();
  await server.close();
});

describe('a commenter (observer) in a rich-text document', () => {
  it('starts threads, replies, edits and deletes her own comments: relayed and stored', async () => {
    const session = await open(ann);
    startThread(session, 'ta2', ann);
    sendTableEdit(session, (doc) => {
      addComment(doc, 'tb', { id: 'tb-ann', authorId: ann.id, body: 'Me too', createdAt: 1 });
      editComment(doc, 'ta', 'ta-c1', { body: 'Edited by Ann', editedAt: 2 });
    });
    sendTableEdit(session, (doc) => deleteComment(doc, 'tb', 'tb-ann', { deletedAt: 3 }));
    await relayed(
      DOC,
      (doc) =>
        thread(doc, 'ta2') !== undefined &&
        thread(doc, 'ta')?.comments[0]?.body === 'Edited by Ann' &&
        thread(doc, 'tb')?.comments.some((c) => c.id === 'tb-ann' && c.deletedAt === 3) === true,
      "Ann's comments",
    );
    expect(session.raw.closeCode).toBeNull();
  });

  it('cannot change the text', async () => {
    const before = await stored();
    const session = await open(ann);
    session.editText('typed by a commenter');
    await expectRefused(session, TEXT, before);
    const text = (await storedTable(server, DOC)).getXmlFragment(DOCUMENT_FRAGMENT).toString();
    expect(text).not.toContain('typed by a commenter');
  });

  it('cannot start a thread in someone else’s name', async () => {
    const before = await stored();
    const session = await open(ann);
    startThread(session, 'forged', ann, { authorId: bo.id });
    expect(await session.raw.waitClosed()).toBe(CloseCode.forbidden);
    expect(deniedReason(session)).toMatch(/only as yourself/);
    expect(await stored()).toBe(before);
  });
});

describe("nobody edits or deletes another person's comment", () => {
  const others: Array<[string, () => Person]> = [
    ['a DC member (editor)', () => bo],
    ['a facilitator', () => fay],
    ['the Secretariat', () => sec],
  ];

  it.each(others)('not %s editing it', async (_name, who) => {
    const before = await stored();
    const session = await open(who());
    sendTableEdit(session, (doc) =>
      editComment(doc, 'ta', 'ta-c1', { body: 'rewritten by someone else', editedAt: 9 }),
    );
    await expectRefused(session, COMMENT, before);
  });

  it.each(others)('not %s deleting it', async (_name, who) => {
    const before = await stored();
    const session = await open(who());
    sendTableEdit(session, (doc) => deleteComment(doc, 'ta', 'ta-c1', { deletedAt: 9 }));
    await expectRefused(session, COMMENT, before);
  });

  it('not even a commenter on a reply in her own thread', async () => {
    const before = await stored();
    const session = await open(ann);
    sendTableEdit(session, (doc) => deleteComment(doc, 'ta', 'ta-c2', { deletedAt: 9 }));
    await expectRefused(session, COMMENT, before);
  });
});

describe('resolving and deciding', () => {
  it("refuses a DC member resolving someone else's thread", async () => {
    const before = await stored();
    const session = await open(bo);
    sendTableEdit(session, (doc) =>
      setThreadStatus(doc, 'ta', { status: 'resolved', by: bo.id, at: Date.now() }),
    );
    await expectRefused(session, STATUS, before);
  });

  it('lets a facilitator resolve any thread, and the author reopen it', async () => {
    const session = await open(fay);
    sendTableEdit(session, (doc) =>
      setThreadStatus(doc, 'ta', { status: 'resolved', by: fay.id, at: Date.now() }),
    );
    await relayed(DOC, (doc) => thread(doc, 'ta')?.statusBy === fay.id, 'resolved');
    const author = await open(ann);
    sendTableEdit(author, (doc) =>
      setThreadStatus(doc, 'ta', { status: 'open', by: ann.id, at: Date.now() }),
    );
    await relayed(DOC, (doc) => thread(doc, 'ta')?.status === 'open', 'reopened');
  });

  it('refuses the author of a proposal deciding it', async () => {
    const before = await stored();
    const session = await open(bo);
    sendTableEdit(session, (doc) =>
      setProposalStatus(doc, 'tp', { proposalStatus: 'accepted', by: bo.id, at: Date.now() }),
    );
    await expectRefused(session, PROPOSAL, before);
  });

  it('lets the Secretariat and facilitators decide proposals', async () => {
    const session = await open(sec);
    sendTableEdit(session, (doc) =>
      setProposalStatus(doc, 'tp', { proposalStatus: 'accepted', by: sec.id, at: Date.now() }),
    );
    await relayed(DOC, (doc) => thread(doc, 'tp')?.proposalStatus === 'accepted', 'accepted');
    const facilitator = await open(fay);
    sendTableEdit(facilitator, (doc) =>
      setProposalStatus(doc, 'tp', { proposalStatus: 'declined', by: fay.id, at: Date.now() }),
    );
    await relayed(DOC, (doc) => thread(doc, 'tp')?.proposalBy === fay.id, 'declined');
  });
});

describe('threads are never removed', () => {
  it.each([
    ['its author', () => ann],
    ['the Secretariat', () => sec],
  ])('not by %s', async (_name, who) => {
    const before = await stored();
    const session = await open(who());
    sendTableEdit(session, (doc) => threadsOf(doc).delete('ta'));
    await expectRefused(session, REMOVE, before);
  });
});

describe('comments on a mapping table', () => {
  it.each([
    ['a facilitator', () => fay, 'tf'],
    ['an observer', () => ann, 'to'],
  ])('%s comments on a cell: relayed and stored', async (_name, who, id) => {
    const session = await open(who(), TABLE);
    startThread(session, id, who(), { anchor: CELL, kind: 'question' });
    sendTableEdit(session, (doc) =>
      addComment(doc, id, { id: `${id}-c2`, authorId: who().id, body: 'More', createdAt: 2 }),
    );
    await relayed(TABLE, (doc) => thread(doc, id)?.comments.length === 2, `${id} on the table`);
    expect(session.raw.closeCode).toBeNull();
  });

  it("refuses a DC member editing a facilitator's table comment", async () => {
    await relayed(TABLE, (doc) => thread(doc, 'tf') !== undefined, 'the table thread');
    const before = await stored(TABLE);
    const session = await open(bo, TABLE);
    sendTableEdit(session, (doc) => editComment(doc, 'tf', 'tf-c1', { body: 'mine', editedAt: 5 }));
    await expectRefused(session, COMMENT, before, TABLE);
  });
});
