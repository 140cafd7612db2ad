/**
 * The vocabulary of write rules: what one Yjs update would change, described as paths from a
 * root type down to the changed entry, with handles on the types along the way. It is the
 * contract between describeUpdate (which reads updates) and the rules of each document kind
 * (which never see Yjs internals), so both can be tested on their own.
 *
 * Path convention: the first segment is the root type's name (`doc.get(name)`); each further
 * segment says where the next thing sits inside the type before it: a string for a map key
 * (Y.Map entries, XmlElement attributes) and the SEQUENCE marker for a position in a sequence
 * (Y.Text / Y.XmlText characters, embeds and formatting marks, Y.Array elements, XmlFragment /
 * XmlElement children). Positions carry no index: an index is costly to compute and means
 * nothing to a rule. So setting `title` on the map stored at key `t1` of root map `threads` is
 * `['threads', 't1', 'title']`, and typing in the first paragraph of the Tiptap fragment is
 * `['default', SEQUENCE, SEQUENCE]` (fragment → paragraph element → its XmlText).
 */

/** Marks a position inside a sequence in a path (see the module note). */
export const SEQUENCE: unique symbol = Symbol('sequence position');

/** One step of a path: a map key, or a position in a sequence. */
export type PathSegment = string | typeof SEQUENCE;

/** Which Yjs type a node is; `unknown` for a root type nobody has asked for by kind yet. */
export type TypeKind =
  'map' | 'array' | 'text' | 'xmlFragment' | 'xmlElement' | 'xmlText' | 'xmlHook' | 'unknown';

/**
 * A Yjs type on the path of a change, readable by rules without touching Yjs: either a type in
 * the document or one that the update creates.
 */
export interface TypeNode {
  /** True when this update creates the type (it is not in the document yet). */
  readonly isNew: boolean;
  readonly kind: TypeKind;
  /** The element name of an XmlElement or XmlHook, else null. */
  readonly nodeName: string | null;
  /** True when this update deletes the type (and with it everything inside). */
  readonly deletedByUpdate: boolean;
  /**
   * The value of map entry `key` in the document before the update: a plain value, a TypeNode
   * for a nested type, or undefined when there is none. Always undefined for new types.
   */
  existing(key: string): unknown;
  /**
   * Every value this update inserts at map entry `key` of this type, in update order (plain
   * values, strings, or TypeNodes for new nested types). Usually one; a hand-made update can
   * carry several competing ones, so rules should check them all.
   */
  proposed(key: string): readonly unknown[];
}

/** What an insert brings. */
export type InsertedContent =
  /** Plain values: JSON-like values (Y.Map entries, Y.Array elements), embeds, binary. */
  | { readonly kind: 'value'; readonly values: readonly unknown[] }
  /** Characters of a Y.Text or Y.XmlText. */
  | { readonly kind: 'text'; readonly text: string }
  /** A formatting mark in a Y.Text or Y.XmlText (starts or ends a format). */
  | { readonly kind: 'format'; readonly key: string; readonly value: unknown }
  /** A new nested type; its contents come as further inserts under it. */
  | { readonly kind: 'type'; readonly node: TypeNode }
  /** A subdocument. */
  | { readonly kind: 'subdocument'; readonly guid: string }
  /** Content that was deleted before it was sent: it takes a place but shows nothing. */
  | { readonly kind: 'deleted'; readonly length: number };

interface EffectBase {
  /** Where the change is: root name, then keys and SEQUENCE markers, ending at the change. */
  readonly path: readonly PathSegment[];
  /**
   * The types along the path: `containers[i]` is the type that `path.slice(0, i + 1)` leads
   * to, so the last one holds the change. Always `path.length - 1` long.
   */
  readonly containers: readonly TypeNode[];
}

/** Something the update inserts. */
export interface InsertEffect extends EffectBase {
  readonly kind: 'insert';
  readonly content: InsertedContent;
}

/**
 * Something the update deletes that is in the document and not deleted yet. A map insert over
 * a live entry also reports that entry as deleted, since Yjs removes it implicitly.
 */
export interface DeleteEffect extends EffectBase {
  readonly kind: 'delete';
  /** The deleted nested type (deleting it deletes all it holds), or null for plain content. */
  readonly node: TypeNode | null;
}

/** One change an update would make. */
export type UpdateEffect = InsertEffect | DeleteEffect;

/** The type an effect itself inserts or deletes, if it is a type. */
export function effectNode(effect: UpdateEffect): TypeNode | null {
  if (effect.kind === 'delete') return effect.node;
  return effect.content.kind === 'type' ? effect.content.node : null;
}

/** A path for people and logs: `threads/t1/comments/[]/body`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment) => (segment === SEQUENCE ? '[]' : segment)).join('/');
}
