/**
 * "My action items" on the home page: the open items the reader owns (as a DC member, as the
 * Secretariat, or by name), overdue and due-soon ones flagged, with a link to the full list.
 */
import { dueFlag, isOwnedBy } from '../../../shared/actions/actionTypes';
import type { Account } from '../account/account';
import { AppLink } from '../routing/AppLink';
import { useTimeZone } from '../time/timeZonePreference';
import { ActionRow } from './ActionRow';
import { useActionItems } from './useActionItems';
import '../styles/calls.css';

/** Props of MyActionItems. */
export interface MyActionItemsProps {
  readonly account: Account;
}

/** The home page's own action items. */
export function MyActionItems({ account }: MyActionItemsProps) {
  const [zone] = useTimeZone(account.id);
  const state = useActionItems(zone);
  const mine = (state.items ?? []).filter(
    (item) => item.status === 'open' && isOwnedBy(item, account),
  );
  const overdue = mine.filter((item) => dueFlag(item, state.today) === 'overdue').length;
  const soon = mine.filter((item) => dueFlag(item, state.today) === 'dueSoon').length;
  return (
    <section aria-labelledby="my-actions-heading" className="home__documents my-actions">
      <h2 id="my-actions-heading">My action items</h2>
      {state.error ? (
        <p className="notice notice--error" role="alert">
          Your action items could not be loaded: {state.error}
        </p>
      ) : null}
      {state.items === null && !state.error ? (
        <p role="status">Loading your action items…</p>
      ) : null}
      {state.items !== null ? (
        <p className="my-actions__summary">
          {mine.length === 0
            ? 'Nothing open is yours.'
            : `${mine.length} open${overdue ? `, ${overdue} overdue` : ''}${soon ? `, ${soon} due soon` : ''}.`}{' '}
          <AppLink href="/actions">All action items</AppLink>
        </p>
      ) : null}
      <ul className="action-list">
        {mine.map((item) => (
          <li key={item.id}>
            <ActionRow
              item={item}
              today={state.today}
              canEdit={false}
              onChanged={state.reload}
              callTitles={state.callTitles}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
