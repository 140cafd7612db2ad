/**
 * What the comments interface writes to a Y.Doc, through the model's operations
 * (shared/comments/threadSchema.ts): each call stamps the signed-in person as author and
 * the browser's clock as time, and makes new ids. The server checks authorship and rights.
 */
import type * as Y from 'yjs';
import {
  addComment,
  createThread,
  deleteComment,
  editComment,
  setProposalStatus,
  setThreadStatus,
  type ProposalStatuses,
  type ThreadAnchor,
  type ThreadKind,
  type ThreadStatuses,
} from '../../../shared/comments/threadSchema';

/** A proposal's status. */
export type ProposalStatusValue = (typeof ProposalStatuses)[keyof typeof ProposalStatuses];

/** A thread's status. */
export type ThreadStatusValue = (typeof ThreadStatuses)[keyof typeof ThreadStatuses];

/** Longest quote kept with a thread. */
export const MAX_QUOTE = 500;

const newId = (): string => crypto.randomUUID();

/** Starts a thread; returns its id, or null when it could not be written. */
export function startThread(
  doc: Y.Doc,
  userId: string,
  start: { anchor: ThreadAnchor; quote: string; kind: ThreadKind; body: string },
): string | null {
  const id = newId();
  const created = createThread(doc, {
    id,
    authorId: userId,
    createdAt: Date.now(),
    anchor: start.anchor,
    quote: start.quote.slice(0, MAX_QUOTE),
    kind: start.kind,
    comment: { id: newId(), body: start.body },
  });
  return created ? id : null;
}

/** Adds my reply to a thread. */
export function replyTo(doc: Y.Doc, threadId: string, userId: string, body: string): void {
  addComment(doc, threadId, { id: newId(), authorId: userId, body, createdAt: Date.now() });
}

/** Changes the text of my comment. */
export function changeComment(doc: Y.Doc, threadId: string, commentId: string, body: string) {
  editComment(doc, threadId, commentId, { body, editedAt: Date.now() });
}

/** Deletes my comment (it stays in the thread as "Comment deleted"). */
export function removeComment(doc: Y.Doc, threadId: string, commentId: string) {
  deleteComment(doc, threadId, commentId, { deletedAt: Date.now() });
}

/** Resolves or reopens a thread as me. */
export function changeStatus(
  doc: Y.Doc,
  threadId: string,
  userId: string,
  status: ThreadStatusValue,
) {
  setThreadStatus(doc, threadId, { status, by: userId, at: Date.now() });
}

/** Sets a proposal's status as me. */
export function decideProposal(
  doc: Y.Doc,
  threadId: string,
  userId: string,
  proposalStatus: ProposalStatusValue,
) {
  setProposalStatus(doc, threadId, { proposalStatus, by: userId, at: Date.now() });
}
