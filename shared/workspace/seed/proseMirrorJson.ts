/**
 * Tiny builders for ProseMirror JSON, so the seeded documents read like an outline of the
 * document rather than a pile of nested objects. Node and mark names are the schema's
 * (shared/editor/schemaExtensions.ts); buildSeedUpdate checks the result against it.
 */

/** A ProseMirror mark in JSON form. */
export interface MarkJson {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

/** A ProseMirror node in JSON form. */
export interface NodeJson {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: ReadonlyArray<NodeJson>;
  readonly text?: string;
  readonly marks?: ReadonlyArray<MarkJson>;
}

/** Inline content: plain strings become unmarked text. */
export type Inline = string | NodeJson;

const toInline = (items: ReadonlyArray<Inline>): NodeJson[] =>
  items
    .filter((item) => item !== '')
    .map((item) => (typeof item === 'string' ? { type: 'text', text: item } : item));

const marked = (mark: MarkJson, text: string): NodeJson => ({
  type: 'text',
  text,
  marks: [mark],
});

/**
 * The whole document. It always ends with a paragraph: otherwise the editor's trailing-node
 * rule adds one on first open, and several people opening at once would each add their own.
 */
export const doc = (...content: NodeJson[]): NodeJson => ({
  type: 'doc',
  content: content.at(-1)?.type === 'paragraph' ? content : [...content, { type: 'paragraph' }],
});

/** A heading of level 1 to 3. */
export const heading = (level: 1 | 2 | 3, ...content: Inline[]): NodeJson => ({
  type: 'heading',
  attrs: { level },
  content: toInline(content),
});

/** A paragraph; no arguments gives an empty one (a place to type). */
export const paragraph = (...content: Inline[]): NodeJson => {
  const inline = toInline(content);
  return inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
};

/** Bold text. */
export const bold = (text: string): NodeJson => marked({ type: 'bold' }, text);

/** Italic text. */
export const italic = (text: string): NodeJson => marked({ type: 'italic' }, text);

/** A link to an http(s) or mailto address. */
export const link = (text: string, href: string): NodeJson =>
  marked({ type: 'link', attrs: { href } }, text);

const listItem = (item: Inline | ReadonlyArray<Inline>): NodeJson => ({
  type: 'listItem',
  content: [paragraph(...(Array.isArray(item) ? item : [item as Inline]))],
});

/** A bullet list; each item is inline content (a string or an array of inline pieces). */
export const bulletList = (...items: Array<Inline | ReadonlyArray<Inline>>): NodeJson => ({
  type: 'bulletList',
  content: items.map(listItem),
});

/** A numbered list. */
export const orderedList = (...items: Array<Inline | ReadonlyArray<Inline>>): NodeJson => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map(listItem),
});

/** A task list; every task starts unchecked. */
export const taskList = (...items: Array<Inline | ReadonlyArray<Inline>>): NodeJson => ({
  type: 'taskList',
  content: items.map((item) => ({
    type: 'taskItem',
    attrs: { checked: false },
    content: [paragraph(...(Array.isArray(item) ? item : [item as Inline]))],
  })),
});

/** A blockquote around some blocks. */
export const blockquote = (...content: NodeJson[]): NodeJson => ({ type: 'blockquote', content });

/** A horizontal rule. */
export const horizontalRule = (): NodeJson => ({ type: 'horizontalRule' });

const cell = (type: 'tableHeader' | 'tableCell', text: Inline): NodeJson => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(text)],
});

/** A table with one header row; each body row lists its cells' text ('' leaves a cell empty). */
export const table = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<Inline>>,
): NodeJson => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((text) => cell('tableHeader', text)) },
    ...rows.map((row) => ({
      type: 'tableRow',
      content: row.map((text) => cell('tableCell', text)),
    })),
  ],
});
