/**
 * What the signed-in person may do with threads, mirroring the server's thread write rules
 * (shared/access/documentRules.ts) so the interface only offers what will be accepted: anyone
 * with commenter or editor access starts threads and replies; only a comment's author edits or
 * deletes it; the thread's author, facilitators and the Secretariat resolve and reopen; only
 * facilitators and the Secretariat set a proposal's status. The server still decides.
 */
import {
  DocumentAccessLevels,
  Roles,
  type DocumentAccess,
  type Role,
} from '../../../shared/access/roles';
import type { CommentView, ThreadView } from '../../../shared/comments/readThreads';

/** The person looking at the threads. */
export interface CommentViewer {
  readonly userId: string;
  readonly role: Role;
  readonly dcs: readonly string[];
  /** Access to this document or table; null while unknown (nothing offered yet). */
  readonly access: DocumentAccess | null;
}

/** Whether the viewer may start threads and reply. */
export function canComment(viewer: CommentViewer): boolean {
  return (
    viewer.access === DocumentAccessLevels.commenter ||
    viewer.access === DocumentAccessLevels.editor
  );
}

const isModerator = (viewer: CommentViewer): boolean =>
  viewer.role === Roles.facilitator || viewer.role === Roles.secretariat;

/** Whether the viewer may resolve or reopen `thread`. */
export function canChangeStatus(viewer: CommentViewer, thread: ThreadView): boolean {
  return canComment(viewer) && (thread.authorId === viewer.userId || isModerator(viewer));
}

/** Whether the viewer may set the status of `thread`, a proposal. */
export function canDecideProposal(viewer: CommentViewer, thread: ThreadView): boolean {
  return canComment(viewer) && thread.kind === 'proposal' && isModerator(viewer);
}

/** Whether the viewer may edit or delete `comment` (their own, not yet deleted). */
export function canChangeComment(viewer: CommentViewer, comment: CommentView): boolean {
  return canComment(viewer) && comment.authorId === viewer.userId && comment.deletedAt === null;
}
