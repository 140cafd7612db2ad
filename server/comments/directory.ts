/**
 * The workspace directory: who is who, for showing comment authors by name and for @-mention
 * autocomplete. Comments store account ids only, so every signed-in person needs names, roles
 * and DCs of everyone, but never an e-mail address (that stays with the Secretariat's People
 * page).
 */
import { dynamicCoalitions } from '../../shared/workspace/referenceData';
import type { User } from '../accounts/AccountStore';
import type { Directory, DirectoryDc, DirectoryPerson } from '../../shared/comments/directory';

export type { Directory, DirectoryDc, DirectoryPerson } from '../../shared/comments/directory';

/** The directory entry of one account: deliberately picks fields, so nothing secret leaks. */
export function directoryPerson(user: User): DirectoryPerson {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    dcs: [...user.dcs],
    active: user.status !== 'disabled',
  };
}

/** Every DC of the workspace with its full name. */
export function directoryDcs(): DirectoryDc[] {
  return dynamicCoalitions.map((dc) => ({ id: dc.id, name: dc.name }));
}

/** The directory of `users`, people sorted by name. */
export function buildDirectory(users: readonly User[]): Directory {
  return {
    people: users
      .map(directoryPerson)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    dcs: directoryDcs(),
  };
}

/** The name of DC `id`, or the id itself when unknown. */
export function dcName(id: string): string {
  return dynamicCoalitions.find((dc) => dc.id === id)?.name ?? id;
}
