/**
 * "This is you": my avatar, name and DC in the header; choosing it opens the form to change
 * them.
 */
import { shortAffiliationName } from '../../../shared/workspace/affiliations';
import type { Identity } from '../identity/identity';
import { initialsOf } from '../presence/peopleFromStates';

/** Props of IdentityButton. */
export interface IdentityButtonProps {
  readonly identity: Identity;
  readonly onClick: () => void;
}

/** The identity button. */
export function IdentityButton({ identity, onClick }: IdentityButtonProps) {
  return (
    <button
      type="button"
      className="identity-button"
      onClick={onClick}
      aria-label={`You are ${identity.name}, ${identity.dc}. Change`}
      title="Change your name, DC or colour"
    >
      <span
        className="avatar avatar--small"
        style={{ backgroundColor: identity.color }}
        aria-hidden="true"
      >
        {initialsOf(identity.name)}
      </span>
      <span className="identity-button__text">
        <span className="identity-button__name">{identity.name}</span>
        <span className="identity-button__dc">{shortAffiliationName(identity.dc)}</span>
      </span>
    </button>
  );
}
