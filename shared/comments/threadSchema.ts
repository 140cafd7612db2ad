/**
 * Where comment threads live in a rich-text document, and the operations on them. Threads sit
 * beside the text, not in it (root map `threads`), so that a commenter can be allowed to change
 * threads and never the text, and each comment records its author so the server can check that
 * people only write and change comments as themselves (shared/access/documentRules.ts).
 *
 * Layout: `threads` (Y.Map) → thread id → Y.Map { authorId, createdAt, anchor, status,
 * comments: Y.Array of Y.Map { id, authorId, body, createdAt, editedAt } }. Times are
 * milliseconds since the epoch, given by the caller; `anchor` is opaque here.
 */
import * as Y from 'yjs';

/** Name of the root map of threads. */
export const THREADS_ROOT = 'threads';

/** Keys of a thread map. */
export const ThreadFields = {
  authorId: 'authorId',
  createdAt: 'createdAt',
  /** Where the thread is attached in the text; defined by the comments feature. */
  anchor: 'anchor',
  status: 'status',
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
} as const;

/** Whether a thread still needs attention. */
export const ThreadStatuses = { open: 'open', resolved: 'resolved' } as const;

/** A thread status. */
export type ThreadStatus = (typeof ThreadStatuses)[keyof typeof ThreadStatuses];

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
  readonly anchor: unknown;
  readonly comment: { readonly id: string; readonly body: string };
}

/** A comment as plain data. */
export interface CommentData extends NewComment {
  readonly editedAt: number | null;
}

/** A thread as plain data. */
export interface ThreadData {
  readonly id: string;
  readonly authorId: string;
  readonly createdAt: number;
  readonly anchor: unknown;
  readonly status: ThreadStatus;
  readonly comments: readonly CommentData[];
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
  ]);
}

function commentsOf(doc: Y.Doc, threadId: string): Y.Array<unknown> | null {
  const comments = threadOf(doc, threadId)?.get(ThreadFields.comments);
  return comments instanceof Y.Array ? (comments as Y.Array<unknown>) : null;
}

const isCommentMap = (value: unknown): value is Y.Map<unknown> => value instanceof Y.Map;

function findComment(doc: Y.Doc, threadId: string, commentId: string) {
  const comments = commentsOf(doc, threadId);
  const index =
    comments
      ?.toArray()
      .findIndex((c) => isCommentMap(c) && c.get(CommentFields.id) === commentId) ?? -1;
  return comments && index >= 0
    ? { comments, index, comment: comments.get(index) as Y.Map<unknown> }
    : null;
}

/** Starts a thread, in one transaction. Returns false when the id is taken. */
export function createThread(doc: Y.Doc, thread: NewThread): boolean {
  const threads = threadsOf(doc);
  if (threads.has(thread.id)) return false;
  const comments = new Y.Array<unknown>();
  comments.push([
    commentMap({ ...thread.comment, authorId: thread.authorId, createdAt: thread.createdAt }),
  ]);
  threads.set(
    thread.id,
    new Y.Map<unknown>([
      [ThreadFields.authorId, thread.authorId],
      [ThreadFields.createdAt, thread.createdAt],
      [ThreadFields.anchor, thread.anchor],
      [ThreadFields.status, ThreadStatuses.open],
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

/** Replaces a comment's text. Returns false when there is no such comment. */
export function editComment(
  doc: Y.Doc,
  threadId: string,
  commentId: string,
  change: { readonly body: string; readonly editedAt: number },
): boolean {
  const found = findComment(doc, threadId, commentId);
  doc.transact(() => {
    found?.comment.set(CommentFields.body, change.body);
    found?.comment.set(CommentFields.editedAt, change.editedAt);
  });
  return found !== null;
}

/** Removes a comment. Returns false when there is no such comment. */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string): boolean {
  const found = findComment(doc, threadId, commentId);
  found?.comments.delete(found.index, 1);
  return found !== null;
}

/** Resolves or reopens a thread. Returns false when there is no such thread. */
export function setThreadStatus(doc: Y.Doc, threadId: string, status: ThreadStatus): boolean {
  const thread = threadOf(doc, threadId);
  thread?.set(ThreadFields.status, status);
  return thread !== null;
}

/** Every thread as plain data, in key order; entries that are not threads are left out. */
export function readThreads(doc: Y.Doc): ThreadData[] {
  return [...threadsOf(doc).keys()].sort().flatMap((id) => {
    const thread = threadOf(doc, id);
    if (!thread) return [];
    const comments = thread.get(ThreadFields.comments);
    return {
      id,
      authorId: thread.get(ThreadFields.authorId) as string,
      createdAt: thread.get(ThreadFields.createdAt) as number,
      anchor: thread.get(ThreadFields.anchor),
      status: thread.get(ThreadFields.status) as ThreadStatus,
      comments:
        comments instanceof Y.Array
          ? comments
              .toArray()
              .filter(isCommentMap)
              .map((c) => c.toJSON() as CommentData)
          : [],
    };
  });
}
