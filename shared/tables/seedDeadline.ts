/**
 * The deadline of a freshly seeded Roadmap-linkages table. The meeting report asked for
 * contributions "by 10 September" (2021); a workspace seeded today takes the next 10 September
 * after the day it is seeded (shared/time/nextOccurrence.ts, as for the seeded action items),
 * so the table starts open. The deadline is the end of that day in
 * the report's time zone: 23:59 Europe/Warsaw (IGF 2021 was hosted in Katowice, Poland).
 */
import { DateTime } from 'luxon';
import { nextOccurrence, type MonthDay } from '../time/nextOccurrence';
import type { TableDeadline } from './tableSchema';

/** The time zone the report's deadlines are read in. */
export const REPORT_TIME_ZONE = 'Europe/Warsaw';
/** Month and day of the Roadmap-linkages deadline (from the meeting report). */
export const ROADMAP_DEADLINE_DAY = { month: 9, day: 10 } as const;
/** The time of day, in REPORT_TIME_ZONE, at which a deadline day ends. */
export const END_OF_DAY = { hour: 23, minute: 59 } as const;

/**
 * The end (23:59 in `timeZone`) of the first `monthDay` after the day `now` falls on in that
 * zone, as a deadline.
 */
export function endOfNextDay(
  monthDay: MonthDay,
  now: Date,
  timeZone: string = REPORT_TIME_ZONE,
): TableDeadline {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate();
  if (today === null) throw new Error(`endOfNextDay: unknown time zone "${timeZone}"`);
  const date = DateTime.fromISO(nextOccurrence(monthDay, today), { zone: timeZone }).set(
    END_OF_DAY,
  );
  return { at: date.toUTC().toISO()!, timeZone };
}

/** The deadline of the Roadmap-linkages table seeded at `now`. */
export function seededRoadmapDeadline(now: Date): TableDeadline {
  return endOfNextDay(ROADMAP_DEADLINE_DAY, now);
}
