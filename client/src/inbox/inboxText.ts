/**
 * What an inbox item says, in words: who did what ("Ada replied to your thread", "Ada
 * mentioned your DC") and when, in the reader's time zone with UTC beside it. Pure, so it is
 * tested without a browser.
 */
import { showInstant } from '../../../shared/time/formatInstant';

/** The headline of an item. */
export function itemHeadline(item: {
  readonly kind: 'reply' | 'mention';
  readonly authorName: string;
  readonly mentionsYou: boolean;
}): string {
  if (item.kind === 'reply') return `${item.authorName} replied to your thread`;
  return item.mentionsYou
    ? `${item.authorName} mentioned you`
    : `${item.authorName} mentioned your DC`;
}

/** When an item was written, in `zone` ("Tue 5 Oct 2021, 14:30 (UTC+02:00)") and in UTC. */
export function itemTime(
  createdAt: number,
  zone: string,
): { local: string; utc: string; iso: string } {
  const iso = new Date(createdAt).toISOString();
  const shown = showInstant(iso, zone);
  return { local: `${shown.date}, ${shown.time} (${shown.offset})`, utc: shown.utc, iso };
}

/** The unread count in words. */
export function unreadText(unread: number): string {
  if (unread === 0) return 'Everything is read.';
  return unread === 1 ? '1 unread' : `${unread} unread`;
}
