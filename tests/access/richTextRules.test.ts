/**
 * Write rules of rich-text documents (SPEC W5): every role against every part of the document.
 * Editors (and the Secretariat) change the text, commenters never do; comment threads follow
 * the same rules for everyone, editors and the Secretariat included: start threads and write,
 * edit and delete comments as yourself only; the thread's author, facilitators and the
 * Secretariat resolve; facilitators and the Secretariat decide proposals; nothing is removed.
 * Viewers change nothing. Editors are also checked through the rules alone (checkEffects).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import { richTextRules } from '../../shared/access/documentRules';
import { VIEWER_REFUSAL, checkEffects, checkUpdate } from '../../shared/access/writeRules';
import {
  addComment,
  createThread,
  deleteComment,
  editComment,
  setProposalStatus,
  setThreadStatus,
  threadOf,
  threadsOf,
  type ThreadKind,
} from '../../shared/comments/threadSchema';
import { captureUpdate, editOf, person, replicaOf, serverDoc } from './accessHelpers';

const TEXT = 'Your role can comment but not edit the text.';
const START = 'You can start a thread only as yourself, complete and with your own first comment.';
const REMOVE = 'Threads and comments are never removed.';
const FIXED = "A thread's author, date, anchor, quote and kind cannot be changed.";
const STATUS =
  "Only the thread's author, a facilitator or the Secretariat can resolve or reopen it, as themselves.";
const PROPOSAL =
  'Only a facilitator or the Secretariat can accept or decline a proposal, as themselves.';
const COMMENT = 'You can add comments as yourself and edit or delete only your own.';

const ANCHOR = {
  kind: 'text',
  start: { type: null, tname: 'default', item: null, assoc: 0 },
  end: { type: null, tname: 'default', item: null, assoc: -1 },
} as const;

/** Alice's thread (her comment, then Bob's), Bob's question and proposal, beside a paragraph. */
function documentWithThreads(): Y.Doc {
  return serverDoc((doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Hello world')]);
    doc.getXmlFragment('default').insert(0, [paragraph]);
    const at = 1_000;
    const started = { createdAt: at, anchor: ANCHOR, quote: 'Hello' };
    createThread(doc, {
      ...started,
      id: 'ta',
      authorId: 'alice',
      kind: 'comment',
      comment: { id: 'c1', body: 'Mine' },
    });
    addComment(doc, 'ta', { id: 'c2', authorId: 'bob', body: 'Reply', createdAt: at });
    createThread(doc, {
      ...started,
      id: 'tb',
      authorId: 'bob',
      kind: 'question',
      comment: { id: 'c3', body: 'Bob' },
    });
    createThread(doc, {
      ...started,
      id: 'tp',
      authorId: 'bob',
      kind: 'proposal',
      comment: { id: 'c4', body: 'Let us' },
    });
    threadsOf(doc).set('tc', new Y.Map([['authorId', 'alice']])); // made by hand: no fields
  });
}

