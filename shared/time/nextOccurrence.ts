/**
 * Seeded deadlines: the meeting report says "by 10 September" without a year. A freshly seeded
 * workspace must start with its deadlines still ahead, so every seeded date is the next such
 * day of the year after the day of seeding. Mapping tables and action items use this same
 * function, so their deadlines agree.
 */

/** A day of the year without a year: month 1–12, day 1–31. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The first date strictly after `after` (a `YYYY-MM-DD` calendar date) that falls on
 * `monthDay`, as `YYYY-MM-DD`. Seeded on 2 September 2026, `{ month: 9, day: 10 }` gives
 * `2026-09-10`; seeded on 10 September 2026 or later, `2027-09-10`. 29 February gives the next
 * leap year's. Throws for a day that no year has (31 April).
 */
export function nextOccurrence(monthDay: MonthDay, after: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(after);
  if (!match) throw new Error(`nextOccurrence: "${after}" is not a YYYY-MM-DD date`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const afterKey = month * 100 + day;
  const wantedKey = monthDay.month * 100 + monthDay.day;
  for (let candidate = wantedKey > afterKey ? year : year + 1; candidate < year + 9; candidate++) {
    const date = new Date(Date.UTC(candidate, monthDay.month - 1, monthDay.day));
    if (date.getUTCMonth() === monthDay.month - 1 && date.getUTCDate() === monthDay.day) {
      return `${candidate}-${pad(monthDay.month)}-${pad(monthDay.day)}`;
    }
  }
  throw new Error(`nextOccurrence: ${monthDay.month}/${monthDay.day} is not a day of any year`);
}

/** The calendar date (`YYYY-MM-DD`) `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
