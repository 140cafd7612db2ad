/**
 * The signed-in person as the server describes them (GET /api/me), checked field by field,
 * and the words the interface uses for them: name, what they speak for (their DC or role) and
 * their role.
 */
import { Roles, roleLabels, type Role } from '../../../shared/access/roles';
import { affiliationOf } from '../../../shared/accounts/affiliationOf';
import { shortAffiliationName } from '../../../shared/workspace/affiliations';

/** A person's account, as the API shows it (never a secret). */
export interface Account {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  /** Ids of the Dynamic Coalitions they represent. */
  readonly dcs: readonly string[];
  readonly status: 'invited' | 'active' | 'disabled';
}

const ROLES: readonly string[] = Object.values(Roles);
const STATUSES: readonly string[] = ['invited', 'active', 'disabled'];

/** The account in `value` if it has the right shape, otherwise null. */
export function parseAccount(value: unknown): Account | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { id, name, email, role, dcs, status } = record;
  if (typeof id !== 'string' || id === '') return null;
  if (typeof name !== 'string' || typeof email !== 'string') return null;
  if (typeof role !== 'string' || !ROLES.includes(role)) return null;
  if (typeof status !== 'string' || !STATUSES.includes(status)) return null;
  if (!Array.isArray(dcs) || !dcs.every((dc) => typeof dc === 'string')) return null;
  return {
    id,
    name,
    email,
    role: role as Role,
    dcs: dcs as string[],
    status: status as Account['status'],
  };
}

/** The account in a `{ user }` response body; throws when it is missing or malformed. */
export function accountFromBody(body: unknown): Account {
  const account =
    typeof body === 'object' && body !== null
      ? parseAccount((body as Record<string, unknown>).user)
      : null;
  if (!account) throw new Error('The server sent an unexpected answer about your account.');
  return account;
}

/** How a person is described next to their name. */
export interface AccountDescription {
  /** What they speak for in full: their DC's name or their role in DCCG work. */
  readonly affiliation: string;
  /** A short line for headers: "IS3C · DC member", "Secretariat", "Observer". */
  readonly short: string;
}

/** The words shown next to a person's name. */
export function describeAccount(account: Pick<Account, 'role' | 'dcs'>): AccountDescription {
  const affiliation = affiliationOf(account);
  const short =
    account.role === Roles.dcMember && account.dcs.length > 0
      ? `${shortAffiliationName(affiliation)} · ${roleLabels[account.role]}`
      : roleLabels[account.role];
  return { affiliation, short };
}

/** Whether the person administers the workspace (the People page). */
export function isSecretariat(account: Pick<Account, 'role'>): boolean {
  return account.role === Roles.secretariat;
}
