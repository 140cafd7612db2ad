/**
 * Mentions inside a comment body. A body is plain text in which a mention is a token
 * `@[Display Name](person:ACCOUNT_ID)` or `@[DC Name](dc:DC_ID)`: the label is kept so a body
 * reads well anywhere (exports, e-mails, an old client) and the id is what the inbox matches,
 * so renaming someone never breaks a mention. Brackets, parentheses and backslashes in a label
 * are escaped with a backslash; ids are letters, digits, `_`, `-`, `.` and `:`.
 */

/** What a mention points at. */
export interface MentionRef {
  readonly kind: 'person' | 'dc';
  readonly id: string;
  /** The name shown, as it was when the mention was written. */
  readonly label: string;
}

/** A piece of a comment body. */
export type BodyPart =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'mention'; readonly ref: MentionRef };

const TOKEN = /@\[((?:[^\]\\]|\\.)*)\]\((person|dc):([A-Za-z0-9_.:-]+)\)/g;

const unescapeLabel = (label: string) => label.replace(/\\(.)/g, '$1');
const escapeLabel = (label: string) => label.replace(/[\\[\]()]/g, '\\$&');

/** The body cut into text and mentions, in order (adjacent text is one part). */
export function parseCommentBody(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) parts.push({ type: 'text', text: body.slice(last, index) });
    parts.push({
      type: 'mention',
      ref: {
        kind: match[2] as MentionRef['kind'],
        id: match[3]!,
        label: unescapeLabel(match[1]!),
      },
    });
    last = index + match[0].length;
  }
  if (last < body.length) parts.push({ type: 'text', text: body.slice(last) });
  return parts;
}

/** The token for a mention, to put in a body. */
export function mentionToken(ref: MentionRef): string {
  const label = ref.label.replace(/\s+/g, ' ').trim() || ref.id;
  return `@[${escapeLabel(label)}](${ref.kind}:${ref.id})`;
}

/** Who a body mentions: account ids and DC ids, each once, in order of first mention. */
export function mentionsOf(body: string): { people: string[]; dcs: string[] } {
  const people = new Set<string>();
  const dcs = new Set<string>();
  for (const part of parseCommentBody(body)) {
    if (part.type === 'mention') (part.ref.kind === 'person' ? people : dcs).add(part.ref.id);
  }
  return { people: [...people], dcs: [...dcs] };
}

/** The body as plain text, each mention written "@Label". */
export function commentPlainText(body: string): string {
  return parseCommentBody(body)
    .map((part) => (part.type === 'text' ? part.text : `@${part.ref.label}`))
    .join('');
}
