/**
 * How a table's deadline reads on screen: a countdown ("2 days 5 hours left"), the instant in
 * the viewer's own time zone with the UTC time beside it (DCs work from every continent, and
 * the UTC time is what the Secretariat announces), and the conversion between the
 * Secretariat's "date and time in a zone" form fields and the stored UTC instant. Pure, so
 * the wording and the time-zone arithmetic are tested without a browser.
 */
import { DateTime, IANAZone } from 'luxon';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A duration in the two largest units that matter: "3 days 4 hours", "12 minutes". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, ms);
  if (total < MINUTE) return 'less than a minute';
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  if (days > 0)
    return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0) {
    return minutes > 0
      ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')}`
      : plural(hours, 'hour');
  }
  return plural(minutes, 'minute');
}

/** The countdown to `at` (ISO instant) seen at `now` (ms): "… left", or how long ago it passed. */
export function formatCountdown(at: string, now: number): string {
  const remaining = Date.parse(at) - now;
  if (remaining > 0) return `${formatDuration(remaining)} left`;
  if (-remaining < MINUTE) return 'Closed just now';
  return `Closed ${formatDuration(-remaining)} ago`;
}

/** `at` in time zone `zone`: "Fri 10 Sep 2021, 23:59 (Europe/Warsaw)". */
export function formatInZone(at: string, zone: string): string {
  const time = DateTime.fromISO(at, { zone: 'utc' }).setZone(zone).setLocale('en-US');
  if (!time.isValid) return at;
  return `${time.toFormat('ccc d LLL yyyy, HH:mm')} (${zone})`;
}

/** `at` in UTC: "10 Sep 2021, 21:59 UTC". */
export function formatUtc(at: string): string {
  const time = DateTime.fromISO(at, { zone: 'utc' }).setLocale('en-US');
  return time.isValid ? `${time.toFormat('d LLL yyyy, HH:mm')} UTC` : at;
}

/** Whether `zone` is an IANA time zone this browser knows. */
export function isKnownTimeZone(zone: string): boolean {
  return zone.trim() !== '' && IANAZone.isValidZone(zone);
}

/** The value of a datetime-local field ("2021-09-10T23:59") showing `at` in `zone`. */
export function localInputValue(at: string, zone: string): string {
  const time = DateTime.fromISO(at, { zone: 'utc' }).setZone(zone);
  return time.isValid ? time.toFormat("yyyy-LL-dd'T'HH:mm") : '';
}

/** What the deadline form gives: the UTC instant, or what to fix, naming the field. */
export type DeadlineInput =
  | { readonly ok: true; readonly at: string; readonly timeZone: string }
  | { readonly ok: false; readonly field: 'date' | 'timeZone'; readonly message: string };

/**
 * Reads the deadline form: a local date and time (`YYYY-MM-DDTHH:mm`) in IANA zone `zone`.
 * A time that does not exist in that zone (skipped by a clock change) is refused.
 */
export function readDeadlineInput(local: string, zone: string): DeadlineInput {
  if (!isKnownTimeZone(zone)) {
    return {
      ok: false,
      field: 'timeZone',
      message: 'Time zone: choose a time zone such as Europe/Warsaw or UTC.',
    };
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) {
    return { ok: false, field: 'date', message: 'Date and time: enter a date and a time.' };
  }
  const time = DateTime.fromISO(local, { zone });
  if (!time.isValid || time.toFormat("yyyy-LL-dd'T'HH:mm") !== local) {
    return {
      ok: false,
      field: 'date',
      message: `Date and time: ${local.replace('T', ' ')} does not exist in ${zone} (a clock change); choose another time.`,
    };
  }
  return { ok: true, at: time.toUTC().toISO() ?? '', timeZone: zone };
}

/** The browser's own time zone (falls back to UTC when it does not say). */
export function viewerTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}
