/**
 * The browser's calls of the inbox API: GET /api/inbox (replies to my threads and mentions of
 * me or my DCs, newest first, with read marks and the unread count) and POST /api/inbox/read.
 */
import { apiRequest } from '../api/apiRequest';

/** One inbox entry as the server sends it. */
export interface InboxEntry {
  /** `${documentName}/${threadId}/${commentId}`. */
  readonly id: string;
  readonly kind: 'reply' | 'mention';
  readonly documentName: string;
  readonly documentTitle: string;
  readonly threadId: string;
  readonly commentId: string;
  readonly authorId: string;
  readonly authorName: string;
  /** When the comment was written (ms since the epoch). */
  readonly createdAt: number;
  /** The comment as plain text, at most 200 characters. */
  readonly excerpt: string;
  readonly read: boolean;
  /** For a mention: true when it names the person, false when it names one of their DCs. */
  readonly mentionsYou: boolean;
}

/** The inbox. */
export interface Inbox {
  readonly items: readonly InboxEntry[];
  readonly unread: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unexpected = (): Error => new Error('The server sent an unexpected answer.');

const readEntry = (value: unknown): InboxEntry => {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    (value.kind !== 'reply' && value.kind !== 'mention') ||
    typeof value.documentName !== 'string' ||
    typeof value.threadId !== 'string' ||
    typeof value.createdAt !== 'number' ||
    typeof value.read !== 'boolean'
  )
    throw unexpected();
  return {
    id: value.id,
    kind: value.kind,
    documentName: value.documentName,
    documentTitle: typeof value.documentTitle === 'string' ? value.documentTitle : '',
    threadId: value.threadId,
    commentId: typeof value.commentId === 'string' ? value.commentId : '',
    authorId: typeof value.authorId === 'string' ? value.authorId : '',
    authorName: typeof value.authorName === 'string' ? value.authorName : 'Someone',
    createdAt: value.createdAt,
    excerpt: typeof value.excerpt === 'string' ? value.excerpt : '',
    read: value.read,
    mentionsYou: value.mentionsYou === true,
  };
};

const readUnread = (body: unknown): number => {
  if (!isRecord(body) || typeof body.unread !== 'number') throw unexpected();
  return body.unread;
};

/** The signed-in person's inbox. */
export async function fetchInbox(signal?: AbortSignal): Promise<Inbox> {
  const body = await apiRequest('/api/inbox', { signal });
  if (!isRecord(body) || !Array.isArray(body.items)) throw unexpected();
  return { items: body.items.map(readEntry), unread: readUnread(body) };
}

/** Marks the items `ids` (or every item) as read; returns how many stay unread. */
export async function markInboxRead(which: readonly string[] | 'all'): Promise<number> {
  const body = await apiRequest('/api/inbox/read', {
    method: 'POST',
    body: which === 'all' ? { all: true } : { ids: which },
  });
  return readUnread(body);
}
