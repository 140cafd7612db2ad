/**
 * A stable caret colour per person, derived from their id, from a palette of `#rrggbb` colours
 * that read well on white (collaboration carets need exactly that form).
 */

const PALETTE = [
  '#c2410c',
  '#b91c1c',
  '#be185d',
  '#7e22ce',
  '#4338ca',
  '#1d4ed8',
  '#0369a1',
  '#0f766e',
  '#15803d',
  '#4d7c0f',
  '#a16207',
  '#9f1239',
] as const;

/** The colour of the person with `id`. */
export function presenceColor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
