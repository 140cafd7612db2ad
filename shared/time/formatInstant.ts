/**
 * How an instant reads for a person: in their own time zone with the offset, and in UTC beside
 * it, so people in different zones can compare what they see. A session that ends on another
 * day (in the reader's zone) shows both dates.
 */
import { DateTime } from 'luxon';
import { offsetLabel } from './zonedTime';

/** An instant as shown to a reader. */
export interface ShownInstant {
  /** `Tue 5 Oct 2021` in the reader's zone. */
  readonly date: string;
  /** `14:30` in the reader's zone. */
  readonly time: string;
  /** `UTC+02:00`. */
  readonly offset: string;
  /** `Tue 5 Oct 2021, 12:30 UTC`. */
  readonly utc: string;
}

const DATE = 'ccc d LLL yyyy';

/** `utc` as seen in `zone`, with UTC beside it. */
export function showInstant(utc: string, zone: string): ShownInstant {
  const instant = DateTime.fromISO(utc, { zone: 'utc' });
  const local = instant.setZone(zone);
  return {
    date: local.toFormat(DATE),
    time: local.toFormat('HH:mm'),
    offset: offsetLabel(utc, zone),
    utc: `${instant.toFormat(DATE)}, ${instant.toFormat('HH:mm')} UTC`,
  };
}

/**
 * A start–end range in `zone`, e.g. `Tue 5 Oct 2021, 14:30–16:00 (UTC+02:00)`, or with both
 * dates when the range crosses midnight there; and the same range in UTC.
 */
export function showRange(
  startUtc: string,
  endUtc: string,
  zone: string,
): { readonly local: string; readonly utc: string } {
  return {
    local: rangeIn(startUtc, endUtc, zone, true),
    utc: rangeIn(startUtc, endUtc, 'utc', false),
  };
}

function rangeIn(startUtc: string, endUtc: string, zone: string, withOffset: boolean): string {
  const start = DateTime.fromISO(startUtc, { zone: 'utc' }).setZone(zone);
  const end = DateTime.fromISO(endUtc, { zone: 'utc' }).setZone(zone);
  const sameDay = start.toISODate() === end.toISODate();
  const startOffset = offsetLabel(startUtc, zone === 'utc' ? 'UTC' : zone);
  const endOffset = offsetLabel(endUtc, zone === 'utc' ? 'UTC' : zone);
  const suffix = withOffset
    ? startOffset === endOffset
      ? ` (${startOffset})`
      : ` (${startOffset} to ${endOffset})`
    : ' UTC';
  return sameDay
    ? `${start.toFormat(DATE)}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}${suffix}`
    : `${start.toFormat(DATE)}, ${start.toFormat('HH:mm')} – ${end.toFormat(DATE)}, ${end.toFormat('HH:mm')}${suffix}`;
}
