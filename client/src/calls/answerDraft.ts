/**
 * The form state of an answer and its conversions: a stored answer (UTC instants) becomes a
 * draft with wall-clock times in the person's zone; a draft becomes the request body, which the
 * shared schema checks before it is sent (the server checks it again).
 */
import { checkAnswer, type TimeRangeInput } from '../../../shared/calls/answerSchema';
import type { Answer, Call } from '../../../shared/calls/callTypes';
import { FieldKinds, isTimeRange } from '../../../shared/calls/callTypes';
import { instantToWallClock } from '../../../shared/time/zonedTime';

/** What the form holds: the DC and each field's text or start/end wall-clock times. */
export interface AnswerDraft {
  readonly dc: string;
  readonly values: Readonly<Record<string, string | { start: string; end: string }>>;
}

/** An empty draft for `dc`. */
export function emptyDraft(call: Pick<Call, 'fields'>, dc: string): AnswerDraft {
  const values: Record<string, string | { start: string; end: string }> = {};
  for (const field of call.fields)
    values[field.id] = field.kind === FieldKinds.timeRange ? { start: '', end: '' } : '';
  return { dc, values };
}

/** The draft of a stored answer, times shown in `zone`. */
export function draftOf(call: Pick<Call, 'fields'>, answer: Answer, zone: string): AnswerDraft {
  const draft = emptyDraft(call, answer.dc);
  const values = { ...draft.values };
  for (const field of call.fields) {
    const value = answer.values[field.id];
    if (isTimeRange(value))
      values[field.id] = {
        start: instantToWallClock(value.start, zone),
        end: instantToWallClock(value.end, zone),
      };
    else if (typeof value === 'string') values[field.id] = value;
  }
  return { dc: answer.dc, values };
}

/** The request body of a draft, times read in `zone`. */
export function requestOf(
  draft: AnswerDraft,
  zone: string,
  submit: boolean,
): { dc: string; submit: boolean; values: Record<string, string | TimeRangeInput> } {
  const values: Record<string, string | TimeRangeInput> = {};
  for (const [id, value] of Object.entries(draft.values)) {
    if (typeof value === 'string') {
      if (value.trim() !== '') values[id] = value;
    } else if (value.start !== '' || value.end !== '') {
      values[id] = { start: value.start, end: value.end, zone };
    }
  }
  return { dc: draft.dc, submit, values };
}

/** Problems by field key (`values.when.end`), checked with the server's own schema. */
export function draftProblems(
  call: Pick<Call, 'fields'>,
  draft: AnswerDraft,
  zone: string,
  submit: boolean,
): Record<string, string> {
  const result = checkAnswer(call, requestOf(draft, zone, submit));
  return result.ok ? {} : result.fields;
}
