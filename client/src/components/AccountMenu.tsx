/**
 * "This is you": the signed-in person's avatar, name and DC or role, on every page's header,
 * with the button to sign out.
 */
import { useState } from 'react';
import { presenceColor } from '../../../shared/accounts/presenceColor';
import type { Account } from '../account/account';
import { describeAccount } from '../account/account';
import { signOutNow } from '../account/accountStore';
import { initialsOf } from '../presence/peopleFromStates';
import { closeAllSessions } from '../sync/sessionCache';

/** Props of AccountMenu. */
export interface AccountMenuProps {
  readonly account: Account;
}

/** The signed-in person and "Sign out". */
export function AccountMenu({ account }: AccountMenuProps) {
  const [signingOut, setSigningOut] = useState(false);
  const description = describeAccount(account);

  const handleSignOut = () => {
    setSigningOut(true);
    closeAllSessions();
    void signOutNow().catch(() => setSigningOut(false));
  };

  return (
    <div className="account-menu">
      <span
        className="account-menu__who"
        aria-label={`Signed in as ${account.name}, ${description.affiliation}`}
        title={`${account.name} (${account.email}), ${description.affiliation}`}
        data-testid="signed-in-person"
      >
        <span
          className="avatar avatar--small"
          style={{ backgroundColor: presenceColor(account.id) }}
          aria-hidden="true"
        >
          {initialsOf(account.name)}
        </span>
        <span className="account-menu__text" aria-hidden="true">
          <span className="account-menu__name">{account.name}</span>
          <span className="account-menu__role">{description.short}</span>
        </span>
      </span>
      <button
        type="button"
        className="button button--small button--quiet account-menu__sign-out"
        onClick={handleSignOut}
        disabled={signingOut}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
