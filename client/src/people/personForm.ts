/**
 * Checks an invitation form in the browser with the same schema the server applies
 * (shared/accounts/personSchema), so a wrong field is named before anything is sent.
 */
import { fieldErrors } from '../../../shared/accounts/fieldErrors';
import { personSchema } from '../../../shared/accounts/personSchema';
import type { PersonDraft } from './peopleApi';

/** Problems by field (`name`, `email`, `role`, `dcs`); empty when the person can be invited. */
export function personProblems(draft: PersonDraft): Record<string, string> {
  const parsed = personSchema.safeParse(draft);
  return parsed.success ? {} : fieldErrors(parsed.error);
}