const text = (doc: Y.Doc) =>
  (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
const comment = (doc: Y.Doc, threadId: string, index: number) =>
  (threadOf(doc, threadId)!.get('comments') as Y.Array<Y.Map<unknown>>).get(index);
const newThread =
  (id: string, authorId: string, kind: ThreadKind = 'comment') =>
  (doc: Y.Doc) =>
    createThread(doc, {
      id,
      authorId,
      createdAt: 2,
      anchor: ANCHOR,
      quote: 'Hello',
      kind,
      comment: { id: `${id}-c`, body: 'Hi' },
    });
/** Bob's thread gets a reply map; `fields` (made per test: types are used once) are added. */
const reply =
  (authorId: string, fields: () => Array<[string, unknown]> = () => []) =>
  (doc: Y.Doc) =>
    (threadOf(doc, 'tb')!.get('comments') as Y.Array<Y.Map<unknown>>).push([
      new Y.Map<unknown>([
        ['id', 'r'],
        ['authorId', authorId],
        ['body', 'x'],
        ['createdAt', 3],
        ...fields(),
      ]),
    ]);
const resolve =
  (threadId: string, by = 'alice') =>
  (doc: Y.Doc) =>
    setThreadStatus(doc, threadId, { status: 'resolved', by, at: 9 });
const decide =
  (threadId: string, by = 'alice') =>
  (doc: Y.Doc) =>
    setProposalStatus(doc, threadId, { proposalStatus: 'accepted', by, at: 9 });

/** Roles Alice is tried in: commenter (observer), DC member, facilitator, Secretariat. */
const ROLES = ['observer', 'dcMember', 'facilitator', 'secretariat'] as const;
type Expected = true | string;
/** One expectation for every role, or one per role in ROLES order. */
type Expectation = Expected | readonly [Expected, Expected, Expected, Expected];
/** Text: commenters are refused, everyone else may. */
const TEXT_ONLY: Expectation = [TEXT, true, true, true];
/** Moderation: facilitators and the Secretariat may. */
const moderators = (refusal: string): Expectation => [refusal, refusal, true, true];

/** Each edit, and what Alice is told in each role (true: allowed). */
const edits: Array<[string, (doc: Y.Doc) => void, Expectation]> = [
  ['type in the text', (doc) => text(doc).insert(5, ','), TEXT_ONLY],
  ['delete text', (doc) => text(doc).delete(0, 5), TEXT_ONLY],
  ['format text', (doc) => text(doc).format(0, 5, { bold: true }), TEXT_ONLY],
  [
    'set a paragraph attribute',
    (doc) =>
      (doc.getXmlFragment('default').get(0) as Y.XmlElement).setAttribute('textAlign', 'center'),
    TEXT_ONLY,
  ],
  [
    'add a paragraph',
    (doc) => doc.getXmlFragment('default').insert(1, [new Y.XmlElement('paragraph')]),
    TEXT_ONLY,
  ],
  ['write in another root', (doc) => doc.getMap('settings').set('x', 1), TEXT_ONLY],
  ['start a thread as herself', newThread('t-new', 'alice'), true],
  ['start a proposal as herself', newThread('t-new', 'alice', 'proposal'), true],
  ['start a thread as Bob', newThread('t-new', 'bob'), START],
  [
    'start a thread with a first comment by Bob',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      comment(doc, 't-new', 0).set('authorId', 'bob');
    },
    COMMENT,
  ],
  [
    'start a thread with no author',
    (doc) => threadsOf(doc).set('t-new', new Y.Map([['createdAt', 1]])),
    START,
  ],
  [
    'start a thread with a nested type as anchor',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadOf(doc, 't-new')!.set('anchor', new Y.Map());
    },
    START,
  ],
  [
    'start a thread with a malformed anchor',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadOf(doc, 't-new')!.set('anchor', { kind: 'text', start: 3 });
    },
    START,
  ],
  [
    'start a thread with an unknown kind',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadOf(doc, 't-new')!.set('kind', 'rant');
    },
    START,
  ],
  [
    'start a thread with a quote over 500 characters',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadOf(doc, 't-new')!.set('quote', 'x'.repeat(501));
    },
    START,
  ],
  [
    'start a thread without comments',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      (threadOf(doc, 't-new')!.get('comments') as Y.Array<unknown>).delete(0, 1);
    },
    START,
  ],
  [
    'start a comment thread with a proposal status',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadOf(doc, 't-new')!.set('proposalStatus', 'open');
    },
    START,
  ],
  [
    'start a proposal already accepted by herself',
    (doc) => {
      newThread('t-new', 'alice', 'proposal')(doc);
      decide('t-new')(doc);
    },
    moderators(START),
  ],
  [
    'start a thread and resolve it herself (offline)',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      resolve('t-new')(doc);
    },
    true,
  ],
  [
    'start a thread resolved by Bob',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      resolve('t-new', 'bob')(doc);
    },
    START,
  ],
  [
    'start a thread as Bob and remove it in one go',
    (doc) => {
      newThread('t-new', 'bob')(doc);
      threadsOf(doc).delete('t-new');
    },
    START,
  ],
  [
    'start and remove a thread in one go',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadsOf(doc).delete('t-new');
    },
    true,
  ],
  [
    'start a thread with an unknown field',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadOf(doc, 't-new')!.set('pinned', true);
    },
    START,
  ],
  [
    "replace Bob's thread with her own",
    (doc) => {
      threadsOf(doc).delete('tb');
      newThread('tb', 'alice')(doc);
    },
    REMOVE,
  ],
  [
    "reply as herself in Bob's thread",
    (doc) => addComment(doc, 'tb', { id: 'r', authorId: 'alice', body: 'x', createdAt: 3 }),
    true,
  ],
  ['reply as Bob', reply('bob'), COMMENT],
  [
    'reply as Bob and delete the reply in one go',
    (doc) => {
      addComment(doc, 'tb', { id: 'r', authorId: 'bob', body: 'x', createdAt: 3 });
      deleteComment(doc, 'tb', 'r', { deletedAt: 4 });
    },
    COMMENT,
  ],
  [
    'reply and delete the reply in one go',
    (doc) => {
      addComment(doc, 'tb', { id: 'r', authorId: 'alice', body: 'x', createdAt: 3 });
      deleteComment(doc, 'tb', 'r', { deletedAt: 4 });
    },
    true,
  ],
  [
    'reply without an author',
    (doc) =>
      (threadOf(doc, 'tb')!.get('comments') as Y.Array<unknown>).push([new Y.Map([['body', 'x']])]),
    COMMENT,
  ],
  [
    'reply with a plain value instead of a comment',
    (doc) => (threadOf(doc, 'tb')!.get('comments') as Y.Array<unknown>).push(['spam']),
    COMMENT,
  ],
  ['reply with a nested type as body', reply('alice', () => [['body', new Y.Map()]]), COMMENT],
  [
    'reply with a body over the limit',
    reply('alice', () => [['body', 'x'.repeat(10_001)]]),
    COMMENT,
  ],
  ['reply with an unknown field', reply('alice', () => [['votes', 9]]), COMMENT],
  [
    'edit her own comment',
    (doc) => editComment(doc, 'ta', 'c1', { body: 'Edited', editedAt: 5 }),
    true,
  ],
  [
    "edit Bob's comment",
    (doc) => editComment(doc, 'ta', 'c2', { body: 'Edited', editedAt: 5 }),
    COMMENT,
  ],
  [
    'edit her own comment into a nested type',
    (doc) => comment(doc, 'ta', 0).set('body', new Y.Text('x')),
    COMMENT,
  ],
  ['hand her comment to Bob', (doc) => comment(doc, 'ta', 0).set('authorId', 'bob'), COMMENT],
  [
    'hand her comment to Bob and delete it in one go',
    (doc) => {
      comment(doc, 'ta', 0).set('authorId', 'bob');
      deleteComment(doc, 'ta', 'c1', { deletedAt: 5 });
    },
    COMMENT,
  ],
  ['backdate her comment', (doc) => comment(doc, 'ta', 0).set('createdAt', 0), COMMENT],
  ['remove the body entry of her comment', (doc) => comment(doc, 'ta', 0).delete('body'), COMMENT],
  ['remove the author of her comment', (doc) => comment(doc, 'ta', 0).delete('authorId'), COMMENT],
  ['delete her own comment', (doc) => deleteComment(doc, 'ta', 'c1', { deletedAt: 5 }), true],
  ["delete Bob's comment", (doc) => deleteComment(doc, 'ta', 'c2', { deletedAt: 5 }), COMMENT],
  [
    'undelete her comment',
    (doc) => {
      deleteComment(doc, 'ta', 'c1', { deletedAt: 5 });
      comment(doc, 'ta', 0).set('deletedAt', null);
    },
    COMMENT,
  ],
  [
    'remove her own comment from the thread',
    (doc) => (threadOf(doc, 'ta')!.get('comments') as Y.Array<unknown>).delete(0, 1),
    REMOVE,
  ],
  ['resolve her own thread', resolve('ta'), true],
  ["resolve Bob's thread", resolve('tb'), moderators(STATUS)],
  ["resolve her own thread in Bob's name", resolve('ta', 'bob'), STATUS],
  [
    "resolve Bob's thread without signing",
    (doc) => threadOf(doc, 'tb')!.set('status', 'resolved'),
    STATUS,
  ],
  [
    'resolve with an unknown status',
    (doc) => {
      resolve('ta')(doc);
      threadOf(doc, 'ta')!.set('status', 'closed');
    },
    STATUS,
  ],
  ["accept Bob's proposal", decide('tp'), moderators(PROPOSAL)],
  ["accept Bob's proposal in Bob's name", decide('tp', 'bob'), PROPOSAL],
  [
    'decide a thread that is not a proposal',
    (doc) => {
      threadOf(doc, 'tb')!.set('proposalStatus', 'accepted');
      threadOf(doc, 'tb')!.set('proposalBy', 'alice');
    },
    PROPOSAL,
  ],
  [
    "give Bob's proposal an unknown status",
    (doc) => {
      decide('tp')(doc);
      threadOf(doc, 'tp')!.set('proposalStatus', 'maybe');
    },
    PROPOSAL,
  ],
  ['turn her thread into a proposal', (doc) => threadOf(doc, 'ta')!.set('kind', 'proposal'), FIXED],
  [
    'add comments to her thread that has none',
    (doc) => threadOf(doc, 'tc')!.set('comments', new Y.Array()),
    FIXED,
  ],
  ['move the anchor of her thread', (doc) => threadOf(doc, 'ta')!.set('anchor', ANCHOR), FIXED],
  ['change the quote of her thread', (doc) => threadOf(doc, 'ta')!.set('quote', 'Hi'), FIXED],
  [
    'replace the comments of her thread',
    (doc) => threadOf(doc, 'ta')!.set('comments', new Y.Array()),
    FIXED,
  ],
  ['delete her own thread', (doc) => threadsOf(doc).delete('ta'), REMOVE],
  ["delete Bob's thread", (doc) => threadsOf(doc).delete('tb'), REMOVE],
];

