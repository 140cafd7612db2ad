/**
 * Random edits of a rich-text document with comment threads, for the property test of the
 * write rules: some a commenter may make (own threads and comments, resolving own threads),
 * some not (the text, other people's comments, removals, fixed thread fields, proposal
 * decisions), so an update can mix both.
 */
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import {
  THREADS_ROOT,
  addComment,
  createThread,
  deleteComment,
  editComment,
  setProposalStatus,
  setThreadStatus,
  threadOf,
  threadsOf,
  type ThreadAnchor,
  type ThreadKind,
} from '../../shared/comments/threadSchema';

const ANCHOR: ThreadAnchor = {
  kind: 'text',
  start: { type: null, tname: 'default', item: null, assoc: 0 },
  end: { type: null, tname: 'default', item: null, assoc: -1 },
};
const KINDS: ThreadKind[] = ['comment', 'question', 'proposal'];

/** The people who write in the random documents. */
export const PEOPLE = ['alice', 'bob'] as const;

let counter = 0;
/** Ids created or changed since startBatch: not deleted in the same update (see startBatch). */
const batch = new Set<string>();
const nextId = (prefix: string) => {
  const id = `${prefix}${++counter}`;
  batch.add(id);
  return id;
};

/** Restarts ids, so that a seed replays the same edits when run alone. */
export function resetIds(): void {
  counter = 0;
}

/**
 * Starts the edits of one update. The oracles judge what is visible after the update, and a
 * thread or comment forged and removed within one update leaves nothing visible (the rules
 * still refuse it, since the update carries the forgery: richTextRules.test.ts covers that), so
 * random edits do not remove what the same update created or changed.
 */
export function startBatch(): void {
  batch.clear();
}

function paragraphs(doc: Y.Doc): Y.XmlElement[] {
  return doc
    .getXmlFragment('default')
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
}

function texts(doc: Y.Doc): Y.XmlText[] {
  return paragraphs(doc).flatMap((p) =>
    p.toArray().filter((node): node is Y.XmlText => node instanceof Y.XmlText),
  );
}

function comments(doc: Y.Doc): Array<{ threadId: string; comment: Y.Map<unknown> }> {
  return [...threadsOf(doc).keys()].flatMap((threadId) => {
    const list = threadOf(doc, threadId)?.get('comments');
    return list instanceof Y.Array
      ? list
          .toArray()
          .filter((comment): comment is Y.Map<unknown> => comment instanceof Y.Map)
          .map((comment) => ({ threadId, comment }))
      : [];
  });
}

/** A starting document: a few paragraphs, and threads by both people. */
export function randomRichText(gen: prng.PRNG): Y.Doc {
  const doc = new Y.Doc({ guid: 'random' });
  doc.clientID = 1;
  doc.transact(() => {
    for (let i = prng.uint32(gen, 1, 4); i > 0; i--) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(prng.word(gen, 3, 12))]);
      doc.getXmlFragment('default').push([paragraph]);
    }
    for (let i = prng.uint32(gen, 1, 3); i > 0; i--) {
      const author = prng.oneOf(gen, [...PEOPLE]);
      const id = nextId('t');
      createThread(doc, {
        id,
        authorId: author,
        createdAt: i,
        anchor: ANCHOR,
        quote: prng.word(gen, 1, 8),
        kind: prng.oneOf(gen, KINDS),
        comment: { id: nextId('c'), body: 'first' },
      });
      for (let j = prng.uint32(gen, 0, 2); j > 0; j--) {
        addComment(doc, id, {
          id: nextId('c'),
          authorId: prng.oneOf(gen, [...PEOPLE]),
          body: 're',
          createdAt: j,
        });
      }
    }
  });
  return doc;
}

/**
 * An edit by `me`. With `behave`, it stays within what a commenter may do: it writes as `me`
 * and changes only comments by `me`; otherwise it picks any author and any comment.
 */
type Edit = (
  gen: prng.PRNG,
  doc: Y.Doc,
  me: string,
  behave: boolean,
  /** False: leave thread statuses alone (concurrent status changes are not judged). */
  statuses: boolean,
) => void;

/** Edits of the text: never allowed to a commenter. */
const textEdits: Edit[] = [
  (gen, doc) => {
    const text = prng.oneOf(gen, texts(doc));
    text?.insert(prng.uint32(gen, 0, text.length), prng.word(gen, 1, 5));
  },
  (gen, doc) => {
    const text = prng.oneOf(gen, texts(doc));
    if (text && text.length > 0) text.delete(prng.uint32(gen, 0, text.length - 1), 1);
  },
  (gen, doc) => {
    const text = prng.oneOf(gen, texts(doc));
    if (text && text.length > 1) text.format(0, prng.uint32(gen, 1, text.length), { bold: true });
  },
  (gen, doc) => prng.oneOf(gen, paragraphs(doc))?.setAttribute('textAlign', prng.word(gen, 3, 6)),
  (gen, doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(prng.word(gen, 1, 5))]);
    doc.getXmlFragment('default').insert(prng.uint32(gen, 0, paragraphs(doc).length), [paragraph]);
  },
  (gen, doc) => {
    const count = doc.getXmlFragment('default').length;
    if (count > 0) doc.getXmlFragment('default').delete(prng.uint32(gen, 0, count - 1), 1);
  },
  (_gen, doc) => doc.getMap('settings').set('zoom', 2),
];

