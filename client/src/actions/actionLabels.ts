/**
 * The words for action items: owners, due dates and their flags.
 */
import type { ActionItem, ActionOwner, DueFlag } from '../../../shared/actions/actionTypes';
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';

/** An owner in words. */
export function ownerLabel(owner: ActionOwner): string {
  switch (owner.kind) {
    case 'allDcs':
      return 'Every DC';
    case 'dc':
      return dynamicCoalitions.find((dc) => dc.id === owner.dc)?.shortName ?? owner.dc;
    case 'secretariat':
      return 'Secretariat';
    case 'person':
      return owner.name || 'A person';
  }
}

/** All owners of an item, in words. */
export function ownersLabel(item: Pick<ActionItem, 'owners'>): string {
  return item.owners.map(ownerLabel).join(', ');
}

/** `Fri 10 Sep 2021` for `2021-09-10`. */
export function dueLabel(due: string): string {
  const [y, m, d] = due.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The flag in words. */
export const flagLabels: Readonly<Record<Exclude<DueFlag, null>, string>> = {
  overdue: 'Overdue',
  dueSoon: 'Due soon',
};
