/**
 * What the Secretariat sends to record or change an action item, checked the same way in the
 * browser and on the server, with messages that name the field.
 */
import { z } from 'zod';
import { isValidDocName } from '../docName';
import { dynamicCoalitions } from '../workspace/referenceData';

const dcIds = dynamicCoalitions.map((dc) => dc.id) as [string, ...string[]];

const ownerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('allDcs') }),
    z.object({
      kind: z.literal('dc'),
      dc: z.enum(dcIds, { error: 'owner: unknown Dynamic Coalition' }),
    }),
    z.object({ kind: z.literal('secretariat') }),
    z.object({
      kind: z.literal('person'),
      userId: z
        .string({ error: 'owner: choose a person' })
        .min(1, 'owner: choose a person')
        .max(64),
      name: z.string().max(120).default(''),
    }),
  ],
  { error: 'owner: every DC, a DC, the Secretariat or a person' },
);

const linkSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('document'),
      name: z
        .string({ error: 'linked document: choose a document' })
        .refine(isValidDocName, 'linked document: not a document name'),
    }),
    z.object({
      kind: z.literal('call'),
      id: z.string({ error: 'linked call: choose a call' }).min(1).max(80),
    }),
  ],
  { error: 'link: a document or a call' },
);

const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const meetingSchema = z
  .string({ error: 'meeting: must be text' })
  .trim()
  .min(1, 'meeting: required')
  .max(120, 'meeting: at most 120 characters');
const whatSchema = z
  .string({ error: 'what: must be text' })
  .trim()
  .min(1, 'what: say what is to be done')
  .max(1000, 'what: at most 1000 characters');
const ownersSchema = z
  .array(ownerSchema, { error: 'owners: a list of owners' })
  .min(1, 'owners: at least one owner')
  .max(30, 'owners: at most 30');
const dueSchema = z
  .string({ error: 'due date: a date like 2021-09-10' })
  .refine(isCalendarDate, 'due date: a date like 2021-09-10')
  .nullable();
const statusSchema = z.enum(['open', 'done'], { error: 'status: open or done' });

/** A new action item. */
export const actionSchema = z.object({
  meeting: meetingSchema,
  what: whatSchema,
  owners: ownersSchema,
  due: dueSchema.default(null),
  link: linkSchema.nullable().default(null),
  status: statusSchema.default('open'),
});

/** A checked new action item. */
export type ActionInput = z.infer<typeof actionSchema>;

/** A change to an action item: any of its fields; those not given stay as they are. */
export const actionChangeSchema = z
  .object({
    meeting: meetingSchema,
    what: whatSchema,
    owners: ownersSchema,
    due: dueSchema,
    link: linkSchema.nullable(),
    status: statusSchema,
  })
  .partial()
  .strict();