/** Thread and comment edits: allowed to a commenter when `me` writes as themselves. */
const commentEdits: Edit[] = [
  (gen, doc, me, behave) => {
    const author = !behave && prng.uint32(gen, 0, 4) === 0 ? 'bob' : me;
    createThread(doc, {
      id: nextId('t'),
      authorId: author,
      createdAt: 1,
      anchor: prng.bool(gen) ? ANCHOR : { kind: 'cell', rowId: 'r1', columnId: 'c1' },
      quote: prng.word(gen, 0, 8),
      kind: prng.oneOf(gen, KINDS),
      comment: { id: nextId('c'), body: 'new' },
    });
  },
  (gen, doc, me, behave) => {
    const threadId = prng.oneOf(gen, [...threadsOf(doc).keys()]);
    const author = !behave && prng.uint32(gen, 0, 4) === 0 ? 'bob' : me;
    if (threadId)
      addComment(doc, threadId, { id: nextId('c'), authorId: author, body: 'reply', createdAt: 2 });
  },
  (gen, doc, me, behave) => {
    const found = pickComment(gen, doc, me, behave);
    if (found)
      editComment(doc, found.threadId, found.id, { body: prng.word(gen, 1, 8), editedAt: 3 });
  },
  (gen, doc, me, behave) => {
    const found = pickComment(gen, doc, me, behave);
    if (found) deleteComment(doc, found.threadId, found.id, { deletedAt: 4 });
  },
  (gen, doc, me, behave, statuses) => {
    if (!statuses) return;
    const threadIds = [...threadsOf(doc).keys()].filter(
      (id) => !behave || threadOf(doc, id)?.get('authorId') === me,
    );
    const threadId = prng.oneOf(gen, threadIds);
    if (threadId) {
      const status = prng.bool(gen) ? 'resolved' : 'open';
      setThreadStatus(doc, threadId, { status, by: me, at: 5 });
    }
  },
];

/** A comment to change (noted as changed in this batch): any, or with `behave` one by `me`. */
function pickComment(gen: prng.PRNG, doc: Y.Doc, me: string, behave: boolean) {
  const candidates = comments(doc).filter(
    ({ comment }) => !behave || comment.get('authorId') === me,
  );
  if (candidates.length === 0) return undefined;
  const found = prng.oneOf(gen, candidates);
  const id = found.comment.get('id') as string;
  const changedBefore = batch.has(id);
  batch.add(id);
  return { ...found, id, changedBefore };
}

/** Changes to threads a commenter may never make. */
const threadEdits: Edit[] = [
  (gen, doc, me, _behave, statuses) => {
    const threadId = prng.oneOf(gen, [...threadsOf(doc).keys()]);
    if (threadId && statuses) {
      const proposalStatus = prng.oneOf(gen, ['open', 'accepted', 'declined'] as const);
      setProposalStatus(doc, threadId, { proposalStatus, by: me, at: 6 });
    }
  },
  (gen, doc) => {
    const threadId = prng.oneOf(gen, [...threadsOf(doc).keys()]);
    if (threadId && !batch.has(threadId)) threadsOf(doc).delete(threadId);
  },
  (gen, doc) => {
    const threadId = prng.oneOf(gen, [...threadsOf(doc).keys()]);
    if (threadId && !batch.has(threadId)) threadOf(doc, threadId)?.set('quote', 'moved');
  },
  (gen, doc, me) => {
    const found = pickComment(gen, doc, me, false);
    found?.comment.set(prng.bool(gen) ? 'authorId' : 'createdAt', 'forged');
  },
  (gen, doc, me) => {
    const found = pickComment(gen, doc, me, true);
    if (found && !found.changedBefore) found.comment.delete('body');
  },
  (gen, doc, me) => {
    const found = pickComment(gen, doc, me, true);
    const list = found && threadOf(doc, found.threadId)?.get('comments');
    if (found && !found.changedBefore && list instanceof Y.Array) {
      const index = list.toArray().indexOf(found.comment);
      if (index >= 0) list.delete(index, 1);
    }
  },
  (_gen, doc) => doc.getMap(THREADS_ROOT).set(nextId('t'), 'not a thread'),
];

/**
 * One random edit by `me`: mostly comments, sometimes (unless `behave`) text or threads. With
 * `statuses` false it never resolves, reopens or decides (for concurrent edits on the server).
 */
export function randomRichTextEdit(
  gen: prng.PRNG,
  doc: Y.Doc,
  me: string,
  behave = false,
  statuses = true,
): void {
  const roll = behave ? 0 : prng.uint32(gen, 0, 9);
  const edits = roll < 6 ? commentEdits : roll < 8 ? textEdits : threadEdits;
  prng.oneOf(gen, edits)(gen, doc, me, behave, statuses);
}
