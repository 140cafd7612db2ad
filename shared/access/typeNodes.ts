/**
 * The TypeNodes of one describeUpdate call: one object per Yjs type met on the way, whether it
 * is in the document or created by the update, and each node's path from its root. Paths are
 * computed once per node and shared by every effect under it, so describing a large paste costs
 * one walk to the root, not one per character. Reads the document; never changes it.
 */
import * as Y from 'yjs';
import { SEQUENCE, type PathSegment, type TypeKind, type TypeNode } from './updateEffect';

/**
 * The longest effect path traced. Real documents nest a few dozen levels (lists in tables in
 * lists); without a bound, a small hostile update nesting thousands of types would cost
 * quadratic time and memory. Deeper changes cannot be traced, so restricted connections cannot
 * make them.
 */
export const MAX_PATH_LENGTH = 256;

/** A path from the root to a node, and the nodes along it (the node last). */
export interface NodeChain {
  readonly path: readonly PathSegment[];
  readonly containers: readonly TypeNode[];
}

/** Where an item sits: in which type, under which map key (null: in the sequence). */
export interface Location {
  readonly parent: NodeImpl;
  readonly sub: string | null;
}

/** The registry's own view of a node. */
export interface NodeImpl extends TypeNode {
  deletedByUpdate: boolean;
  /** Values inserted per map key by the update being described. */
  readonly proposals: Map<string, unknown[]>;
  /** The type in the document, or null (created by the update, or a root not created yet). */
  readonly type: Y.AbstractType<unknown> | null;
}

/** Creates and caches nodes for one described update. */
export interface NodeRegistry {
  /** The root type called `name` (it may not exist in the document yet). */
  root(name: string): NodeImpl;
  /** A type that is in the document. */
  existing(type: Y.AbstractType<unknown>): NodeImpl;
  /** The type created by `item` of the update (whose content is a ContentType). */
  created(item: Y.Item): NodeImpl;
  /** The node's path, or null when it cannot be traced to a root. */
  chainOf(node: NodeImpl): NodeChain | null;
}

/** Which Yjs type `type` is (subclasses first). */
export function kindOf(type: Y.AbstractType<unknown>): TypeKind {
  if (type instanceof Y.XmlText) return 'xmlText';
  if (type instanceof Y.Text) return 'text';
  if (type instanceof Y.XmlElement) return 'xmlElement';
  if (type instanceof Y.XmlFragment) return 'xmlFragment';
  if (type instanceof Y.XmlHook) return 'xmlHook';
  if (type instanceof Y.Map) return 'map';
  if (type instanceof Y.Array) return 'array';
  return 'unknown';
}

function nodeNameOf(type: Y.AbstractType<unknown> | null): string | null {
  if (type instanceof Y.XmlElement) return type.nodeName;
  if (type instanceof Y.XmlHook) return type.hookName;
  return null;
}

/** The value an item holds as a map entry (the last of its content), TypeNodes for types. */
export function itemValue(item: Y.Item, registry: NodeRegistry): unknown {
  const content = item.content;
  if (content instanceof Y.ContentType) return registry.existing(content.type);
  const values = content.getContent();
  return values[values.length - 1];
}

/** One node; methods live on the prototype, so making nodes stays cheap on every keystroke. */
class NodeState implements NodeImpl {
  readonly isNew: boolean;
  readonly kind: TypeKind;
  readonly nodeName: string | null;
  deletedByUpdate = false;
  readonly proposals = new Map<string, unknown[]>();
  rootName: string | null = null;
  chain: NodeChain | null | undefined = undefined;

  constructor(
    private readonly registry: Registry,
    readonly type: Y.AbstractType<unknown> | null,
    /** The update's item that creates the type (new nodes only). */
    readonly item: Y.Item | null,
  ) {
    const shown = type ?? (item?.content as Y.ContentType | undefined)?.type ?? null;
    this.isNew = item !== null;
    this.kind = shown ? kindOf(shown) : 'unknown';
    this.nodeName = nodeNameOf(shown);
  }

  existing(key: string): unknown {
    const entry = this.type?._map.get(key);
    return entry && !entry.deleted ? itemValue(entry, this.registry) : undefined;
  }

  proposed(key: string): readonly unknown[] {
    return this.proposals.get(key) ?? [];
  }
}

class Registry implements NodeRegistry {
  private readonly byType = new Map<Y.AbstractType<unknown>, NodeState>();
  private readonly byItem = new Map<Y.Item, NodeState>();
  private readonly missingRoots = new Map<string, NodeState>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly locate: (item: Y.Item) => Location | null,
  ) {}

  root(name: string): NodeState {
    const type = this.doc.share.get(name) as Y.AbstractType<unknown> | undefined;
    let node = type ? this.existing(type) : this.missingRoots.get(name);
    if (!node) this.missingRoots.set(name, (node = new NodeState(this, null, null)));
    node.rootName = name;
    return node;
  }

  existing(type: Y.AbstractType<unknown>): NodeState {
    let node = this.byType.get(type);
    if (!node) this.byType.set(type, (node = new NodeState(this, type, null)));
    return node;
  }

  created(item: Y.Item): NodeState {
    let node = this.byItem.get(item);
    if (!node) this.byItem.set(item, (node = new NodeState(this, null, item)));
    return node;
  }

  chainOf(start: NodeImpl): NodeChain | null {
    // Iterative, so a deeply nested (or hostile) update cannot overflow the stack.
    const pending: Array<{ node: NodeState; sub: string | null }> = [];
    const seen = new Set<NodeState>();
    let node = start as NodeState;
    while (node.chain === undefined) {
      if (seen.has(node) || pending.length >= MAX_PATH_LENGTH) {
        node.chain = null;
        break;
      }
      seen.add(node);
      const step = this.up(node);
      if (step === 'root') {
        node.chain = { path: [node.rootName as string], containers: [node] };
      } else if (step === null) {
        node.chain = null;
      } else {
        pending.push({ node, sub: step.sub });
        node = step.parent as NodeState;
      }
    }
    let chain = node.chain;
    for (let i = pending.length - 1; i >= 0; i--) {
      const { node: child, sub } = pending[i]!;
      // A node's path leaves room for the key of a change inside it.
      if (chain && chain.path.length >= MAX_PATH_LENGTH - 1) chain = null;
      chain = chain && {
        path: [...chain.path, sub ?? SEQUENCE],
        containers: [...chain.containers, child],
      };
      child.chain = chain;
    }
    return (start as NodeState).chain ?? null;
  }

  /** The node's parent and key, 'root' at a root, null when unknown. */
  private up(node: NodeState): Location | 'root' | null {
    if (node.rootName !== null) return 'root';
    if (node.item) return this.locate(node.item);
    const item = node.type?._item;
    if (!item) {
      try {
        node.rootName = Y.findRootTypeKey(node.type as Y.AbstractType<unknown>);
        return 'root';
      } catch {
        return null;
      }
    }
    const parent = item.parent;
    return parent instanceof Y.AbstractType
      ? { parent: this.existing(parent as Y.AbstractType<unknown>), sub: item.parentSub }
      : null;
  }
}

/**
 * A registry over `doc`. `locate` finds where a new type's item will sit (null when unknown);
 * it is how new nodes reach their parents.
 */
export function createNodeRegistry(
  doc: Y.Doc,
  locate: (item: Y.Item) => Location | null,
): NodeRegistry {
  return new Registry(doc, locate);
}
