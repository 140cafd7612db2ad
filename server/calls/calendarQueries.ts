/**
 * Reads across calls: the published calendar (accepted sessions of calendar calls) and, for the
 * Secretariat, which sessions in the running overlap in time.
 */
import {
  calendarEntryOf,
  findOverlaps,
  isInRunning,
  isPublished,
  type CalendarEntry,
} from '../../shared/calls/calendarEntry';
import type { Answer } from '../../shared/calls/callTypes';
import type { CallStore } from './CallStore';

/** An overlap warning for the Secretariat: another session at the same time. */
export interface OverlapWarning {
  readonly answerId: string;
  readonly title: string;
  readonly dcName: string;
  readonly start: string;
  readonly end: string;
}

/** The calendar entries of every calendar call's answers that `keep` keeps. */
async function entries(
  store: CallStore,
  keep: (answer: Answer) => boolean,
): Promise<CalendarEntry[]> {
  const calls = (await store.listCalls()).filter((call) => call.onCalendar);
  const found: CalendarEntry[] = [];
  for (const call of calls) {
    for (const answer of await store.listAnswers({ callId: call.id })) {
      if (!keep(answer)) continue;
      const entry = calendarEntryOf(call, answer);
      if (entry) found.push(entry);
    }
  }
  return found;
}

/** The published calendar, by start. */
export async function publishedCalendar(store: CallStore): Promise<CalendarEntry[]> {
  return (await entries(store, isPublished)).sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id),
  );
}

/** For each submitted, not declined session, the others at the same time. */
export async function overlapWarnings(store: CallStore): Promise<Record<string, OverlapWarning[]>> {
  const running = await entries(store, isInRunning);
  const byId = new Map(running.map((entry) => [entry.id, entry]));
  const warnings: Record<string, OverlapWarning[]> = {};
  for (const [id, others] of findOverlaps(running)) {
    warnings[id] = others.map((other) => {
      const entry = byId.get(other)!;
      return {
        answerId: entry.id,
        title: entry.title,
        dcName: entry.dcName,
        start: entry.start,
        end: entry.end,
      };
    });
  }
  return warnings;
}
