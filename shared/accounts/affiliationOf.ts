/**
 * What a signed-in person speaks for, as shown on carets, avatars and the header: their first
 * Dynamic Coalition's name, or their role in DCCG work. The server stamps it into awareness;
 * the browser shows the same words.
 */
import { Roles, type Role } from '../access/roles';
import { dynamicCoalitions } from '../workspace/referenceData';

const ROLE_AFFILIATIONS: Readonly<Record<Role, string>> = {
  [Roles.secretariat]: 'IGF Secretariat',
  [Roles.facilitator]: 'DCCG coordination facilitator',
  [Roles.dcMember]: 'Not with a DC (observer)',
  [Roles.observer]: 'Not with a DC (observer)',
};

/** The affiliation shown for a person with `role` representing `dcs` (DC ids). */
export function affiliationOf(person: {
  readonly role: Role;
  readonly dcs: readonly string[];
}): string {
  const dc = dynamicCoalitions.find((coalition) => person.dcs.includes(coalition.id));
  if (dc && person.role !== Roles.secretariat && person.role !== Roles.facilitator) return dc.name;
  return ROLE_AFFILIATIONS[person.role];
}
