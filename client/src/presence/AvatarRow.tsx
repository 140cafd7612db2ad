/**
 * The row of round avatars showing who is in a document now, each in the person's colour with
 * their name and DC on hover and for screen readers. Long rows end with "+N more".
 */
import { shortAffiliationName } from '../../../shared/workspace/affiliations';
import { initialsOf } from './peopleFromStates';

/** One avatar's person. */
export interface AvatarPerson {
  readonly name: string;
  readonly dc: string;
  readonly color: string;
  readonly isMe?: boolean;
}

/** Props of AvatarRow. */
export interface AvatarRowProps {
  readonly people: ReadonlyArray<AvatarPerson>;
  /** Most avatars before "+N". */
  readonly max?: number;
  readonly size?: 'small' | 'normal';
  /** Accessible name of the list. */
  readonly label: string;
}

const describe = (person: AvatarPerson): string =>
  `${person.name}${person.dc ? `, ${person.dc}` : ''}${person.isMe ? ' (you)' : ''}`;

/** A list of avatars. */
export function AvatarRow({ people, max = 6, size = 'normal', label }: AvatarRowProps) {
  const shown = people.slice(0, max);
  const hidden = people.slice(max);
  return (
    <ul className={`avatar-row avatar-row--${size}`} aria-label={label}>
      {shown.map((person) => (
        <li
          key={`${person.name}\u0000${person.dc}`}
          className={`avatar${person.isMe ? ' avatar--me' : ''}`}
          style={{ backgroundColor: person.color }}
          title={`${person.name}${person.dc ? ` · ${shortAffiliationName(person.dc)}` : ''}${person.isMe ? ' (you)' : ''}`}
          aria-label={describe(person)}
          data-person={person.name}
        >
          <span aria-hidden="true">{initialsOf(person.name)}</span>
        </li>
      ))}
      {hidden.length > 0 ? (
        <li
          className="avatar avatar--more"
          title={hidden.map(describe).join('\n')}
          aria-label={`and ${hidden.length} more: ${hidden.map(describe).join('; ')}`}
        >
          <span aria-hidden="true">+{hidden.length}</span>
        </li>
      ) : null}
    </ul>
  );
}
