/**
 * Write rules of rich-text documents (SPEC W5): every role against every part of the document.
 * Editors (and the Secretariat) change everything; commenters start threads and write, edit
 * and delete comments as themselves only, never the text; viewers change nothing. Editors are
 * also checked through the rules themselves, without the shortcut, so the rules stay right.
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
  setThreadStatus,
  threadOf,
  threadsOf,
} from '../../shared/comments/threadSchema';
import { captureUpdate, editOf, person, serverDoc } from './accessHelpers';

const TEXT = 'Your role can comment but not edit the text.';
const THREAD = 'You can start threads as yourself, but only editors change or remove them.';
const COMMENT = 'You can add comments as yourself and change or delete only your own.';

/** Alice's threads (one with her comment, then Bob's) and Bob's thread, beside one paragraph. */
function documentWithThreads(): Y.Doc {
  return serverDoc((doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Hello world')]);
    doc.getXmlFragment('default').insert(0, [paragraph]);
    const at = 1_000;
    createThread(doc, {
      id: 'ta',
      authorId: 'alice',
      createdAt: at,
      anchor: 'p0',
      comment: { id: 'c1', body: 'Mine' },
    });
    addComment(doc, 'ta', { id: 'c2', authorId: 'bob', body: 'Reply', createdAt: at });
    createThread(doc, {
      id: 'tb',
      authorId: 'bob',
      createdAt: at,
      anchor: 'p0',
      comment: { id: 'c3', body: 'Bob' },
    });
    threadsOf(doc).set('tc', new Y.Map([['authorId', 'alice']])); // made by hand: no status
  });
}

