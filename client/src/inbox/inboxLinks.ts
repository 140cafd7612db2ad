/**
 * Where an inbox item leads: the document (`/doc/<name>`) or mapping table (`/tables/<name>`)
 * with the query parameter `thread=<threadId>`, which the editor and the table read to open
 * that thread in the sidebar and scroll to its text or cell. Pure, so it is tested without a
 * browser.
 */
import { isTableName } from '../../../shared/tables/tableNames';
import { documentPath, tablePath } from '../routing/routes';

/** The query parameter naming the thread to open. */
export const THREAD_PARAM = 'thread';

/** The address of thread `threadId` in document `documentName`. */
export function threadPath(documentName: string, threadId: string): string {
  const base = isTableName(documentName) ? tablePath(documentName) : documentPath(documentName);
  return `${base}?${THREAD_PARAM}=${encodeURIComponent(threadId)}`;
}

/** The thread named in a query string (`location.search`), if any. */
export function threadFromSearch(search: string): string | null {
  const value = new URLSearchParams(search).get(THREAD_PARAM);
  return value === null || value === '' ? null : value;
}

/** How the inbox link reads to a screen reader: "Inbox, 2 unread" or "Inbox, nothing unread". */
export function inboxLabel(unread: number | null): string {
  if (unread === null || unread === 0) return 'Inbox, nothing unread';
  return `Inbox, ${unread} unread`;
}

/** The number on the badge: up to 99, then "99+". */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}
