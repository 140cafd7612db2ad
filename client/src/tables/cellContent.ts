/**
 * Reads a cell's rich text (a Y.XmlFragment in the editor's schema) into a small tree the grid
 * renders without mounting an editor: a table shows many cells, and only the one being edited
 * needs Tiptap. Links keep only addresses the shared link policy allows; anything else shows
 * as plain text.
 */
import * as Y from 'yjs';
import { sanitizeHref } from '../../../shared/editor/linkPolicy';

/** Inline formatting of a run of text. */
export interface CellMarks {
  readonly bold?: true;
  readonly italic?: true;
  readonly strike?: true;
  readonly code?: true;
  readonly underline?: true;
  /** A safe link address; absent when not a link or when the address was refused. */
  readonly href?: string;
}

/** A run of text with its formatting. */
export interface CellText {
  readonly kind: 'text';
  readonly text: string;
  readonly marks: CellMarks;
}

/** A block or inline node (paragraph, list, list item, heading, hard break, …). */
export interface CellElement {
  readonly kind: 'element';
  /** The schema's node name (paragraph, bulletList, orderedList, listItem, heading, …). */
  readonly name: string;
  /** Heading level, task checked state: the attributes the grid shows. */
  readonly attrs: Readonly<Record<string, string | number | boolean>>;
  readonly children: readonly CellNode[];
}

/** A node of a cell. */
export type CellNode = CellText | CellElement;

const SIMPLE_MARKS = ['bold', 'italic', 'strike', 'code', 'underline'] as const;

function readMarks(attributes: unknown): CellMarks {
  if (typeof attributes !== 'object' || attributes === null) return {};
  const record = attributes as Record<string, unknown>;
  const marks: { -readonly [K in keyof CellMarks]: CellMarks[K] } = {};
  for (const mark of SIMPLE_MARKS) if (record[mark] !== undefined) marks[mark] = true;
  const link = record['link'];
  if (typeof link === 'object' && link !== null) {
    const href = sanitizeHref((link as Record<string, unknown>)['href']);
    if (href) marks.href = href;
  }
  return marks;
}

function readAttrs(element: Y.XmlElement): Record<string, string | number | boolean> {
  const attrs: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(element.getAttributes())) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      attrs[key] = value;
    }
  }
  return attrs;
}

function readNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): CellNode[] {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as Array<{ insert: unknown; attributes?: unknown }>)
      .filter(
        (part): part is { insert: string; attributes?: unknown } => typeof part.insert === 'string',
      )
      .map((part) => ({ kind: 'text', text: part.insert, marks: readMarks(part.attributes) }));
  }
  if (node instanceof Y.XmlElement) {
    return [
      {
        kind: 'element',
        name: node.nodeName,
        attrs: readAttrs(node),
        children: node.toArray().flatMap(readNode),
      },
    ];
  }
  return [];
}

/** The content of a cell's fragment. */
export function readCellContent(fragment: Y.XmlFragment): CellNode[] {
  return fragment.toArray().flatMap(readNode);
}

/** Whether a cell shows nothing (no text at all). */
export function isCellEmpty(nodes: readonly CellNode[]): boolean {
  return nodes.every((node) =>
    node.kind === 'text' ? node.text.trim() === '' : isCellEmpty(node.children),
  );
}
