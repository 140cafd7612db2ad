/**
 * A person's inbox: replies to threads they started and mentions of them or of one of their
 * DCs, across every document they can read, newest first, each marked read or unread. Items are
 * derived from the documents' threads on every request (shared/comments/inboxItems.ts), so
 * they can never disagree with the documents; only the read marks are stored.
 */
import { inboxItemsFor, type InboxItem } from '../../shared/comments/inboxItems';
import { mentionsOf } from '../../shared/comments/mentions';
import type { User } from '../accounts/AccountStore';
import type { CommentDocuments } from './CommentDocuments';
import type { ReadMarkStore } from './ReadMarkStore';

/** Most items an inbox answer lists (the unread count covers them all). */
export const MAX_INBOX_ITEMS = 200;

/** An inbox item with where it is. */
interface FoundItem extends InboxItem {
  readonly documentTitle: string;
  /** For a mention: true when it names the person, false when it names one of their DCs. */
  readonly mentionsYou: boolean;
}

/** One inbox entry as the API shows it. */
export interface InboxEntry extends FoundItem {
  readonly read: boolean;
  readonly documentTitle: string;
  /** The comment author's name ("Someone" when the account is gone). */
  readonly authorName: string;
}

/** GET /api/inbox's answer. */
export interface Inbox {
  /** Newest first, at most MAX_INBOX_ITEMS. */
  readonly items: readonly InboxEntry[];
  /** Unread items in all. */
  readonly unread: number;
}

/** What to mark as read. */
export type MarkReadRequest = { readonly ids: readonly string[] } | { readonly all: true };

/** What the inbox needs. */
export interface InboxServiceDependencies {
  readonly documents: CommentDocuments;
  readonly marks: ReadMarkStore;
  /** Everyone's names, by account id. */
  readonly listUsers: () => Promise<readonly User[]>;
  /** Whether `user` may read document `name` (the same decision the sync endpoint makes). */
  readonly canRead: (user: User, name: string) => Promise<boolean>;
  readonly now: () => number;
}

/** Computes inboxes and records what people read. */
export class InboxService {
  constructor(private readonly deps: InboxServiceDependencies) {}

  /** Every inbox item of `user`, newest first, with titles (not yet joined with read marks). */
  private async items(user: User): Promise<FoundItem[]> {
    const readable: string[] = [];
    for (const name of await this.deps.documents.names()) {
      if (await this.deps.canRead(user, name)) readable.push(name);
    }
    const viewer = { userId: user.id, dcs: user.dcs };
    const items: FoundItem[] = [];
    for (const { name, title, threads } of await this.deps.documents.threadsOf(readable)) {
      const found = inboxItemsFor(name, threads, viewer);
      if (found.length === 0) continue;
      const bodies = new Map(
        threads.flatMap((thread) =>
          thread.comments.map((comment) => [`${thread.id}/${comment.id}`, comment.body] as const),
        ),
      );
      for (const item of found) {
        const body = bodies.get(`${item.threadId}/${item.commentId}`) ?? '';
        const mentionsYou = item.kind === 'mention' && mentionsOf(body).people.includes(user.id);
        items.push({ ...item, documentTitle: title, mentionsYou });
      }
    }
    return items.sort(
      (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** The inbox of `user`. */
  async inbox(user: User): Promise<Inbox> {
    const items = await this.items(user);
    const read = await this.deps.marks.readIds(
      user.id,
      items.map((item) => item.id),
    );
    const names = new Map((await this.deps.listUsers()).map((u) => [u.id, u.name]));
    return {
      items: items.slice(0, MAX_INBOX_ITEMS).map((item) => ({
        ...item,
        read: read.has(item.id),
        authorName: names.get(item.authorId) ?? 'Someone',
      })),
      unread: items.filter((item) => !read.has(item.id)).length,
    };
  }

  /**
   * Marks items of `user`'s inbox as read (ids that are not, or no longer, in it are ignored)
   * and returns how many stay unread.
   */
  async markRead(user: User, request: MarkReadRequest): Promise<{ unread: number }> {
    const items = await this.items(user);
    const wanted = 'all' in request ? null : new Set(request.ids);
    const ids = items.map((item) => item.id).filter((id) => wanted === null || wanted.has(id));
    if (ids.length > 0) await this.deps.marks.markRead(user.id, ids, this.deps.now());
    const read = await this.deps.marks.readIds(
      user.id,
      items.map((item) => item.id),
    );
    return { unread: items.filter((item) => !read.has(item.id)).length };
  }
}
