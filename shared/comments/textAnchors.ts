/**
 * Anchors of threads in rich text: a range held by two Yjs relative positions stored in the
 * document, so it follows concurrent edits, syncs and reloads without anyone rewriting it, and
 * every client that has the same updates finds the same range. Positions are converted to and
 * from ProseMirror positions with @tiptap/y-tiptap, which needs the binding's mapping from Yjs
 * types to ProseMirror nodes: the editor's (in the browser) or a headless snapshot's
 * (proseMirrorSnapshot, on the server and in tests).
 *
 * The start sticks to the first character of the range (assoc 0) and the end to its last
 * (assoc -1), so text typed at either edge stays outside while text typed inside extends the
 * range. When all the anchored text is deleted the range collapses: it then resolves to null
 * ("on deleted text"), and the thread keeps its quote. Undoing the deletion brings the text
 * back as new text, so the thread stays on deleted text (alike on every client).
 */
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import {
  absolutePositionToRelativePosition,
  initProseMirrorDoc,
  relativePositionToAbsolutePosition,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '../editor/schemaExtensions';
import { readThreads } from './readThreads';
import { MAX_QUOTE_LENGTH, type RelativePositionJSON, type TextAnchor } from './threadSchema';

/** The mapping between Yjs types and ProseMirror nodes that y-tiptap positions need. */
export type AnchorMapping = Map<Y.AbstractType<unknown>, ProseMirrorNode | ProseMirrorNode[]>;

/** A range of ProseMirror positions. */
export interface TextRange {
  readonly from: number;
  readonly to: number;
}

/** `pos` as a relative position sticking to the character after it (assoc ≥ 0) or before. */
function relativeAt(
  fragment: Y.XmlFragment,
  mapping: AnchorMapping,
  pos: number,
  assoc: 0 | -1,
): RelativePositionJSON {
  const relative = absolutePositionToRelativePosition(pos, fragment, mapping) as Y.RelativePosition;
  const doc = fragment.doc;
  const absolute = doc ? Y.createAbsolutePositionFromRelativePosition(relative, doc) : null;
  const sticky =
    absolute && absolute.type instanceof Y.XmlText
      ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc)
      : relative;
  return Y.relativePositionToJSON(sticky) as RelativePositionJSON;
}

/**
 * The anchor of the ProseMirror range `from`–`to` of the document bound to `fragment` (which
 * must belong to a Y.Doc), given the binding's `mapping`.
 */
export function createTextAnchor(
  fragment: Y.XmlFragment,
  mapping: AnchorMapping,
  from: number,
  to: number,
): TextAnchor {
  return {
    kind: 'text',
    start: relativeAt(fragment, mapping, Math.min(from, to), 0),
    end: relativeAt(fragment, mapping, Math.max(from, to), -1),
  };
}

/**
 * One end of an anchor as a ProseMirror position, or null when it cannot be found (yet).
 *
 * Resolved by Yjs without following undone deletions: Yjs records where an undo restored
 * deleted text only on the client that undid, so following it would give that client another
 * range than everyone else. The place is then said again as an index in its Yjs type for
 * y-tiptap, which would otherwise take a character position that lands on 1 (the start of a
 * document that opens with a paragraph) for a misresolved one.
 */
export function resolveAnchorEnd(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  position: RelativePositionJSON,
  mapping: AnchorMapping,
): number | null {
  try {
    const relative = Y.createRelativePositionFromJSON(position);
    const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc, false);
    if (absolute === null) return null;
    const { type, index, assoc } = absolute;
    // In a deleted paragraph: gone for everyone (only an undo history may still hold it).
    for (
      let item = type._item;
      item !== null;
      item = (item.parent as Y.AbstractType<unknown>)._item
    ) {
      if (item.deleted) return null;
    }
    const exact = Y.createRelativePositionFromTypeIndex(type, index, index === 0 ? -1 : assoc);
    return relativePositionToAbsolutePosition(doc, fragment, exact, mapping);
  } catch {
    return null; // a malformed position another client stored
  }
}

/**
 * Where the anchored range is now, or null when its text was deleted (the range collapsed or
 * an end can no longer be found).
 */
export function resolveTextAnchor(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  anchor: TextAnchor,
  mapping: AnchorMapping,
): TextRange | null {
  const from = resolveAnchorEnd(doc, fragment, anchor.start, mapping);
  const to = resolveAnchorEnd(doc, fragment, anchor.end, mapping);
  return from !== null && to !== null && from < to ? { from, to } : null;
}

/**
 * The document in `fragment` as a ProseMirror node with the mapping to resolve anchors against,
 * without an editor (tests, headless clients). Like the editor, y-tiptap deletes nodes the
 * schema rejects and merges text it split, so this may change the document: anchorSections
 * reads a copy.
 */
export function proseMirrorSnapshot(
  fragment: Y.XmlFragment,
  schema: Schema,
): { node: ProseMirrorNode; mapping: AnchorMapping } {
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  return { node: doc, mapping: mapping as AnchorMapping };
}

/** The text of a range as a thread quotes it: blocks separated by spaces, cut to the limit. */
export function quoteOf(node: ProseMirrorNode, from: number, to: number): string {
  return node
    .textBetween(from, to, ' ', ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUOTE_LENGTH);
}

/** Where a text thread sits, for lists in document order and the ledger. */
export interface AnchorPlace {
  /** Text of the heading the anchor starts in or the nearest one before it; null if none. */
  readonly section: string | null;
  /** True when the anchored text was deleted. */
  readonly deleted: boolean;
  /** Start of the range (or where the deleted text was); null when it cannot be found. */
  readonly from: number | null;
}

/** The headings of `node` with their positions, in document order. */
function headingsOf(node: ProseMirrorNode): Array<{ pos: number; text: string }> {
  const headings: Array<{ pos: number; text: string }> = [];
  node.descendants((child, pos) => {
    if (child.type.name === 'heading') {
      headings.push({ pos, text: child.textContent.trim() });
      return false;
    }
    return true;
  });
  return headings;
}

/**
 * The place of every text-anchored thread of a rich-text document (threads on table cells are
 * left out): its section, whether its text was deleted, and its start. `source` is only read.
 */
export function anchorSections(source: Y.Doc, schema: Schema): Map<string, AnchorPlace> {
  // A copy, so reading never writes to the document (see proseMirrorSnapshot).
  const doc = new Y.Doc({ gc: source.gc });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const { node, mapping } = proseMirrorSnapshot(fragment, schema);
  const headings = headingsOf(node);
  const places = new Map<string, AnchorPlace>();
  for (const thread of readThreads(doc)) {
    if (thread.anchor.kind !== 'text') continue;
    const range = resolveTextAnchor(doc, fragment, thread.anchor, mapping);
    const from = range?.from ?? resolveAnchorEnd(doc, fragment, thread.anchor.start, mapping);
    let section: string | null = null;
    if (from !== null) {
      for (const heading of headings) {
        if (heading.pos >= from) break;
        section = heading.text;
      }
    }
    places.set(thread.id, { section, deleted: range === null, from });
  }
  doc.destroy();
  return places;
}
