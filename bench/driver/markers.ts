/**
 * Edits and caret moves are recognised by a marker string inside them: `@@<tag><n>;`.
 * Yjs writes inserted text and awareness JSON as plain UTF-8, so a receiver finds the
 * marker with one native Buffer.indexOf over the payload instead of decoding the update
 * into a Y.Doc, which keeps thousands of receivers affordable in one process.
 */

/** Marker tags, one per scenario that needs them. */
export const MarkerTag = {
  fanOut: 'f',
  history: 'h',
  ingest: 'i',
  awareness: 'a',
} as const;

/** A marker tag. */
export type MarkerTagValue = (typeof MarkerTag)[keyof typeof MarkerTag];

/** The marker text for number `n` under `tag`. */
export function markerText(tag: MarkerTagValue, n: number): string {
  return `@@${tag}${n};`;
}

const prefixes = new Map<string, Buffer>();

function prefixFor(tag: MarkerTagValue): Buffer {
  let prefix = prefixes.get(tag);
  if (prefix === undefined) {
    prefix = Buffer.from(`@@${tag}`);
    prefixes.set(tag, prefix);
  }
  return prefix;
}

const SEMICOLON = 0x3b;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * Calls `found` with the number of every `tag` marker in `payload`, in order.
 * Returns how many were found.
 */
export function forEachMarker(
  payload: Buffer,
  tag: MarkerTagValue,
  found: (n: number) => void,
): number {
  const prefix = prefixFor(tag);
  let count = 0;
  let at = payload.indexOf(prefix);
  while (at >= 0) {
    let pos = at + prefix.length;
    let n = 0;
    let digits = 0;
    for (; pos < payload.length; pos++) {
      const byte = payload[pos] as number;
      if (byte < DIGIT_0 || byte > DIGIT_9) break;
      n = n * 10 + (byte - DIGIT_0);
      digits++;
    }
    if (digits > 0 && payload[pos] === SEMICOLON) {
      found(n);
      count++;
    }
    at = payload.indexOf(prefix, pos);
  }
  return count;
}