const expectedFor = (expectation: Expectation, role: (typeof ROLES)[number]): Expected =>
  typeof expectation === 'object' ? expectation[ROLES.indexOf(role)]! : expectation;

const cases = edits.flatMap(([name, edit, expectation]) =>
  ROLES.map((role) => ({ name, role, edit, expected: expectedFor(expectation, role) })),
);

describe('rich-text rules (W5)', () => {
  it.each(cases)('$role: $name → $expected', ({ role, edit, expected }) => {
    const doc = documentWithThreads();
    const update = editOf(doc, edit);
    expect(describeUpdate(doc, update)?.length).toBeGreaterThan(0);
    const verdict = checkUpdate(doc, update, richTextRules, person('alice', role));
    expect(verdict.ok ? true : verdict.reason).toBe(expected);
  });

  it.each(cases.filter((c) => c.role !== 'observer' && c.role !== 'secretariat'))(
    '$role, by the rules alone (no exemption): $name → $expected',
    ({ role, edit, expected }) => {
      const doc = documentWithThreads();
      const effects = describeUpdate(doc, editOf(doc, edit))!;
      const verdict = checkEffects(effects, richTextRules, person('alice', role));
      expect(verdict.ok ? true : verdict.reason).toBe(expected);
    },
  );

  it.each(edits.map(([name, edit]) => ({ name, edit })))('a viewer may not: $name', ({ edit }) => {
    const doc = documentWithThreads();
    const viewer = person('alice', 'observer', { access: 'viewer' });
    expect(checkUpdate(doc, editOf(doc, edit), richTextRules, viewer)).toMatchObject({
      reason: VIEWER_REFUSAL,
    });
  });

  it('refuses anything else in the threads root, such as sequence content, to everyone', () => {
    const doc = documentWithThreads();
    const stranger = new Y.Doc();
    const update = captureUpdate(stranger, () => stranger.getArray('threads').push(['x']));
    for (const role of ROLES) {
      const verdict = checkUpdate(doc, update, richTextRules, person('alice', role));
      expect(verdict).toEqual({ ok: false, reason: COMMENT, path: 'threads/[]' });
    }
  });

  it("refuses a thread written over Bob's without deleting it (Yjs would replace his)", () => {
    const doc = documentWithThreads();
    const stranger = new Y.Doc();
    stranger.clientID = 2 ** 31; // wins the conflict for key "tb"
    const update = captureUpdate(stranger, () => newThread('tb', 'alice')(stranger));
    const probe = new Y.Doc();
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(probe, update);
    expect(threadOf(probe, 'tb')!.get('authorId')).toBe('alice');
    for (const role of ROLES) {
      const verdict = checkUpdate(doc, update, richTextRules, person('alice', role));
      expect(verdict).toMatchObject({ ok: false, reason: REMOVE, path: 'threads/tb' });
    }
  });
});

describe('removing a thread others changed (W5)', () => {
  it('is refused as a removal, whichever part of the thread is judged first', () => {
    const doc = documentWithThreads();
    const moderator = replicaOf(doc, 2 ** 30); // deletions of its items are listed first
    Y.applyUpdate(
      doc,
      captureUpdate(moderator, () => resolve('ta', 'cy')(moderator)),
    );
    for (const role of ROLES) {
      const verdict = checkUpdate(
        doc,
        editOf(doc, (d) => threadsOf(d).delete('ta')),
        richTextRules,
        person('alice', role),
      );
      expect(verdict).toMatchObject({ ok: false, reason: REMOVE });
    }
  });
});
