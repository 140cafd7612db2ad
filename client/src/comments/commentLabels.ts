/**
 * The words the comments interface uses for kinds, statuses and people, and how a comment's
 * time reads in the viewer's zone (with UTC in its tooltip).
 */
import { roleLabels } from '../../../shared/access/roles';
import { showInstant } from '../../../shared/time/formatInstant';
import type { Directory } from './directoryApi';

/** Labels of thread kinds. */
export const kindLabels: Readonly<Record<string, string>> = {
  comment: 'Comment',
  question: 'Question',
  proposal: 'Proposal',
};

/** Labels of proposal statuses. */
export const proposalLabels: Readonly<Record<string, string>> = {
  open: 'Open',
  accepted: 'Accepted',
  declined: 'Declined',
};

/** A person's name and what they speak for (their DCs' names, or their role), from the directory. */
export function describePerson(
  directory: Directory | null,
  id: string,
): { readonly name: string; readonly affiliation: string } {
  const person = directory?.people.find((candidate) => candidate.id === id);
  if (!person) return { name: directory ? 'Former participant' : '…', affiliation: '' };
  const dcNames = person.dcs.map(
    (dc) => directory?.dcs.find((candidate) => candidate.id === dc)?.name ?? dc,
  );
  const affiliation =
    person.role === 'dcMember' && dcNames.length > 0 ? dcNames.join(', ') : roleLabels[person.role];
  return { name: person.name, affiliation };
}

/** A time in milliseconds as shown in `zone` ("Tue 5 Oct 2021, 14:30") and in UTC. */
export function commentTime(ms: number, zone: string): { local: string; utc: string; iso: string } {
  const iso = new Date(ms).toISOString();
  const shown = showInstant(iso, zone);
  return { local: `${shown.date}, ${shown.time}`, utc: shown.utc, iso };
}
