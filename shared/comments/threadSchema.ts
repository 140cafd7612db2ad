/**
 * Where comment threads live in a document, and the operations on them. Threads sit beside the
 * content, not in it (root map `threads`, the same in rich-text documents and mapping tables),
 * so that a commenter can be allowed to change threads and never the text, and every thread and
 * comment records its author so the server can check that people only write and change them as
 * themselves (shared/access/threadRules.ts). Nothing others saw is ever removed: a deleted
 * comment keeps its place with an empty body, and threads are never removed.
 *
 * Layout: `threads` (Y.Map) → thread id → Y.Map { authorId, createdAt, anchor, quote, kind,
 * status, statusBy, statusAt, proposalStatus, proposalBy, proposalAt, comments: Y.Array of
 * Y.Map { id, authorId, body, createdAt, editedAt, deletedAt } }. Times are milliseconds since
 * the epoch, given by the caller. Reading (tolerant of anything other clients wrote) is in
 * readThreads.ts.
 */
import * as Y from 'yjs';

/** Name of the root map of threads. */
export const THREADS_ROOT = 'threads';

/** Longest quote kept with a thread (characters). */
export const MAX_QUOTE_LENGTH = 500;
/** Longest comment body the server accepts (characters). */
export const MAX_COMMENT_LENGTH = 10_000;

/** Keys of a thread map. */
export const ThreadFields = {
  authorId: 'authorId',
  createdAt: 'createdAt',
  /** Where the thread is attached: a TextAnchor or a CellAnchor (plain JSON, set once). */
  anchor: 'anchor',
  /** The anchored text when the thread was started (≤ MAX_QUOTE_LENGTH). */
  quote: 'quote',
  kind: 'kind',
  status: 'status',
  statusBy: 'statusBy',
  statusAt: 'statusAt',
  proposalStatus: 'proposalStatus',
  proposalBy: 'proposalBy',
  proposalAt: 'proposalAt',
  comments: 'comments',
} as const;

/** Keys of a comment map. */
export const CommentFields = {
  id: 'id',
  authorId: 'authorId',
  body: 'body',
  createdAt: 'createdAt',
  /** Null until the comment is edited. */
  editedAt: 'editedAt',
  /** Null until the comment is deleted (its body is then empty). */
  deletedAt: 'deletedAt',
} as const;

/** What a thread is about. */
export const ThreadKinds = {
  comment: 'comment',
  question: 'question',
  proposal: 'proposal',
} as const;
/** A thread kind. */
export type ThreadKind = (typeof ThreadKinds)[keyof typeof ThreadKinds];

/** Whether a thread still needs attention. */
export const ThreadStatuses = { open: 'open', resolved: 'resolved' } as const;
/** A thread status. */
export type ThreadStatus = (typeof ThreadStatuses)[keyof typeof ThreadStatuses];

/** The decision on a proposal (set by facilitators or the Secretariat). */
export const ProposalStatuses = {
  open: 'open',
  accepted: 'accepted',
  declined: 'declined',
} as const;
/** A proposal status. */
export type ProposalStatus = (typeof ProposalStatuses)[keyof typeof ProposalStatuses];

/** A Yjs relative position as JSON (Y.relativePositionToJSON). */
export interface RelativePositionJSON {
  readonly type?: { readonly client: number; readonly clock: number } | null;
  readonly tname?: string | null;
  readonly item?: { readonly client: number; readonly clock: number } | null;
  readonly assoc?: number;
}

/** A range of rich text, held by two relative positions (see textAnchors.ts). */
export interface TextAnchor {
  readonly kind: 'text';
  readonly start: RelativePositionJSON;
  readonly end: RelativePositionJSON;
}

/** A cell of a mapping table. */
export interface CellAnchor {
  readonly kind: 'cell';
  readonly rowId: string;
  readonly columnId: string;
}

