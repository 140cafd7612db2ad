/**
 * Checks an answer against its call's fields, the same way in the browser (messages under each
 * field) and on the server (the API's 400 names each field). A draft may leave required fields
 * empty; a submission may not. Time ranges arrive as wall-clock times in a named zone and leave
 * as UTC instants; the end must come after the start, and a time the zone skips is refused.
 */
import { z } from 'zod';
import { dynamicCoalitions } from '../workspace/referenceData';
import { wallClockToInstant } from '../time/zonedTime';
import type { AnswerValue, Call, CallField } from './callTypes';
import { FieldKinds } from './callTypes';

/** Longest session a time range may span. */
export const MAX_RANGE_DAYS = 7;

const dcIds = dynamicCoalitions.map((dc) => dc.id) as [string, ...string[]];

/** A time range as a form sends it: wall-clock times and the zone they are in. */
export interface TimeRangeInput {
  readonly start: string;
  readonly end: string;
  readonly zone: string;
}

/** What a person sends: the DC, the values, and whether to submit (else a draft). */
export interface AnswerInput {
  readonly dc: string;
  readonly values: Readonly<Record<string, string | TimeRangeInput>>;
  readonly submit: boolean;
}

/** A checked answer: values ready to store, and notes (an ambiguous time resolved). */
export interface CheckedAnswer {
  readonly dc: string;
  readonly submit: boolean;
  readonly values: Record<string, AnswerValue>;
  readonly notes: string[];
}

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ['start', 'end'].every((key) => {
      const part = (value as Record<string, unknown>)[key];
      return part === undefined || part === '';
    }));

function textSchema(field: CallField) {
  const text = z
    .string({ error: `${field.label}: must be text` })
    .trim()
    .max(field.maxLength, `${field.label}: at most ${field.maxLength} characters`);
  if (field.kind !== FieldKinds.url) return text;
  return text.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, `${field.label}: enter a web address starting with https://`);
}

function rangeSchema(field: CallField, notes: string[]) {
  return z
    .object(
      {
        start: z.string({ error: `${field.label} (start): enter a date and time` }),
        end: z.string({ error: `${field.label} (end): enter a date and time` }),
        zone: z.string({ error: `${field.label} (time zone): choose a time zone` }),
      },
      { error: `${field.label}: enter a start and an end` },
    )
    .transform((input, ctx) => {
      const start = wallClockToInstant(input.start, input.zone);
      const end = wallClockToInstant(input.end, input.zone);
      if (!start.ok)
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `${field.label} (start): ${start.problem}`,
        });
      if (!end.ok)
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${field.label} (end): ${end.problem}`,
        });
      if (!start.ok || !end.ok) return z.NEVER;
      const length = Date.parse(end.utc) - Date.parse(start.utc);
      if (length <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${field.label} (end): must be after the start`,
        });
        return z.NEVER;
      }
      if (length > MAX_RANGE_DAYS * 86_400_000) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${field.label} (end): at most ${MAX_RANGE_DAYS} days after the start`,
        });
        return z.NEVER;
      }
      for (const resolved of [start, end])
        if (resolved.ambiguity) notes.push(`${field.label}: ${resolved.ambiguity}`);
      return { start: start.utc, end: end.utc, zone: input.zone };
    });
}

/**
 * Checks `input` (anything: it may come from the network) as an answer to `call`. Returns the
 * checked answer or one message per field path (`dc`, `values.title`, `values.when.end`).
 */
export function checkAnswer(
  call: Pick<Call, 'fields'>,
  input: unknown,
): { ok: true; answer: CheckedAnswer } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const record =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const dc = z
    .enum(dcIds, { error: 'Dynamic Coalition: choose the DC you answer for' })
    .safeParse(record['dc']);
  if (!dc.success) fields['dc'] = dc.error.issues[0]!.message;
  const submit = record['submit'] === undefined ? false : record['submit'];
  if (typeof submit !== 'boolean') fields['submit'] = 'submit: true to submit, false for a draft';
  const rawValues = record['values'] ?? {};
  if (typeof rawValues !== 'object' || rawValues === null || Array.isArray(rawValues)) {
    fields['values'] = 'values: an object with one entry per field';
    return { ok: false, fields };
  }
  const given = rawValues as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!call.fields.some((field) => field.id === key))
      fields[`values.${key}`] = `${key}: this call has no such field`;
  }
  const notes: string[] = [];
  const values: Record<string, AnswerValue> = {};
  for (const field of call.fields) {
    const raw = given[field.id];
    if (isBlank(raw)) {
      if (field.required && submit === true)
        fields[`values.${field.id}`] = `${field.label}: required to submit`;
      continue;
    }
    const schema =
      field.kind === FieldKinds.timeRange ? rangeSchema(field, notes) : textSchema(field);
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      values[field.id] = parsed.data;
    } else {
      for (const issue of parsed.error.issues) {
        const key = ['values', field.id, ...issue.path.map(String)].join('.');
        fields[key] ??= issue.message;
      }
    }
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, answer: { dc: dc.data!, submit: submit as boolean, values, notes } };
}
