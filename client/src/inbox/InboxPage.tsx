/**
 * The inbox page (/inbox): replies to the reader's threads and mentions of them or their DCs,
 * newest first, unread ones marked; each leads to its thread in the document or table (which
 * opens it and counts as reading it), can be marked as read, and all can be marked at once.
 * Live: a new reply anywhere appears without a reload.
 */
import { useEffect, useRef } from 'react';
import type { Account } from '../account/account';
import { AppLink } from '../routing/AppLink';
import { useTimeZone } from '../time/timeZonePreference';
import type { InboxEntry } from './inboxApi';
import { threadPath } from './inboxLinks';
import { itemHeadline, itemTime, unreadText } from './inboxText';
import { useInbox } from './useInbox';
import './inbox.css';

/** Props of InboxPage. */
export interface InboxPageProps {
  readonly account: Account;
}

interface ItemProps {
  readonly item: InboxEntry;
  readonly zone: string;
  readonly busy: boolean;
  readonly onMarkRead: (id: string) => void;
}

function InboxItem({ item, zone, busy, onMarkRead }: ItemProps) {
  const row = useRef<HTMLLIElement>(null);
  const time = itemTime(item.createdAt, zone);
  const headline = itemHeadline(item);
  return (
    <li
      ref={row}
      className={`inbox-item${item.read ? '' : ' inbox-item--unread'}`}
      data-testid="inbox-item"
      data-read={item.read ? 'true' : 'false'}
    >
      <p className="inbox-item__head">
        <AppLink
          href={threadPath(item.documentName, item.threadId)}
          onClick={() => {
            if (!item.read) onMarkRead(item.id);
          }}
        >
          {headline}
        </AppLink>
        {item.read ? null : <span className="visually-hidden"> (unread)</span>}
      </p>
      <p className="inbox-item__meta">
        in {item.documentTitle} ·{' '}
        <time dateTime={time.iso} title={time.utc}>
          {time.local}
        </time>
      </p>
      {item.excerpt ? (
        <blockquote className="inbox-item__excerpt">{item.excerpt}</blockquote>
      ) : null}
      <div className="inbox-item__actions">
        {item.read ? null : (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            aria-label={`Mark as read: ${headline}`}
            onClick={() => {
              onMarkRead(item.id);
              // The button goes away: keep the keyboard on this item's link.
              row.current?.querySelector('a')?.focus();
            }}
          >
            Mark as read
          </button>
        )}
      </div>
    </li>
  );
}

/** The inbox page. */
export function InboxPage({ account }: InboxPageProps) {
  const [zone] = useTimeZone(account.id);
  const { inbox, error, reload, markRead, marking } = useInbox(account.id);

  useEffect(() => {
    document.title =
      inbox && inbox.unread > 0 ? `Inbox (${inbox.unread}) · DC Planner` : 'Inbox · DC Planner';
  }, [inbox]);

  const unread = inbox?.unread ?? 0;
  return (
    <main id="main" className="inbox-page" tabIndex={-1}>
      <h1>Inbox</h1>
      <p className="calls-page__lead">
        Replies to threads you started, and comments that mention you or your DC, in every document
        and table you can read. Times are in your time zone ({zone}).
      </p>
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>The inbox could not be loaded: {error}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      ) : null}
      {inbox === null && !error ? <p role="status">Loading your inbox…</p> : null}
      {inbox !== null ? (
        <>
          <div className="inbox-page__toolbar">
            <p role="status" aria-live="polite" data-testid="inbox-unread">
              {unreadText(unread)}
            </p>
            <button
              type="button"
              className="button"
              disabled={unread === 0 || marking}
              onClick={() => void markRead('all')}
            >
              Mark all as read
            </button>
          </div>
          {inbox.items.length === 0 ? (
            <p data-testid="inbox-empty">
              Nothing here yet. When someone replies to a thread you started, or mentions you or
              your DC in a comment, it appears here.
            </p>
          ) : (
            <ul className="inbox-list" aria-label="Replies and mentions">
              {inbox.items.map((item) => (
                <InboxItem
                  key={item.id}
                  item={item}
                  zone={zone}
                  busy={marking}
                  onMarkRead={(id) => void markRead([id])}
                />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </main>
  );
}
