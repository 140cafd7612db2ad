/**
 * Action items of a meeting: what is to be done, by whom (every DC, some DCs, the Secretariat,
 * a person), by when, linked to the document or call where it is done, open or done. Who owns
 * an item and whether it is due soon or overdue are pure functions, so the home page and the
 * list agree.
 */

/** Who owns an action item. */
export type ActionOwner =
  | { readonly kind: 'allDcs' }
  | { readonly kind: 'dc'; readonly dc: string }
  | { readonly kind: 'secretariat' }
  | { readonly kind: 'person'; readonly userId: string; readonly name: string };

/** Where the work of an item is done. */
export type ActionLink =
  | { readonly kind: 'document'; readonly name: string }
  | { readonly kind: 'call'; readonly id: string };

/** Open or done. */
export const ActionStatuses = { open: 'open', done: 'done' } as const;

/** An action status. */
export type ActionStatus = (typeof ActionStatuses)[keyof typeof ActionStatuses];

/** One action item. */
export interface ActionItem {
  readonly id: string;
  /** The meeting it comes from, e.g. "DCCG meeting 55 (2 September 2021)". */
  readonly meeting: string;
  readonly what: string;
  readonly owners: readonly ActionOwner[];
  /** The due day (`YYYY-MM-DD`), or null ("as soon as possible", no date). */
  readonly due: string | null;
  readonly link: ActionLink | null;
  readonly status: ActionStatus;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Days before its due date an open item counts as due soon. */
export const DUE_SOON_DAYS = 7;

/** How urgent an item is. */
export type DueFlag = 'overdue' | 'dueSoon' | null;

/**
 * `overdue` when an open item's due day is before `today`, `dueSoon` when it is today or within
 * DUE_SOON_DAYS, else null. `today` is the reader's own calendar date (`YYYY-MM-DD`).
 */
export function dueFlag(item: Pick<ActionItem, 'due' | 'status'>, today: string): DueFlag {
  if (item.status !== ActionStatuses.open || item.due === null) return null;
  if (item.due < today) return 'overdue';
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const soon = new Date(Date.UTC(y, m - 1, d + DUE_SOON_DAYS)).toISOString().slice(0, 10);
  return item.due <= soon ? 'dueSoon' : null;
}

/** Whether `person` is among an item's owners. */
export function isOwnedBy(
  item: Pick<ActionItem, 'owners'>,
  person: { readonly id: string; readonly role: string; readonly dcs: readonly string[] },
): boolean {
  return item.owners.some((owner) => {
    switch (owner.kind) {
      case 'allDcs':
        return person.dcs.length > 0;
      case 'dc':
        return person.dcs.includes(owner.dc);
      case 'secretariat':
        return person.role === 'secretariat';
      case 'person':
        return owner.userId === person.id;
    }
  });
}

/** Open items first, by due day (undated last), then done items. */
export function compareActions(a: ActionItem, b: ActionItem): number {
  if (a.status !== b.status) return a.status === ActionStatuses.open ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.createdAt - b.createdAt;
}
