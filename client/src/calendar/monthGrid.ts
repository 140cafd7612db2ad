/**
 * The month view's arithmetic, in the reader's zone: the weeks (Monday first) that show a
 * month, and which sessions fall on each day; a session that crosses midnight in the reader's
 * zone appears on every day it touches.
 */
import { DateTime } from 'luxon';
import type { CalendarEntry } from '../../../shared/calls/calendarEntry';

/** One day cell. */
export interface DayCell {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly day: number;
  readonly inMonth: boolean;
  readonly entries: readonly CalendarEntry[];
}

/** `YYYY-MM` of the month after (`delta` 1) or before (−1) `month`. */
export function shiftMonth(month: string, delta: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    .plus({ months: delta })
    .toFormat('yyyy-MM');
}

/** `October 2021` for `2021-10`. */
export function monthTitle(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'utc' }).toFormat('LLLL yyyy');
}

/** The weeks of `month` (`YYYY-MM`) with each day's sessions in `zone`. */
export function monthGrid(
  month: string,
  entries: readonly CalendarEntry[],
  zone: string,
): DayCell[][] {
  const first = DateTime.fromISO(`${month}-01`, { zone: 'utc' });
  const start = first.minus({ days: first.weekday - 1 });
  const end = first.endOf('month');
  const lastDay = end.plus({ days: 7 - end.weekday });
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const from = DateTime.fromISO(entry.start, { zone: 'utc' }).setZone(zone).startOf('day');
    // The end instant is exclusive: a session ending at midnight does not touch the next day.
    const to = DateTime.fromISO(entry.end, { zone: 'utc' })
      .minus({ milliseconds: 1 })
      .setZone(zone);
    for (let day = from; day <= to; day = day.plus({ days: 1 })) {
      const key = day.toISODate()!;
      byDay.set(key, [...(byDay.get(key) ?? []), entry]);
    }
  }
  const weeks: DayCell[][] = [];
  for (let day = start; day <= lastDay; day = day.plus({ days: 1 })) {
    if (day.weekday === 1) weeks.push([]);
    const key = day.toISODate()!;
    weeks[weeks.length - 1]!.push({
      date: key,
      day: day.day,
      inMonth: day.month === first.month,
      entries: byDay.get(key) ?? [],
    });
  }
  return weeks;
}
