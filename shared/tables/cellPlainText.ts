/**
 * A cell's rich text as plain text and back, for exports, CSV import, the coverage matrix and
 * short previews. Plain text keeps the shape people see: one line per paragraph or heading,
 * list items prefixed with "- " (numbered lists with "1. ", "2. "…), nested items indented by
 * two spaces. Writing plain text back turns consecutive "- " lines into a bullet list and
 * every other line into a paragraph, so exporting a cell and importing it again changes nothing.
 */
import * as Y from 'yjs';

const BULLET = '- ';
const BULLET_LISTS: ReadonlySet<string> = new Set(['bulletList', 'taskList']);
const ORDERED_LIST = 'orderedList';

/** The characters of an XmlText (marks dropped, embeds skipped). */
function textOf(text: Y.XmlText): string {
  let out = '';
  for (const op of text.toDelta() as Array<{ insert?: unknown }>) {
    if (typeof op.insert === 'string') out += op.insert;
  }
  return out;
}

/** The inline content of a text block (paragraph, heading): text runs and hard breaks. */
function inlineText(block: Y.XmlElement): string {
  let out = '';
  for (const child of block.toArray()) {
    if (child instanceof Y.XmlText) out += textOf(child);
    else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') out += '\n';
    else if (child instanceof Y.XmlElement) out += inlineText(child);
  }
  return out;
}

/** Blocks that hold inline content (text runs, hard breaks) rather than other blocks. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock']);

/** Appends the lines of `node` to `lines`; `indent` is the list nesting depth. */
function collectLines(node: Y.XmlElement | Y.XmlText, lines: string[], indent: number): void {
  if (node instanceof Y.XmlText) {
    lines.push(textOf(node));
    return;
  }
  const name = node.nodeName;
  if (TEXT_BLOCKS.has(name)) {
    lines.push(inlineText(node));
    return;
  }
  if (BULLET_LISTS.has(name) || name === ORDERED_LIST) {
    let number = 1;
    for (const item of node.toArray()) {
      if (!(item instanceof Y.XmlElement)) continue;
      const marker = name === ORDERED_LIST ? `${number++}. ` : BULLET;
      collectListItem(item, marker, lines, indent);
    }
    return;
  }
  // Any other container (blockquote, table…): its blocks, one after the other.
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement || child instanceof Y.XmlText)
      collectLines(child, lines, indent);
  }
}

/** A list item: its first line gets the marker, later lines and nested lists are indented. */
function collectListItem(item: Y.XmlElement, marker: string, lines: string[], indent: number) {
  const pad = '  '.repeat(indent);
  let first = true;
  for (const child of item.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (BULLET_LISTS.has(child.nodeName) || child.nodeName === ORDERED_LIST) {
      collectLines(child, lines, indent + 1);
      continue;
    }
    const inner: string[] = [];
    collectLines(child, inner, indent);
    for (const line of inner) {
      lines.push(first ? `${pad}${marker}${line}` : `${pad}  ${line}`);
      first = false;
    }
  }
  if (first) lines.push(`${pad}${marker}`);
}

/**
 * The plain text of a cell: paragraphs joined with "\n", list items prefixed with "- " (or
 * "1. " in numbered lists). An empty cell gives "".
 */
export function cellPlainText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement || child instanceof Y.XmlText) collectLines(child, lines, 0);
  }
  return lines.join('\n').replace(/\n+$/, '');
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  if (text !== '') element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/**
 * Replaces a cell's content with `text`: consecutive lines starting with "- " become a bullet
 * list, every other line a paragraph; "" empties the cell. Call it inside the transaction that
 * should carry the change (CSV import applies a whole file as one).
 */
export function setCellPlainText(fragment: Y.XmlFragment, text: string): void {
  // Lines grouped first: a prelim (not yet inserted) Yjs type must not be read from.
  const groups: Array<{ list: boolean; lines: string[] }> = [];
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  for (const line of lines === '' ? [] : lines.split('\n')) {
    const isItem = line.startsWith(BULLET);
    const last = groups[groups.length - 1];
    if (isItem && last?.list) last.lines.push(line.slice(BULLET.length));
    else groups.push({ list: isItem, lines: [isItem ? line.slice(BULLET.length) : line] });
  }
  const blocks = groups.map((group) => {
    if (!group.list) return paragraph(group.lines[0]!);
    const list = new Y.XmlElement('bulletList');
    list.insert(
      0,
      group.lines.map((line) => {
        const item = new Y.XmlElement('listItem');
        item.insert(0, [paragraph(line)]);
        return item;
      }),
    );
    return list;
  });
  const apply = () => {
    if (fragment.length > 0) fragment.delete(0, fragment.length);
    if (blocks.length > 0) fragment.insert(0, blocks);
  };
  if (fragment.doc) fragment.doc.transact(apply);
  else apply();
}
