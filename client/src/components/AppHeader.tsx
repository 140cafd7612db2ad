/**
 * The header of pages other than the editor: the product name (back to the document list),
 * calls, the calendar, action items, the mapping tables, the People page for the Secretariat, the
 * inbox with its unread count, and who is signed in.
 */
import type { Account } from '../account/account';
import { isSecretariat } from '../account/account';
import { InboxLink } from '../inbox/InboxLink';
import { AppLink } from '../routing/AppLink';
import { AccountMenu } from './AccountMenu';

/** Props of AppHeader. */
export interface AppHeaderProps {
  /** The signed-in person; null on pages for people not signed in (sign-in, links). */
  readonly account: Account | null;
  /** The page shown, so its link is marked as the current one. */
  readonly current?: 'home' | 'tables' | 'people' | 'calls' | 'calendar' | 'actions' | 'inbox';
}

/** The app header. */
export function AppHeader({ account, current }: AppHeaderProps) {
  return (
    <header className="app-header">
      <AppLink href="/" className="app-header__brand">
        <span className="brand-mark" aria-hidden="true">
          DC
        </span>
        <span className="app-header__name">DC Planner</span>
      </AppLink>
      {account ? (
        <div className="app-header__end">
          <nav aria-label="Workspace" className="app-header__nav">
            <AppLink href="/" aria-current={current === 'home' ? 'page' : undefined}>
              Documents
            </AppLink>
            <AppLink href="/tables" aria-current={current === 'tables' ? 'page' : undefined}>
              Mapping tables
            </AppLink>
            <AppLink href="/calls" aria-current={current === 'calls' ? 'page' : undefined}>
              Calls
            </AppLink>
            <AppLink href="/calendar" aria-current={current === 'calendar' ? 'page' : undefined}>
              Calendar
            </AppLink>
            <AppLink href="/actions" aria-current={current === 'actions' ? 'page' : undefined}>
              Action items
            </AppLink>
            {isSecretariat(account) ? (
              <AppLink href="/people" aria-current={current === 'people' ? 'page' : undefined}>
                People
              </AppLink>
            ) : null}
            <InboxLink current={current === 'inbox'} />
          </nav>
          <AccountMenu account={account} />
        </div>
      ) : null}
    </header>
  );
}