/** Where a thread is attached. */
export type ThreadAnchor = TextAnchor | CellAnchor;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown) =>
  isRecord(value) && Number.isSafeInteger(value['client']) && Number.isSafeInteger(value['clock']);

/** Whether `value` has the shape of Y.relativePositionToJSON's output. */
export function isRelativePositionJSON(value: unknown): value is RelativePositionJSON {
  if (!isRecord(value)) return false;
  const { type, tname, item, assoc } = value;
  return (
    (type === undefined || type === null || isId(type)) &&
    (tname === undefined || tname === null || typeof tname === 'string') &&
    (item === undefined || item === null || isId(item)) &&
    (assoc === undefined || Number.isSafeInteger(assoc))
  );
}

/** Whether `value` is a text anchor. */
export function isTextAnchor(value: unknown): value is TextAnchor {
  return (
    isRecord(value) &&
    value['kind'] === 'text' &&
    isRelativePositionJSON(value['start']) &&
    isRelativePositionJSON(value['end'])
  );
}

/** Whether `value` is a cell anchor. */
export function isCellAnchor(value: unknown): value is CellAnchor {
  return (
    isRecord(value) &&
    value['kind'] === 'cell' &&
    typeof value['rowId'] === 'string' &&
    value['rowId'].length > 0 &&
    typeof value['columnId'] === 'string' &&
    value['columnId'].length > 0
  );
}

/** Whether `value` is a thread anchor. */
export const isThreadAnchor = (value: unknown): value is ThreadAnchor =>
  isTextAnchor(value) || isCellAnchor(value);

const among =
  <T extends string>(values: Readonly<Record<string, T>>) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (Object.values(values) as string[]).includes(value);

/** Whether `value` is a thread kind. */
export const isThreadKind = among(ThreadKinds);
/** Whether `value` is a thread status. */
export const isThreadStatus = among(ThreadStatuses);
/** Whether `value` is a proposal status. */
export const isProposalStatus = among(ProposalStatuses);

/** A new comment. */
export interface NewComment {
  readonly id: string;
  readonly authorId: string;
  readonly body: string;
  readonly createdAt: number;
}

/** A new thread with its first comment (same author and time). */
export interface NewThread {
  readonly id: string;
  readonly authorId: string;
  readonly createdAt: number;
  readonly anchor: ThreadAnchor;
  /** Cut to MAX_QUOTE_LENGTH. */
  readonly quote: string;
  readonly kind: ThreadKind;
  readonly comment: { readonly id: string; readonly body: string };
}

/** The document's root map of threads (entries other clients wrote may be anything). */
export function threadsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(THREADS_ROOT);
}

/** The thread map `threadId`, if there is one. */
export function threadOf(doc: Y.Doc, threadId: string): Y.Map<unknown> | null {
  const thread = threadsOf(doc).get(threadId);
  return thread instanceof Y.Map ? (thread as Y.Map<unknown>) : null;
}

function commentMap(comment: NewComment): Y.Map<unknown> {
  return new Y.Map<unknown>([
    [CommentFields.id, comment.id],
    [CommentFields.authorId, comment.authorId],
    [CommentFields.body, comment.body],
    [CommentFields.createdAt, comment.createdAt],
    [CommentFields.editedAt, null],
    [CommentFields.deletedAt, null],
  ]);
}

function commentsOf(doc: Y.Doc, threadId: string): Y.Array<unknown> | null {
  const comments = threadOf(doc, threadId)?.get(ThreadFields.comments);
  return comments instanceof Y.Array ? (comments as Y.Array<unknown>) : null;
}

/** The live (not deleted) comment map `commentId` of a thread, if there is one. */
function liveComment(doc: Y.Doc, threadId: string, commentId: string): Y.Map<unknown> | null {
  const found = commentsOf(doc, threadId)
    ?.toArray()
    .find((c) => c instanceof Y.Map && c.get(CommentFields.id) === commentId);
  if (!(found instanceof Y.Map)) return null;
  const comment = found as Y.Map<unknown>;
  return comment.get(CommentFields.deletedAt) == null ? comment : null;
}

