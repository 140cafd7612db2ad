/**
 * A stable caret and avatar colour per person, derived from their account id, so the browser
 * shows me in the colour others see (the server stamps the same colour on my presence). The
 * palette is #rrggbb only (collaboration carets need exactly that form) and reads well on white
 * with white text. It mirrors server/access/presenceColor.ts; a test keeps the two equal.
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

/** The colour of the person with account id `id`. */
export function presenceColor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
