/**
 * The "Inbox" link of every header, with a live badge of unread replies and mentions. The
 * count is in the link's accessible name ("Inbox, 2 unread"), so a screen reader hears it
 * without the badge being read twice. Shown only while someone is signed in.
 */
import { useAccountState } from '../account/accountStore';
import { AppLink } from '../routing/AppLink';
import { badgeText, inboxLabel } from './inboxLinks';
import { useInbox } from './useInbox';
import './inbox.css';

/** Props of InboxLink. */
export interface InboxLinkProps {
  /** Whether the inbox is the page shown. */
  readonly current?: boolean;
  readonly className?: string;
}

/** The header link to the inbox with its unread badge. */
export function InboxLink({ current = false, className }: InboxLinkProps) {
  const state = useAccountState();
  if (state.status !== 'signedIn') return null;
  return <SignedInInboxLink accountId={state.account.id} current={current} className={className} />;
}

function SignedInInboxLink({
  accountId,
  current,
  className,
}: InboxLinkProps & { readonly accountId: string }) {
  const { inbox } = useInbox(accountId);
  const unread = inbox?.unread ?? null;
  return (
    <AppLink
      href="/inbox"
      className={['inbox-link', className].filter(Boolean).join(' ')}
      aria-current={current ? 'page' : undefined}
      aria-label={inboxLabel(unread)}
      data-testid="inbox-link"
      data-unread={unread ?? 0}
    >
      Inbox
      {unread ? (
        <span className="inbox-badge" aria-hidden="true">
          {badgeText(unread)}
        </span>
      ) : null}
    </AppLink>
  );
}
