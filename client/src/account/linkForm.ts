/**
 * Checks the form of a one-time link page before it is sent: the new password and its
 * confirmation, and for the first-start setup link the name and e-mail of the first
 * Secretariat account, with the same schema the server applies. Messages name the field.
 */
import { Roles } from '../../../shared/access/roles';
import { fieldErrors } from '../../../shared/accounts/fieldErrors';
import { personSchema } from '../../../shared/accounts/personSchema';
import { newPasswordProblems } from './passwordRule';

/** What the link form holds. */
export interface LinkFormValues {
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly confirm: string;
}

/** Problems by field (`name`, `email`, `password`, `confirm`); empty when the form can be sent. */
export function linkFormProblems(
  values: LinkFormValues,
  asksForPerson: boolean,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (asksForPerson) {
    const parsed = personSchema.safeParse({
      name: values.name,
      email: values.email,
      role: Roles.secretariat,
      dcs: [],
    });
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      if (fields.name) problems.name = fields.name;
      if (fields.email) problems.email = fields.email;
    }
  }
  return { ...problems, ...newPasswordProblems(values.password, values.confirm) };
}
