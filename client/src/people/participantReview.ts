/**
 * Reviews the rows of a pasted participant list as the Secretariat edits them: each row's
 * problems (unknown DC, missing or invalid e-mail, duplicates within the list or of people
 * already in the workspace, anything the person schema refuses) are worked out again after
 * every change, so a row can be invited as soon as it is fixed. Pure, so it is unit tested.
 */
import { Roles, type Role } from '../../../shared/access/roles';
import { fieldErrors } from '../../../shared/accounts/fieldErrors';
import type { ParticipantRow } from '../../../shared/accounts/parseParticipantList';
import { personSchema } from '../../../shared/accounts/personSchema';
import type { PersonDraft } from './peopleApi';

/** A row of the pasted list as the Secretariat may have edited it. */
export interface DraftRow {
  /** 1-based line of the pasted text (identifies the row). */
  readonly line: number;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly dcs: readonly string[];
  /** The DC as written, while it matches no known DC and none was chosen. */
  readonly unknownDc: string | null;
}

/** A reviewed row. */
export interface ReviewedRow {
  readonly row: DraftRow;
  /** What keeps the row from being invited; empty when it can be. */
  readonly problems: readonly string[];
  /** Worth knowing, but no obstacle. */
  readonly notes: readonly string[];
}

/** Who is already in the workspace. */
export interface ExistingPeople {
  readonly emails: readonly string[];
  readonly names: readonly string[];
}

/** The editable rows of a server preview. */
export function draftRows(rows: readonly ParticipantRow[]): DraftRow[] {
  return rows.map(({ line, name, email, role, dcs, unknownDc }) => ({
    line,
    name,
    email,
    role,
    dcs: [...dcs],
    unknownDc,
  }));
}

/** Reviews every row, in order (duplicates point at the earlier line). */
export function reviewParticipants(
  rows: readonly DraftRow[],
  existing: ExistingPeople,
): ReviewedRow[] {
  const existingEmails = new Set(existing.emails.map((email) => email.trim().toLowerCase()));
  const existingNames = new Set(existing.names.map((name) => name.trim().toLowerCase()));
  const seenNames = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  return rows.map((row) => {
    const problems: string[] = [];
    const notes: string[] = [];
    const email = row.email.trim();
    const emailKey = email.toLowerCase();
    const nameKey = row.name.trim().toLowerCase();
    if (row.unknownDc !== null && row.dcs.length === 0)
      problems.push(`unknown DC "${row.unknownDc}"`);
    if (email === '') problems.push('e-mail missing');
    if (seenNames.has(nameKey)) problems.push(`duplicate of line ${seenNames.get(nameKey)}`);
    else if (existingNames.has(nameKey)) problems.push('already in the workspace');
    if (email !== '' && seenEmails.has(emailKey))
      problems.push(`same e-mail as line ${seenEmails.get(emailKey)}`);
    else if (email !== '' && existingEmails.has(emailKey))
      problems.push('e-mail already in the workspace');
    if (!seenNames.has(nameKey)) seenNames.set(nameKey, row.line);
    if (email !== '' && !seenEmails.has(emailKey)) seenEmails.set(emailKey, row.line);

    const parsed = personSchema.safeParse(toPersonDraft(row));
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrors(parsed.error))) {
        // A missing e-mail or unknown DC is already said in plainer words.
        if (field === 'email' && email === '') continue;
        if (field === 'dcs' && row.unknownDc !== null && row.dcs.length === 0) continue;
        problems.push(message);
      }
    }
    if (row.role === Roles.observer && row.dcs.length === 0 && row.unknownDc === null)
      notes.push('no DC: invited as an observer');
    return { row, problems, notes };
  });
}

/** The invitation a row stands for. */
export function toPersonDraft(row: DraftRow): PersonDraft {
  return { name: row.name.trim(), email: row.email.trim(), role: row.role, dcs: row.dcs };
}

/** The rows that can be invited now. */
export function invitableRows(reviewed: readonly ReviewedRow[]): DraftRow[] {
  return reviewed.filter((entry) => entry.problems.length === 0).map((entry) => entry.row);
}
