/**
 * Words for people administration: role and status labels, the roles the Secretariat can
 * choose from, DC ids as short names, and audit actions in plain words.
 */
import { Roles, roleLabels, type Role } from '../../../shared/access/roles';
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';
import type { Account } from '../account/account';

/** Roles in the order offered by forms. */
export const roleOptions: ReadonlyArray<{ readonly value: Role; readonly label: string }> = [
  Roles.dcMember,
  Roles.facilitator,
  Roles.observer,
  Roles.secretariat,
].map((role) => ({ value: role, label: roleLabels[role] }));

/** Labels of account statuses. */
export const statusLabels: Readonly<Record<Account['status'], string>> = {
  invited: 'Invited',
  active: 'Active',
  disabled: 'Disabled',
};

/** The short names of DC ids, joined; unknown ids are shown as they are. */
export function dcShortNames(ids: readonly string[]): string {
  return ids.map((id) => dynamicCoalitions.find((dc) => dc.id === id)?.shortName ?? id).join(', ');
}

/** Audit actions the log can be filtered by, with their plain words. */
export const auditActionLabels: Readonly<Record<string, string>> = {
  'user.invited': 'Invited',
  'user.activated': 'Set first password',
  'user.changed': 'Changed a person',
  'password.reset-link': 'New reset link',
  'password.reset': 'Reset password',
  'sign-in': 'Signed in',
  'sign-in.failed': 'Failed sign-in',
  'account.locked': 'Account locked',
  'credential.revoked': 'Sessions ended',
  'token.issued': 'API token issued',
  'access.changed': 'Document access changed',
  'access.revoked': 'Access revoked',
  'write.refused': 'Change refused',
  'call.opened': 'Call opened',
  'call.changed': 'Call changed',
  'answer.accepted': 'Answer accepted',
  'answer.declined': 'Answer declined',
};

/** Plain words for an audit action (the id itself when unknown). */
export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}
