/**
 * What the Secretariat sends to open a call, checked the same way in the browser and on the
 * server: title, explanation, who may answer, the closing date and time in a named zone, and
 * the fields. Messages name the field they are about.
 */
import { z } from 'zod';
import { dynamicCoalitions } from '../workspace/referenceData';
import { wallClockToInstant } from '../time/zonedTime';
import { Audiences, FieldKinds, type Audience, type FieldKind } from './callTypes';

const dcIds = dynamicCoalitions.map((dc) => dc.id) as [string, ...string[]];
const kinds = Object.values(FieldKinds) as [FieldKind, ...FieldKind[]];
const audiences = Object.values(Audiences) as [Audience, ...Audience[]];

/** Default and largest length of each text kind. */
export const TEXT_LIMITS: Readonly<Record<FieldKind, { default: number; max: number }>> = {
  shortText: { default: 200, max: 500 },
  longText: { default: 2000, max: 5000 },
  url: { default: 500, max: 2000 },
  timeRange: { default: 0, max: 0 },
};

/** One field as the Secretariat defines it. */
export const callFieldSchema = z
  .object({
    id: z
      .string({ error: 'field key: must be text' })
      .regex(/^[a-z][a-z0-9-]{0,39}$/, 'field key: 1 to 40 lowercase letters, digits and hyphens'),
    label: z
      .string({ error: 'field label: must be text' })
      .trim()
      .min(1, 'field label: required')
      .max(80, 'field label: at most 80 characters'),
    kind: z.enum(kinds, { error: `field kind: one of ${kinds.join(', ')}` }),
    required: z.boolean({ error: 'required: true or false' }).default(false),
    maxLength: z.number({ error: 'maximum length: a number' }).int().positive().optional(),
    help: z.string().trim().max(300, 'help: at most 300 characters').default(''),
  })
  .transform((field, ctx) => {
    const limit = TEXT_LIMITS[field.kind];
    const maxLength = field.kind === FieldKinds.timeRange ? 0 : (field.maxLength ?? limit.default);
    if (maxLength > limit.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxLength'],
        message: `${field.label}: maximum length at most ${limit.max}`,
      });
    }
    return { ...field, maxLength };
  });

/** A call as the Secretariat opens or changes it. */
export const callSchema = z
  .object({
    title: z
      .string({ error: 'title: must be text' })
      .trim()
      .min(1, 'title: required')
      .max(160, 'title: at most 160 characters'),
    explanation: z
      .string({ error: 'explanation: must be text' })
      .trim()
      .max(3000, 'explanation: at most 3000 characters')
      .default(''),
    audience: z.enum(audiences, { error: 'who may answer: all DCs or selected DCs' }),
    dcs: z
      .array(z.enum(dcIds, { error: 'DCs: unknown Dynamic Coalition' }), {
        error: 'DCs: a list of Dynamic Coalitions',
      })
      .max(dcIds.length)
      .default([]),
    closes: z
      .object(
        {
          at: z.string({ error: 'closing date: enter a date and time' }),
          zone: z.string({ error: 'closing date: choose a time zone' }),
        },
        { error: 'closing date: enter a date and time' },
      )
      .transform((closes, ctx) => {
        const result = wallClockToInstant(closes.at, closes.zone);
        if (!result.ok) {
          ctx.addIssue({
            code: 'custom',
            path: ['at'],
            message: `closing date: ${result.problem}`,
          });
          return z.NEVER;
        }
        return { at: result.utc, zone: closes.zone };
      }),
    multiple: z.boolean({ error: 'several answers per DC: true or false' }).default(false),
    onCalendar: z.boolean({ error: 'on the calendar: true or false' }).default(false),
    fields: z
      .array(callFieldSchema, { error: 'fields: a list of fields' })
      .min(1, 'fields: at least one field')
      .max(20, 'fields: at most 20'),
  })
  .superRefine((call, ctx) => {
    if (call.audience === Audiences.someDcs && call.dcs.length === 0)
      ctx.addIssue({ code: 'custom', path: ['dcs'], message: 'DCs: choose at least one' });
    const seen = new Set<string>();
    call.fields.forEach((field, index) => {
      if (seen.has(field.id))
        ctx.addIssue({
          code: 'custom',
          path: ['fields', index, 'id'],
          message: `field key: "${field.id}" is used twice`,
        });
      seen.add(field.id);
    });
    if (call.onCalendar && !call.fields.some((field) => field.kind === FieldKinds.timeRange))
      ctx.addIssue({
        code: 'custom',
        path: ['onCalendar'],
        message: 'on the calendar: needs a date-and-time field',
      });
  });

/** A checked call. */
export type CallInput = z.infer<typeof callSchema>;

/** A change to an open call: title, explanation or closing time (the fields stay). */
export const callChangeSchema = z
  .object({
    title: callSchema.shape.title.optional(),
    explanation: z
      .string({ error: 'explanation: must be text' })
      .trim()
      .max(3000, 'explanation: at most 3000 characters')
      .optional(),
    closes: callSchema.shape.closes.optional(),
  })
  .strict();