const text = (doc: Y.Doc) =>
  (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
const comment = (doc: Y.Doc, threadId: string, index: number) =>
  (threadOf(doc, threadId)!.get('comments') as Y.Array<Y.Map<unknown>>).get(index);
const newThread = (id: string, authorId: string) => (doc: Y.Doc) =>
  createThread(doc, {
    id,
    authorId,
    createdAt: 2,
    anchor: null,
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

/** Each edit, and what a commenter called Alice is told (true: allowed). */
const edits: Array<[string, (doc: Y.Doc) => void, true | string]> = [
  ['type in the text', (doc) => text(doc).insert(5, ','), TEXT],
  ['delete text', (doc) => text(doc).delete(0, 5), TEXT],
  ['format text', (doc) => text(doc).format(0, 5, { bold: true }), TEXT],
  [
    'set a paragraph attribute',
    (doc) =>
      (doc.getXmlFragment('default').get(0) as Y.XmlElement).setAttribute('textAlign', 'center'),
    TEXT,
  ],
  [
    'add a paragraph',
    (doc) => doc.getXmlFragment('default').insert(1, [new Y.XmlElement('paragraph')]),
    TEXT,
  ],
  ['write in another root', (doc) => doc.getMap('settings').set('x', 1), TEXT],
  ['start a thread as herself', newThread('t-new', 'alice'), true],
  ['start a thread as Bob', newThread('t-new', 'bob'), THREAD],
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
    THREAD,
  ],
  [
    'start a thread with a nested type as anchor',
    (doc) => {
      newThread('t-new', 'alice')(doc);
      threadOf(doc, 't-new')!.set('anchor', new Y.Map());
    },
    THREAD,
  ],
  [
    'start a thread as Bob and remove it in one go',
    (doc) => {
      newThread('t-new', 'bob')(doc);
      threadsOf(doc).delete('t-new');
    },
    THREAD,
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
    THREAD,
  ],
  [
    "replace Bob's thread with her own",
    (doc) => {
      threadsOf(doc).delete('tb');
      newThread('tb', 'alice')(doc);
    },
    THREAD,
  ],
  [
    "reply as herself in Bob's thread",
    (doc) => addComment(doc, 'tb', { id: 'r', authorId: 'alice', body: 'x', createdAt: 3 }),
    true,
  ],
  ['reply as Bob', reply('bob'), COMMENT],
  [
    'reply as Bob and remove the reply in one go',
    (doc) => {
      addComment(doc, 'tb', { id: 'r', authorId: 'bob', body: 'x', createdAt: 3 });
      deleteComment(doc, 'tb', 'r');
    },
    COMMENT,
  ],
  [
    'reply and remove the reply in one go',
    (doc) => {
      addComment(doc, 'tb', { id: 'r', authorId: 'alice', body: 'x', createdAt: 3 });
      deleteComment(doc, 'tb', 'r');
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
      deleteComment(doc, 'ta', 'c1');
    },
    COMMENT,
  ],
  ['backdate her comment', (doc) => comment(doc, 'ta', 0).set('createdAt', 0), COMMENT],
  ['clear the body of her comment', (doc) => comment(doc, 'ta', 0).delete('body'), true],
  ['remove the author of her comment', (doc) => comment(doc, 'ta', 0).delete('authorId'), COMMENT],
  ['delete her own comment', (doc) => deleteComment(doc, 'ta', 'c1'), true],
  ["delete Bob's comment", (doc) => deleteComment(doc, 'ta', 'c2'), COMMENT],
  ['resolve her own thread', (doc) => setThreadStatus(doc, 'ta', 'resolved'), THREAD],
  [
    'add comments to her thread that has none',
    (doc) => threadOf(doc, 'tc')!.set('comments', new Y.Array()),
    THREAD,
  ],
  [
    'add a missing field to her thread',
    (doc) => threadOf(doc, 'tc')!.set('status', 'resolved'),
    THREAD,
  ],
  ['move the anchor of her thread', (doc) => threadOf(doc, 'ta')!.set('anchor', 'p9'), THREAD],
  [
    'replace the comments of her thread',
    (doc) => threadOf(doc, 'ta')!.set('comments', new Y.Array()),
    THREAD,
  ],
  ['delete her own thread', (doc) => threadsOf(doc).delete('ta'), THREAD],
];

const cases = edits.map(([name, edit, expected]) => ({ name, edit, expected }));

describe('rich-text rules (W5)', () => {
  it.each(cases)('a commenter: $name → $expected', ({ edit, expected }) => {
    const doc = documentWithThreads();
    const update = editOf(doc, edit);
    expect(describeUpdate(doc, update)?.length).toBeGreaterThan(0);
    const verdict = checkUpdate(doc, update, richTextRules, person('alice', 'observer'));
    expect(verdict.ok ? true : verdict.reason).toBe(expected);
  });

  it.each(cases)('an editor, by the rules alone, may: $name', ({ edit }) => {
    const doc = documentWithThreads();
    const effects = describeUpdate(doc, editOf(doc, edit))!;
    for (const editor of [person('alice', 'facilitator'), person('alice', 'dcMember')]) {
      expect(checkEffects(effects, richTextRules, editor)).toEqual({ ok: true });
      expect(checkUpdate(doc, editOf(doc, edit), richTextRules, editor)).toEqual({ ok: true });
    }
  });

  it.each(cases)('the Secretariat may, and a viewer may not: $name', ({ edit }) => {
    const doc = documentWithThreads();
    const update = editOf(doc, edit);
    expect(checkUpdate(doc, update, richTextRules, person('s', 'secretariat'))).toEqual({
      ok: true,
    });
    const viewer = person('alice', 'observer', { access: 'viewer' });
    expect(checkUpdate(doc, update, richTextRules, viewer)).toMatchObject({
      reason: VIEWER_REFUSAL,
    });
  });

  it('refuses anything else in the threads root, such as sequence content', () => {
    const doc = documentWithThreads();
    const stranger = new Y.Doc();
    const update = captureUpdate(stranger, () => stranger.getArray('threads').push(['x']));
    const verdict = checkUpdate(doc, update, richTextRules, person('alice', 'observer'));
    expect(verdict).toEqual({ ok: false, reason: COMMENT, path: 'threads/[]' });
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
    const verdict = checkUpdate(doc, update, richTextRules, person('alice', 'observer'));
    expect(verdict).toMatchObject({ ok: false, reason: THREAD, path: 'threads/tb' });
  });
});
