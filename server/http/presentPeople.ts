/**
 * Reads who is present from a room's awareness states. Clients publish
 * `user: { name, dc, color }`; anything else in a state is ignored, and malformed entries
 * are skipped, since awareness is whatever clients send.
 */

/** A person shown as present in a document. */
export interface PresentPerson {
  readonly name: string;
  readonly dc: string;
  readonly color: string;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** The distinct people in `states`, by name and DC, sorted by name. */
export function presentPeople(
  states: ReadonlyMap<number, Record<string, unknown>>,
): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const state of states.values()) {
    const user = state['user'] as Record<string, unknown> | undefined;
    if (!user || typeof user !== 'object' || typeof user['name'] !== 'string') continue;
    const name = user['name'].slice(0, 80);
    const dc = typeof user['dc'] === 'string' ? user['dc'].slice(0, 120) : '';
    const color =
      typeof user['color'] === 'string' && COLOR.test(user['color']) ? user['color'] : '#6b7280';
    people.set(`${name}\u0000${dc}`, { name, dc, color });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}
