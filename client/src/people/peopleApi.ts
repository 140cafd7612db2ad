/**
 * The Secretariat's calls of the people API: the list of people, inviting one or many,
 * previewing a pasted participant list, changing a person, new links, ending sessions, and
 * the audit log. Answers are checked before use, so an unexpected reply shows an error
 * instead of a broken page.
 */
import type { DocumentAccess, Role } from '../../../shared/access/roles';
import type { ParticipantRow } from '../../../shared/accounts/parseParticipantList';
import type { Account } from '../account/account';
import { parseAccount } from '../account/account';
import { apiRequest } from '../api/apiRequest';

/** A person to invite. */
export interface PersonDraft {
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly dcs: readonly string[];
}

/** An invitation made: the person, their one-time link, and whether it was e-mailed. */
export interface Invitation {
  readonly person: Account;
  readonly link: string;
  readonly emailed: boolean;
}

/** One result of a bulk invitation. */
export type BulkResult =
  | ({ readonly ok: true } & Invitation)
  | {
      readonly ok: false;
      readonly message: string;
      readonly fields: Readonly<Record<string, string>>;
    };

/** One entry of the audit log. */
export interface AuditEntry {
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly action: string;
  readonly target: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unexpected = (): Error => new Error('The server sent an unexpected answer.');

const readInvitation = (body: unknown): Invitation => {
  if (!isRecord(body)) throw unexpected();
  const person = parseAccount(body.person);
  if (!person || typeof body.link !== 'string') throw unexpected();
  return { person, link: body.link, emailed: body.emailed === true };
};

/** GET /api/people. */
export async function fetchPeople(signal?: AbortSignal): Promise<Account[]> {
  const body = await apiRequest('/api/people', { signal });
  if (!isRecord(body) || !Array.isArray(body.people)) throw unexpected();
  return body.people.map(parseAccount).filter((person): person is Account => person !== null);
}

/** POST /api/people: invites one person. */
export async function invitePerson(person: PersonDraft): Promise<Invitation> {
  return readInvitation(await apiRequest('/api/people', { method: 'POST', body: person }));
}

/** POST /api/people/preview: the pasted list read into proposed invitations. */
export async function previewParticipants(text: string): Promise<ParticipantRow[]> {
  const body = await apiRequest('/api/people/preview', { method: 'POST', body: { text } });
  if (!isRecord(body) || !Array.isArray(body.rows)) throw unexpected();
  return body.rows as ParticipantRow[];
}

/** POST /api/people/bulk: invites many at once; one result per person, in order. */
export async function invitePeople(people: readonly PersonDraft[]): Promise<BulkResult[]> {
  const body = await apiRequest('/api/people/bulk', { method: 'POST', body: { people } });
  if (!isRecord(body) || !Array.isArray(body.results)) throw unexpected();
  return body.results.map((result): BulkResult => {
    if (isRecord(result) && result.ok === true) return { ok: true, ...readInvitation(result) };
    const error = isRecord(result) && isRecord(result.error) ? result.error : {};
    const fields: Record<string, string> = {};
    if (isRecord(error.fields))
      for (const [key, text] of Object.entries(error.fields))
        if (typeof text === 'string') fields[key] = text;
    return {
      ok: false,
      message: typeof error.message === 'string' ? error.message : 'Not invited.',
      fields,
    };
  });
}

/** The change a Secretariat may make to a person. */
export interface PersonChange {
  readonly role?: Role;
  readonly dcs?: readonly string[];
  readonly status?: 'active' | 'disabled';
}

/** PATCH /api/people/:id. */
export async function changePerson(id: string, change: PersonChange): Promise<Account> {
  const body = await apiRequest(`/api/people/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: change,
  });
  const person = isRecord(body) ? parseAccount(body.person) : null;
  if (!person) throw unexpected();
  return person;
}

/** POST /api/people/:id/reset-link: a new one-time link (their older links stop working). */
export async function newResetLink(id: string): Promise<{ link: string; emailed: boolean }> {
  const body = await apiRequest(`/api/people/${encodeURIComponent(id)}/reset-link`, {
    method: 'POST',
  });
  if (!isRecord(body) || typeof body.link !== 'string') throw unexpected();
  return { link: body.link, emailed: body.emailed === true };
}

/** POST /api/people/:id/revoke: ends every session and API token of the person. */
export async function revokeSessions(id: string): Promise<void> {
  await apiRequest(`/api/people/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}

/** PUT /api/documents/:name/access: a person's access to one document (null: role default). */
export async function setDocumentAccess(
  name: string,
  userId: string,
  access: DocumentAccess | null,
): Promise<void> {
  await apiRequest(`/api/documents/${encodeURIComponent(name)}/access`, {
    method: 'PUT',
    body: { userId, access },
  });
}

/** GET /api/audit, newest first. */
export async function fetchAudit(
  filter: { readonly action?: string; readonly actor?: string; readonly limit?: number },
  signal?: AbortSignal,
): Promise<AuditEntry[]> {
  const query = new URLSearchParams();
  if (filter.action) query.set('action', filter.action);
  if (filter.actor) query.set('actor', filter.actor);
  query.set('limit', String(filter.limit ?? 100));
  const body = await apiRequest(`/api/audit?${query.toString()}`, { signal });
  if (!isRecord(body) || !Array.isArray(body.entries)) throw unexpected();
  return body.entries.filter(isRecord).map((entry) => ({
    id: String(entry.id ?? ''),
    at: typeof entry.at === 'number' ? entry.at : Date.parse(String(entry.at)),
    actorId: typeof entry.actorId === 'string' ? entry.actorId : null,
    actorName: typeof entry.actorName === 'string' ? entry.actorName : '',
    action: typeof entry.action === 'string' ? entry.action : '',
    target: typeof entry.target === 'string' ? entry.target : '',
    detail: isRecord(entry.detail) ? entry.detail : {},
  }));
}
