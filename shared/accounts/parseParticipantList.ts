/**
 * Reads a participant list pasted in the format of the meeting report's annex: section lines
 * ("Coordination facilitators", "Participants", "Secretariat support") followed by rows of
 * last name, first name and DC, separated by tabs (or two or more spaces), with an optional
 * e-mail column. Each row becomes a proposed invitation with its problems flagged, so the
 * Secretariat sees unknown DCs, missing e-mails and duplicates before inviting anyone.
 */
import { Roles, type Role } from '../access/roles';
import { dynamicCoalitions } from '../workspace/referenceData';

/** One proposed invitation from the pasted list. */
export interface ParticipantRow {
  /** 1-based line number in the pasted text. */
  readonly line: number;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  /** Matched DC ids (empty when none given or unknown). */
  readonly dcs: readonly string[];
  /** The DC as written, when it matched no known DC. */
  readonly unknownDc: string | null;
  readonly problems: readonly string[];
}

const SECTIONS: ReadonlyArray<[RegExp, Role]> = [
  [/^coordination facilitators?$/i, Roles.facilitator],
  [/^facilitators?$/i, Roles.facilitator],
  [/^participants?$/i, Roles.dcMember],
  [/^secretariat( support)?$/i, Roles.secretariat],
  [/^observers?$/i, Roles.observer],
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function normalizeDcName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^dynamic coalition\b/, 'dc')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const dcByName = new Map(dynamicCoalitions.map((dc) => [normalizeDcName(dc.name), dc.id]));

/** Known DC id for a DC name as people write it, or undefined. */
export function matchDynamicCoalition(name: string): string | undefined {
  return dcByName.get(normalizeDcName(name));
}

/**
 * Parses pasted text into proposed invitations. `existing` are the e-mails and names already
 * in the workspace, to flag duplicates.
 */
export function parseParticipantList(
  text: string,
  existing: { readonly emails: readonly string[]; readonly names: readonly string[] } = {
    emails: [],
    names: [],
  },
): ParticipantRow[] {
  let role: Role = Roles.dcMember;
  const rows: ParticipantRow[] = [];
  const seenNames = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  const existingEmails = new Set(existing.emails.map((e) => e.toLowerCase()));
  const existingNames = new Set(existing.names.map((n) => n.toLowerCase()));

  text.split(/\r?\n/).forEach((raw, index) => {
    const cells = raw
      .split(/\t| {2,}/)
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
    if (cells.length === 0) return;
    if (cells.length === 1) {
      const section = SECTIONS.find(([pattern]) => pattern.test(cells[0]!));
      if (section) {
        role = section[1];
        return;
      }
    }
    const email = cells.find((cell) => EMAIL.test(cell)) ?? '';
    const parts = cells.filter((cell) => cell !== email);
    const [last = '', first = '', dcText = ''] = parts;
    const name = [first, last].filter(Boolean).join(' ');
    const problems: string[] = [];
    const dcId = dcText ? matchDynamicCoalition(dcText) : undefined;
    if (dcText && !dcId) problems.push(`unknown DC "${dcText}"`);
    const rowRole = role === Roles.dcMember && !dcId ? Roles.observer : role;
    if (role === Roles.dcMember && !dcText)
      problems.push('no DC given: will be invited as an observer');
    if (!email) problems.push('e-mail missing');
    const nameKey = name.toLowerCase();
    if (seenNames.has(nameKey)) problems.push(`duplicate of line ${seenNames.get(nameKey)}`);
    else if (existingNames.has(nameKey)) problems.push('already in the workspace');
    if (email && seenEmails.has(email.toLowerCase()))
      problems.push(`same e-mail as line ${seenEmails.get(email.toLowerCase())}`);
    else if (email && existingEmails.has(email.toLowerCase()))
      problems.push('e-mail already in the workspace');
    seenNames.set(nameKey, index + 1);
    if (email) seenEmails.set(email.toLowerCase(), index + 1);
    rows.push({
      line: index + 1,
      name,
      email,
      role: rowRole,
      dcs: dcId ? [dcId] : [],
      unknownDc: dcText && !dcId ? dcText : null,
      problems,
    });
  });
  return rows;
}
