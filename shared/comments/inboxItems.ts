/**
 * What a person's inbox holds from one document: replies to threads they started and mentions
 * of them or of one of their DCs. Derived from the threads themselves (nothing extra is
 * stored in the document), so the server can recompute it whenever a `threads` map changes and
 * only has to remember which items each person has read. An item's id is stable (document,
 * thread, comment), which is what "read" is recorded against.
 */
import { commentPlainText, mentionsOf } from './mentions';
import type { ThreadView } from './readThreads';
import type { ThreadViewer } from './threadFilters';

/** Longest excerpt of a comment in an inbox item (characters). */
export const MAX_EXCERPT_LENGTH = 200;

/** One entry of an inbox. */
export interface InboxItem {
  /** `${documentName}/${threadId}/${commentId}`. */
  readonly id: string;
  /** 'mention' wins when a comment is both a reply and a mention. */
  readonly kind: 'reply' | 'mention';
  readonly documentName: string;
  readonly threadId: string;
  readonly commentId: string;
  readonly authorId: string;
  readonly createdAt: number;
  /** The comment as plain text, cut to MAX_EXCERPT_LENGTH. */
  readonly excerpt: string;
}

/** The id of the inbox item for a comment. */
export const inboxItemId = (documentName: string, threadId: string, commentId: string) =>
  `${documentName}/${threadId}/${commentId}`;

/** An excerpt of a body: plain text, whitespace folded, at most MAX_EXCERPT_LENGTH characters. */
export function excerptOf(body: string): string {
  const text = commentPlainText(body).replace(/\s+/g, ' ').trim();
  return text.length <= MAX_EXCERPT_LENGTH ? text : `${text.slice(0, MAX_EXCERPT_LENGTH - 1)}…`;
}

/**
 * The viewer's inbox items from `threads` of `documentName`, oldest first: every live comment
 * by someone else that replies in a thread the viewer started (not its first comment) or
 * mentions the viewer or one of the viewer's DCs.
 */
export function inboxItemsFor(
  documentName: string,
  threads: readonly ThreadView[],
  viewer: ThreadViewer,
): InboxItem[] {
  const items: InboxItem[] = [];
  for (const thread of threads) {
    thread.comments.forEach((comment, index) => {
      if (comment.deletedAt !== null || comment.authorId === viewer.userId) return;
      const { people, dcs } = mentionsOf(comment.body);
      const mention = people.includes(viewer.userId) || dcs.some((dc) => viewer.dcs.includes(dc));
      const reply = index > 0 && thread.authorId === viewer.userId;
      if (!mention && !reply) return;
      items.push({
        id: inboxItemId(documentName, thread.id, comment.id),
        kind: mention ? 'mention' : 'reply',
        documentName,
        threadId: thread.id,
        commentId: comment.id,
        authorId: comment.authorId,
        createdAt: comment.createdAt,
        excerpt: excerptOf(comment.body),
      });
    });
  }
  return items.sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
