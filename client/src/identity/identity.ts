/**
 * Who is using this browser, until accounts exist: a name, the DC (or other role) they speak
 * for, and a caret colour, kept in localStorage. Anything read back is validated, so a
 * hand-edited or outdated value asks again instead of breaking the editor.
 */
import { findAffiliation } from '../../../shared/workspace/affiliations';
import { isPersonColor } from './personColors';

/** The person using this browser. */
export interface Identity {
  readonly name: string;
  /** An affiliation name from shared/workspace/affiliations. */
  readonly dc: string;
  /** Caret and avatar colour, #rrggbb. */
  readonly color: string;
}

/** localStorage key of the identity. */
export const IDENTITY_STORAGE_KEY = 'dc-planner:identity';

/** Longest name accepted, in characters. */
export const MAX_NAME_LENGTH = 60;

/** Trims and collapses inner whitespace; `null` when nothing usable is left. */
export function normalizeName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return null;
  return name;
}

/** The identity in `value` if it is complete and valid, otherwise `null`. */
export function parseIdentity(value: unknown): Identity | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const name = typeof record.name === 'string' ? normalizeName(record.name) : null;
  const dc = typeof record.dc === 'string' && findAffiliation(record.dc) ? record.dc : null;
  const color = isPersonColor(record.color) ? record.color : null;
  if (name === null || dc === null || color === null) return null;
  return { name, dc, color };
}

/** Reads the stored identity; `null` on first visit or when what is stored is not valid. */
export function loadIdentity(storage: Pick<Storage, 'getItem'>): Identity | null {
  try {
    const raw = storage.getItem(IDENTITY_STORAGE_KEY);
    return raw === null ? null : parseIdentity(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Stores `identity`; false when the browser refused (storage full or disabled). */
export function saveIdentity(storage: Pick<Storage, 'setItem'>, identity: Identity): boolean {
  try {
    storage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(identity));
    return true;
  } catch {
    return false;
  }
}
