/**
 * The header of pages other than the editor: the product name (back to the document list)
 * and who I am.
 */
import type { Identity } from '../identity/identity';
import { AppLink } from '../routing/AppLink';
import { IdentityButton } from './IdentityButton';

/** Props of AppHeader. */
export interface AppHeaderProps {
  readonly identity: Identity | null;
  readonly onEditIdentity: () => void;
}

/** The app header. */
export function AppHeader({ identity, onEditIdentity }: AppHeaderProps) {
  return (
    <header className="app-header">
      <AppLink href="/" className="app-header__brand">
        <span className="brand-mark" aria-hidden="true">
          DC
        </span>
        <span className="app-header__name">DC Planner</span>
      </AppLink>
      {identity ? <IdentityButton identity={identity} onClick={onEditIdentity} /> : null}
    </header>
  );
}
