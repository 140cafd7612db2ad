/**
 * Ids for rows and columns the Secretariat adds: an area's own id when a column stands for an
 * area that no column uses yet (so exports and the coverage matrix line up across tables),
 * else a short random id.
 */

/** A short random id (8 base-36 characters). */
export function shortRandomId(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 8) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** The id of a new column standing for `area` (or none), given the ids already used. */
export function newColumnId(
  area: string | null,
  taken: (id: string) => boolean,
  random: () => number = Math.random,
): string {
  if (area !== null && !taken(area)) return area;
  let id = shortRandomId(random);
  while (taken(id)) id = shortRandomId(random);
  return id;
}

/**
 * The neighbours' order keys for moving entry `index` of `ordered` one place up (-1) or down
 * (+1): the keys to place it between. Null when it is already at that end.
 */
export function neighboursForMove(
  ordered: ReadonlyArray<{ readonly order: string }>,
  index: number,
  direction: -1 | 1,
): { readonly after: string | null; readonly before: string | null } | null {
  if (direction === -1) {
    if (index <= 0) return null;
    return { after: ordered[index - 2]?.order ?? null, before: ordered[index - 1]!.order };
  }
  if (index >= ordered.length - 1) return null;
  return { after: ordered[index + 1]!.order, before: ordered[index + 2]?.order ?? null };
}