/** Starts a thread, in one transaction. Returns false when the id is taken. */
export function createThread(doc: Y.Doc, thread: NewThread): boolean {
  const threads = threadsOf(doc);
  if (threads.has(thread.id)) return false;
  const comments = new Y.Array<unknown>();
  comments.push([
    commentMap({ ...thread.comment, authorId: thread.authorId, createdAt: thread.createdAt }),
  ]);
  const proposal = thread.kind === ThreadKinds.proposal;
  threads.set(
    thread.id,
    new Y.Map<unknown>([
      [ThreadFields.authorId, thread.authorId],
      [ThreadFields.createdAt, thread.createdAt],
      [ThreadFields.anchor, thread.anchor],
      [ThreadFields.quote, thread.quote.slice(0, MAX_QUOTE_LENGTH)],
      [ThreadFields.kind, thread.kind],
      [ThreadFields.status, ThreadStatuses.open],
      [ThreadFields.statusBy, null],
      [ThreadFields.statusAt, null],
      [ThreadFields.proposalStatus, proposal ? ProposalStatuses.open : null],
      [ThreadFields.proposalBy, null],
      [ThreadFields.proposalAt, null],
      [ThreadFields.comments, comments],
    ]),
  );
  return true;
}

/** Adds a comment at the end of a thread. Returns false when there is no such thread. */
export function addComment(doc: Y.Doc, threadId: string, comment: NewComment): boolean {
  const comments = commentsOf(doc, threadId);
  comments?.push([commentMap(comment)]);
  return comments !== null;
}

/** Replaces a comment's text. Returns false when there is no such (undeleted) comment. */
export function editComment(
  doc: Y.Doc,
  threadId: string,
  commentId: string,
  change: { readonly body: string; readonly editedAt: number },
): boolean {
  const comment = liveComment(doc, threadId, commentId);
  doc.transact(() => {
    comment?.set(CommentFields.body, change.body);
    comment?.set(CommentFields.editedAt, change.editedAt);
  });
  return comment !== null;
}

/**
 * Deletes a comment softly: its body becomes empty and `deletedAt` is set; it keeps its place.
 * Returns false when there is no such (undeleted) comment.
 */
export function deleteComment(
  doc: Y.Doc,
  threadId: string,
  commentId: string,
  change: { readonly deletedAt: number },
): boolean {
  const comment = liveComment(doc, threadId, commentId);
  doc.transact(() => {
    comment?.set(CommentFields.body, '');
    comment?.set(CommentFields.deletedAt, change.deletedAt);
  });
  return comment !== null;
}

/**
 * Resolves or reopens a thread, saying who did it when. Returns false when there is no such
 * thread.
 */
export function setThreadStatus(
  doc: Y.Doc,
  threadId: string,
  change: { readonly status: ThreadStatus; readonly by: string; readonly at: number },
): boolean {
  const thread = threadOf(doc, threadId);
  doc.transact(() => {
    thread?.set(ThreadFields.status, change.status);
    thread?.set(ThreadFields.statusBy, change.by);
    thread?.set(ThreadFields.statusAt, change.at);
  });
  return thread !== null;
}

/**
 * Sets the decision on a proposal, saying who made it when. Returns false when there is no
 * such thread or it is not a proposal.
 */
export function setProposalStatus(
  doc: Y.Doc,
  threadId: string,
  change: {
    readonly proposalStatus: ProposalStatus;
    readonly by: string;
    readonly at: number;
  },
): boolean {
  const thread = threadOf(doc, threadId);
  if (thread?.get(ThreadFields.kind) !== ThreadKinds.proposal) return false;
  doc.transact(() => {
    thread.set(ThreadFields.proposalStatus, change.proposalStatus);
    thread.set(ThreadFields.proposalBy, change.by);
    thread.set(ThreadFields.proposalAt, change.at);
  });
  return true;
}
