/**
 * The preparatory-phase calendar is made of accepted answers to calendar calls. This reads an
 * answer as a calendar entry (title, description, time, link, DC) from the call's fields by
 * kind, and finds sessions that overlap in time so the Secretariat is warned before accepting.
 */
import { dynamicCoalitions } from '../workspace/referenceData';
import type { Answer, Call } from './callTypes';
import { AnswerStatuses, FieldKinds, Reviews, isTimeRange } from './callTypes';

/** One session on the calendar. */
export interface CalendarEntry {
  /** The answer's id. */
  readonly id: string;
  readonly callId: string;
  readonly dc: string;
  readonly dcName: string;
  readonly title: string;
  /** The long-text values, each under its label. */
  readonly description: string;
  readonly start: string;
  readonly end: string;
  /** The zone the DC entered the time in. */
  readonly zone: string;
  /** The first web address given (registration link), or null. */
  readonly url: string | null;
}

/** The answer as a calendar entry, or null when it has no time range. */
export function calendarEntryOf(call: Pick<Call, 'fields'>, answer: Answer): CalendarEntry | null {
  const rangeField = call.fields.find((field) => field.kind === FieldKinds.timeRange);
  const range = rangeField ? answer.values[rangeField.id] : undefined;
  if (!isTimeRange(range)) return null;
  const text = (kind: string) =>
    call.fields
      .filter((field) => field.kind === kind)
      .map((field) => ({ field, value: answer.values[field.id] }))
      .filter(
        (item): item is { field: (typeof call.fields)[number]; value: string } =>
          typeof item.value === 'string' && item.value !== '',
      );
  const dcName = dynamicCoalitions.find((dc) => dc.id === answer.dc)?.name ?? answer.dc;
  return {
    id: answer.id,
    callId: answer.callId,
    dc: answer.dc,
    dcName,
    title: text(FieldKinds.shortText)[0]?.value ?? dcName,
    description: text(FieldKinds.longText)
      .map(({ field, value }) => `${field.label}: ${value}`)
      .join('\n\n'),
    start: range.start,
    end: range.end,
    zone: range.zone,
    url: text(FieldKinds.url)[0]?.value ?? null,
  };
}

/** Whether an answer is on the published calendar. */
export function isPublished(answer: Answer): boolean {
  return answer.status === AnswerStatuses.submitted && answer.review === Reviews.accepted;
}

/** Whether an answer is in the running (submitted and not declined): overlaps matter for it. */
export function isInRunning(answer: Answer): boolean {
  return answer.status === AnswerStatuses.submitted && answer.review !== Reviews.declined;
}

/** For each entry id, the ids of the other entries whose time overlaps it (touching ends do not). */
export function findOverlaps(entries: readonly CalendarEntry[]): Map<string, string[]> {
  const sorted = [...entries].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const overlaps = new Map<string, string[]>();
  const add = (a: string, b: string) => overlaps.set(a, [...(overlaps.get(a) ?? []), b]);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (Date.parse(b.start) >= Date.parse(a.end)) break;
      add(a.id, b.id);
      add(b.id, a.id);
    }
  }
  return overlaps;
}
