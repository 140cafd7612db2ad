/**
 * "Edited 5 minutes ago": a short relative time for the document list, with the full local
 * and UTC times kept for the tooltip (the DCCG works across every time zone).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A relative description of `iso` as seen at `now`; "Never edited" for null. */
export function formatLastEdited(iso: string | null, now: number): string {
  if (iso === null) return 'Never edited';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return 'Never edited';
  const elapsed = Math.max(0, now - time);
  if (elapsed < MINUTE) return 'Edited just now';
  if (elapsed < HOUR) {
    const minutes = Math.floor(elapsed / MINUTE);
    return `Edited ${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  }
  if (elapsed < DAY) {
    const hours = Math.floor(elapsed / HOUR);
    return `Edited ${hours} hour${hours === 1 ? '' : 's'} ago`;
  }
  if (elapsed < 7 * DAY) {
    const days = Math.floor(elapsed / DAY);
    return `Edited ${days} day${days === 1 ? '' : 's'} ago`;
  }
  return `Edited ${new Date(time).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** The full time of `iso` in the reader's zone and in UTC, for a tooltip. */
export function formatFullTime(iso: string): string {
  const date = new Date(iso);
  const local = date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const utc = date.toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${local} (your time) · ${utc} UTC`;
}
