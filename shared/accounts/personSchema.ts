/**
 * What a person's account must look like, checked the same way in the browser (forms) and on
 * the server (API): name, e-mail, role and Dynamic Coalitions. A DC member represents at
 * least one DC; DC ids come from the workspace's reference data.
 */
import { z } from 'zod';
import { Roles, type Role } from '../access/roles';
import { dynamicCoalitions } from '../workspace/referenceData';

const dcIds = dynamicCoalitions.map((dc) => dc.id) as [string, ...string[]];
const roleValues = Object.values(Roles) as [Role, ...Role[]];

/** A new or changed person. */
export const personSchema = z
  .object({
    name: z.string().trim().min(1, 'name is required').max(120, 'name: at most 120 characters'),
    email: z
      .string()
      .trim()
      .max(254, 'email: at most 254 characters')
      .pipe(z.email('email: enter an address like name@example.org')),
    role: z.enum(roleValues, { message: `role: one of ${roleValues.join(', ')}` }),
    dcs: z
      .array(z.enum(dcIds, { message: 'dcs: unknown Dynamic Coalition' }))
      .max(10, 'dcs: at most 10')
      .default([]),
  })
  .refine((person) => person.role !== Roles.dcMember || person.dcs.length > 0, {
    path: ['dcs'],
    message: 'dcs: a DC member represents at least one Dynamic Coalition',
  });

/** A validated person. */
export type PersonInput = z.infer<typeof personSchema>;

/** The change a Secretariat may make to a person. */
export const personChangeSchema = z
  .object({
    role: z.enum(roleValues, { message: `role: one of ${roleValues.join(', ')}` }).optional(),
    dcs: z
      .array(z.enum(dcIds, { message: 'dcs: unknown Dynamic Coalition' }))
      .max(10)
      .optional(),
    status: z.enum(['active', 'disabled'], { message: 'status: active or disabled' }).optional(),
  })
  .strict();
