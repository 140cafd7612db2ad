/**
 * The words under a row's status: who set it and how long ago ("by Judith Hellerstein,
 * 5 minutes ago"), with the full local and UTC time for the tooltip. Pure.
 */
import type { RowView } from '../../../shared/tables/readTable';
import { formatDuration, formatUtc } from './deadlineFormat';

/** "by Name, 5 minutes ago"; null when the status was never set. */
export function statusSetBy(
  row: Pick<RowView, 'statusByName' | 'statusAt'>,
  now: number,
): string | null {
  if (row.statusAt === null || Number.isNaN(Date.parse(row.statusAt))) return null;
  const elapsed = now - Date.parse(row.statusAt);
  const when = elapsed < 60_000 ? 'just now' : `${formatDuration(elapsed)} ago`;
  return row.statusByName ? `by ${row.statusByName}, ${when}` : when;
}

/** The full time a status was set, in the reader's zone and UTC, for a tooltip. */
export function statusSetAtTitle(row: Pick<RowView, 'statusAt'>): string | undefined {
  if (row.statusAt === null || Number.isNaN(Date.parse(row.statusAt))) return undefined;
  const local = new Date(row.statusAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `${local} (your time) · ${formatUtc(row.statusAt)}`;
}
