/**
 * The comment routes. Threads themselves travel inside the documents; these routes add what a
 * document cannot tell a browser by itself: GET /api/directory (who is who, for every signed-in
 * person; never e-mails), GET /api/inbox and POST /api/inbox/read (replies and mentions across
 * every document the person can read, with read marks), and the ledger exports
 * GET /api/documents/:name/comments.csv and .md (403 when the person may not read the
 * document, 404 when there is none).
 */
import { isValidTimeZone } from '../../shared/time/zonedTime';
import type { AccountService } from '../accounts/AccountService';
import type { CommentDocuments } from '../comments/CommentDocuments';
import { buildDirectory } from '../comments/directory';
import type { InboxService, MarkReadRequest } from '../comments/InboxService';
import type { User } from '../accounts/AccountStore';
import { ApiError, invalidInput } from './ApiError';
import { requireIdentity, type AppHono } from './identity';
import { readJson } from './readJson';

/** Most ids one mark-as-read request may carry. */
export const MAX_MARK_READ_IDS = 1000;
/** Longest inbox item id accepted. */
const MAX_ITEM_ID_LENGTH = 400;

/** The comment services the routes use (built in createServer). */
export interface CommentServices {
  readonly documents: CommentDocuments;
  readonly inbox: InboxService;
  /** Whether `user` may read document `name`. */
  readonly canRead: (user: User, name: string) => Promise<boolean>;
}

/** What the comment routes need. */
export interface CommentRouteDependencies {
  readonly accounts: AccountService;
  readonly comments: CommentServices;
}

/** A Content-Disposition header for downloading `fileName`. */
function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Reads a mark-as-read request, or a 400 naming the field that is wrong. */
export function readMarkReadRequest(body: Record<string, unknown>): MarkReadRequest {
  if ('all' in body) {
    if (body['all'] !== true) throw invalidInput({ all: 'all: must be true to mark everything' });
    if ('ids' in body) throw invalidInput({ ids: 'ids: give either ids or all, not both' });
    return { all: true };
  }
  const ids = body['ids'];
  if (!Array.isArray(ids) || ids.length === 0) {
    throw invalidInput({ ids: 'ids: give a list of inbox item ids (or all: true)' });
  }
  if (ids.length > MAX_MARK_READ_IDS) {
    throw invalidInput({ ids: `ids: at most ${MAX_MARK_READ_IDS} at a time` });
  }
  const bad = ids.findIndex(
    (id) => typeof id !== 'string' || id.length === 0 || id.length > MAX_ITEM_ID_LENGTH,
  );
  if (bad >= 0) throw invalidInput({ ids: `ids: item ${bad + 1} is not an inbox item id` });
  return { ids: ids as string[] };
}

/** Registers /api/directory, /api/inbox… and the ledger exports. */
export function registerCommentRoutes(app: AppHono, deps: CommentRouteDependencies): void {
  const { documents, inbox, canRead } = deps.comments;

  app.get('/api/directory', async (c) => {
    requireIdentity(c);
    return c.json(buildDirectory(await deps.accounts.store.listUsers()));
  });

  app.get('/api/inbox', async (c) => {
    const { user } = requireIdentity(c);
    return c.json(await inbox.inbox(user));
  });

  app.post('/api/inbox/read', async (c) => {
    const { user } = requireIdentity(c);
    const request = readMarkReadRequest(await readJson(c));
    return c.json(await inbox.markRead(user, request));
  });

  for (const format of ['csv', 'md'] as const) {
    app.get(`/api/documents/:name/comments.${format}`, async (c) => {
      const { user } = requireIdentity(c);
      const timeZone = c.req.query('timeZone') ?? 'UTC';
      if (!isValidTimeZone(timeZone)) {
        throw invalidInput({ timeZone: 'timeZone: not a known time zone, e.g. Europe/Warsaw' });
      }
      const name = c.req.param('name');
      const document = await documents.open(name);
      if (!document) {
        throw new ApiError(404, 'not_found', 'There is no such document. Go back to the list.');
      }
      if (!(await canRead(user, name))) {
        throw new ApiError(403, 'forbidden', 'You do not have access to this document.');
      }
      const people = new Map((await deps.accounts.store.listUsers()).map((u) => [u.id, u]));
      const { ledgerFile } = await import('../comments/ledgerExport');
      const file = ledgerFile(document, format, (id) => people.get(id), timeZone);
      return c.body(file.body, 200, {
        'content-type': file.contentType,
        'content-disposition': attachment(file.fileName),
        'cache-control': 'no-store',
      });
    });
  }
}
