/**
 * Wall-clock times in a named time zone and the UTC instants they stand for. People enter a
 * date and time in their own zone; DC Planner stores the instant. A daylight-saving change
 * makes some wall-clock times impossible (the hour skipped in spring) and others ambiguous
 * (the hour repeated in autumn): the first is refused with a message naming the field, the
 * second is resolved to the first of the two instants and said so, never guessed silently.
 */
import { DateTime, IANAZone } from 'luxon';

/** A wall-clock date and time as a form holds it: `YYYY-MM-DDTHH:mm`. */
export const WALL_CLOCK_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether `zone` is an IANA time-zone name this runtime knows (`Europe/Warsaw`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone.length <= 64 && IANAZone.isValidZone(zone);
}

/** A wall-clock time turned into an instant. */
export type WallClockResult =
  | {
      readonly ok: true;
      /** The UTC instant, ISO 8601 with `Z` (`2021-10-05T12:00:00.000Z`). */
      readonly utc: string;
      /** Set when the time happens twice in the zone (clocks turned back): which one was taken. */
      readonly ambiguity: string | null;
    }
  | { readonly ok: false; readonly problem: string };

const MINUTE = 60_000;

/**
 * The UTC instant of `wallClock` (`YYYY-MM-DDTHH:mm`) in `zone`. A time skipped by a
 * daylight-saving change is refused; a repeated one resolves to its first occurrence and says so.
 * Problems are phrased without a field name; callers prefix the field.
 */
export function wallClockToInstant(wallClock: string, zone: string): WallClockResult {
  const match = WALL_CLOCK_PATTERN.exec(wallClock);
  if (!match) return { ok: false, problem: 'enter a date and time like 2021-10-05 14:30' };
  if (!isValidTimeZone(zone)) return { ok: false, problem: `unknown time zone "${zone}"` };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    return { ok: false, problem: `${wallClock.replace('T', ' ')} is not a date and time` };
  }
  const tz = IANAZone.create(zone);
  // Every offset the zone has within a day of this time: the candidates for this wall clock.
  const offsets = new Set([
    tz.offset(asUtc - 86_400_000),
    tz.offset(asUtc),
    tz.offset(asUtc + 86_400_000),
  ]);
  const instants = [...offsets]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => tz.offset(instant) * MINUTE === asUtc - instant)
    .sort((a, b) => a - b);
  const first = instants[0];
  if (first === undefined) {
    return {
      ok: false,
      problem: `${wallClock.replace('T', ' ')} does not exist in ${zone}: the clocks skip that hour for daylight saving time. Choose a later time.`,
    };
  }
  const utc = new Date(first).toISOString();
  if (instants.length === 1) return { ok: true, utc, ambiguity: null };
  return {
    ok: true,
    utc,
    ambiguity: `${wallClock.replace('T', ' ')} happens twice in ${zone} (the clocks go back); the first one, ${offsetLabel(utc, zone)}, was taken.`,
  };
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) of a UTC instant in `zone`, for filling a form. */
export function instantToWallClock(utc: string, zone: string): string {
  return DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** `UTC+09:00`, `UTC−05:00` or `UTC` for an instant in `zone`. */
export function offsetLabel(utc: string, zone: string): string {
  const minutes = DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone).offset;
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const rest = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${rest}`;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in `zone`. */
export function dateInZone(utc: string | number, zone: string): string {
  const dt =
    typeof utc === 'number'
      ? DateTime.fromMillis(utc, { zone: 'utc' })
      : DateTime.fromISO(utc, { zone: 'utc' });
  return dt.setZone(zone).toISODate() ?? '';
}
