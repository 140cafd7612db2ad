/**
 * Turns awareness states (whatever other browsers sent) into the list of people shown in the
 * avatar row: only well-formed `user` entries, colours forced to #rrggbb, one entry per person
 * even if they have the document open in several tabs, me first.
 */
import { safePersonColor } from './personColors';

/** Someone who has the document open. */
export interface Person {
  /** The awareness client id (of one of their tabs). */
  readonly clientId: number;
  readonly name: string;
  readonly dc: string;
  readonly color: string;
  readonly isMe: boolean;
}

const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim().length > 0 ? value.trim().slice(0, max) : null;

/** The people in `states`; `myClientId` marks this tab's own entry. */
export function peopleFromStates(
  states: ReadonlyMap<number, Record<string, unknown>>,
  myClientId: number,
): Person[] {
  const byPerson = new Map<string, Person>();
  for (const [clientId, state] of states) {
    const user = state['user'];
    if (typeof user !== 'object' || user === null) continue;
    const record = user as Record<string, unknown>;
    const name = text(record['name'], 80);
    if (name === null) continue;
    const dc = text(record['dc'], 120) ?? '';
    const key = `${name}\u0000${dc}`;
    const isMe = clientId === myClientId;
    const existing = byPerson.get(key);
    if (existing && !isMe) continue;
    byPerson.set(key, {
      clientId,
      name,
      dc,
      color: safePersonColor(record['color']),
      isMe: isMe || (existing?.isMe ?? false),
    });
  }
  return [...byPerson.values()].sort(
    (a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name),
  );
}

/** Up to two initials of a name, for avatars. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((word) => Array.from(word)[0]!.toUpperCase()).join('');
}
