/**
 * Says what a Yjs update would change in a document, before it is applied: every inserted
 * item and every deleted item, each with its path from the root type (see updateEffect.ts).
 * The server judges an update from a restricted connection on this description, so the live
 * document must not change before the verdict: nothing here applies, splits or copies. The cost
 * is proportional to the update, plus one walk to the root per distinct parent type.
 *
 * It follows what Yjs will do when integrating: an item's parent is given (a root name or the
 * ID of an item holding a type) or inherited from its left, else right, neighbour; neighbours
 * and parents may be in the document or new in the same update. Items whose neighbour or parent
 * was garbage-collected are dropped by Yjs and change nothing, so they are not reported.
 * Content the document already has is skipped, so handshakes that re-send it describe nothing.
 */
import * as Y from 'yjs';
import { createNodeRegistry, type Location, type NodeImpl, type NodeRegistry } from './typeNodes';
import { SEQUENCE, type InsertedContent, type UpdateEffect } from './updateEffect';
import { indexUpdate, type Found, type UpdateIndex } from './updateIndex';

/** Yjs will turn the item into a GC struct: it changes nothing. */
const GONE = 'gone';
/** Where an item goes: a location, GONE, or null when it cannot be known. */
type Resolution = Location | typeof GONE | null;

/**
 * What applying `update` to `doc` would change, without applying it; null when the update
 * refers to something that is neither in the document nor in the update (or leaves a gap),
 * which a caller should treat as "cannot be judged".
 */
export function describeUpdate(doc: Y.Doc, update: Uint8Array): UpdateEffect[] | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return null;
  }
  const index = indexUpdate(doc, decoded.structs);
  if (!index) return null;
  const memo = new Map<Y.Item, Resolution>();
  const registry: NodeRegistry = createNodeRegistry(doc, (item) => {
    const where = resolve(item, index, registry, memo);
    return where === GONE ? null : where;
  });
  const effects: UpdateEffect[] = [];
  const deleted = createDeleteReporter(registry, effects);

  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const offset = Math.max(0, Y.getState(doc.store, struct.id.client) - struct.id.clock);
    if (offset >= struct.length) continue;
    const where = resolve(struct, index, registry, memo);
    if (where === null) return null;
    if (where === GONE) continue;
    const chain = registry.chainOf(where.parent);
    const content = insertedContent(struct, offset, registry);
    if (!chain || !content) return null;
    effects.push({
      kind: 'insert',
      path: [...chain.path, where.sub ?? SEQUENCE],
      containers: chain.containers,
      content,
    });
    if (where.sub !== null) {
      proposeValue(where.parent, where.sub, content);
      // Yjs deletes the entry's current value when the new one lands after it.
      const current = where.parent.type?._map.get(where.sub);
      if (current && !current.deleted && !deleted(current)) return null;
    }
  }

  for (const [client, ranges] of decoded.ds.clients) {
    const docEnd = Y.getState(doc.store, client);
    const structs = doc.store.clients.get(client);
    for (const { clock, len } of ranges) {
      const end = clock + len;
      if (end > index.end(client)) return null;
      if (structs && clock < docEnd) {
        const stop = Math.min(end, docEnd);
        for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
          const struct = structs[i]!;
          if (struct.id.clock >= stop) break;
          if (struct instanceof Y.Item && !struct.deleted && !deleted(struct)) return null;
        }
      }
      if (end > docEnd) {
        // Deleting what the same update inserts: the insert is judged already.
        index.forEachNewItem(client, Math.max(clock, docEnd), end, (item) => {
          if (item.content instanceof Y.ContentType) registry.created(item).deletedByUpdate = true;
        });
      }
    }
  }
  return effects;
}

/** Reports deletions of document items once per item holding a type, else once per place. */
function createDeleteReporter(
  registry: NodeRegistry,
  effects: UpdateEffect[],
): (item: Y.Item) => boolean {
  const seenItems = new Set<Y.Item>();
  const seenPlaces = new Map<NodeImpl, Set<string | typeof SEQUENCE>>();
  return (item) => {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return false;
    const parentNode = registry.existing(parent);
    const place = item.parentSub ?? SEQUENCE;
    let node: NodeImpl | null = null;
    if (item.content instanceof Y.ContentType) {
      if (seenItems.has(item)) return true;
      seenItems.add(item);
      node = registry.existing(item.content.type);
      node.deletedByUpdate = true;
    } else {
      let places = seenPlaces.get(parentNode);
      if (!places) seenPlaces.set(parentNode, (places = new Set()));
      if (places.has(place)) return true;
      places.add(place);
    }
    const chain = registry.chainOf(parentNode);
    if (!chain) return false;
    effects.push({
      kind: 'delete',
      path: [...chain.path, place],
      containers: chain.containers,
      node,
    });
    return true;
  };
}

function proposeValue(parent: NodeImpl, key: string, content: InsertedContent): void {
  let value: unknown;
  switch (content.kind) {
    case 'value':
      if (content.values.length === 0) return;
      value = content.values[content.values.length - 1];
      break;
    case 'text':
      value = content.text;
      break;
    case 'type':
      value = content.node;
      break;
    case 'format':
      value = content.value;
      break;
    default:
      return;
  }
  const list = parent.proposals.get(key);
  if (list) list.push(value);
  else parent.proposals.set(key, [value]);
}

/** The part of `item` from `offset` on, as rules see it; null for an unknown content kind. */
function insertedContent(
  item: Y.Item,
  offset: number,
  registry: NodeRegistry,
): InsertedContent | null {
  const content = item.content;
  if (content instanceof Y.ContentString) return { kind: 'text', text: content.str.slice(offset) };
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    return { kind: 'value', values: (content.arr as unknown[]).slice(offset) };
  }
  if (content instanceof Y.ContentType) return { kind: 'type', node: registry.created(item) };
  if (content instanceof Y.ContentFormat) {
    return { kind: 'format', key: content.key, value: content.value };
  }
  if (content instanceof Y.ContentEmbed) return { kind: 'value', values: [content.embed] };
  if (content instanceof Y.ContentBinary) return { kind: 'value', values: [content.content] };
  if (content instanceof Y.ContentDoc) {
    return { kind: 'subdocument', guid: content.doc?.guid ?? '' };
  }
  if (content instanceof Y.ContentDeleted) return { kind: 'deleted', length: content.len - offset };
  return null;
}

/** Resolves `start` and whatever it depends on, without recursion (updates can nest deeply). */
function resolve(
  start: Y.Item,
  index: UpdateIndex,
  registry: NodeRegistry,
  memo: Map<Y.Item, Resolution>,
): Resolution {
  const stack = [start];
  const onStack = new Set(stack);
  while (stack.length > 0) {
    const item = stack[stack.length - 1]!;
    if (!memo.has(item)) {
      const step = resolveStep(item, index, registry, memo);
      if (!(step instanceof Y.Item)) {
        memo.set(item, step);
      } else if (onStack.has(step)) {
        memo.set(item, null); // a cycle: no Yjs client writes one
      } else {
        stack.push(step);
        onStack.add(step);
        continue;
      }
    }
    stack.pop();
    onStack.delete(item);
  }
  return memo.get(start) ?? null;
}

/**
 * Where `item` goes (Yjs `Item.getMissing`), or the new item that must be resolved first.
 * A neighbour or parent Yjs turns into GC makes the item GC too.
 */
function resolveStep(
  item: Y.Item,
  index: UpdateIndex,
  registry: NodeRegistry,
  memo: Map<Y.Item, Resolution>,
): Resolution | Y.Item {
  const left = lookup(item, item.origin, index);
  const right = lookup(item, item.rightOrigin, index);
  const parent = lookup(item, item.parent instanceof Y.ID ? item.parent : null, index);
  if (left === null || right === null || parent === null) return null;
  for (const found of [left, right, parent]) {
    if (found && !found.inDoc && found.struct instanceof Y.Item && !memo.has(found.struct)) {
      return found.struct;
    }
  }
  const leftAt = neighbourLocation(left, registry, memo);
  const rightAt = neighbourLocation(right, registry, memo);
  if (leftAt === null || rightAt === null) return null;
  if (leftAt === GONE || rightAt === GONE) return GONE;
  if (item.parent === null) return leftAt ?? rightAt ?? GONE;
  if (typeof item.parent === 'string') {
    return { parent: registry.root(item.parent), sub: item.parentSub };
  }
  // A parent that was garbage-collected (content gone) or holds no type: Yjs drops the item.
  if (!parent || parent.struct instanceof Y.GC) return GONE;
  const holder = parent.struct;
  if (!(holder.content instanceof Y.ContentType)) return GONE;
  if (parent.inDoc) return { parent: registry.existing(holder.content.type), sub: item.parentSub };
  const holderAt = memo.get(holder) ?? null;
  if (holderAt === null || holderAt === GONE) return holderAt;
  return { parent: registry.created(holder), sub: item.parentSub };
}

/** The struct `item` refers to by `id`: undefined for no reference, null when not there. */
function lookup(item: Y.Item, id: Y.ID | null, index: UpdateIndex): Found | null | undefined {
  if (!id) return undefined;
  // Yjs integrates a client's structs in clock order: a later one is not there yet.
  if (id.client === item.id.client && id.clock >= item.id.clock) return null;
  return index.find(id);
}

/** The location a neighbour passes on (undefined when there is no such neighbour). */
function neighbourLocation(
  found: Found | undefined,
  registry: NodeRegistry,
  memo: Map<Y.Item, Resolution>,
): Resolution | undefined {
  if (!found) return undefined;
  const struct = found.struct;
  if (struct instanceof Y.GC) return GONE;
  if (!found.inDoc) return memo.get(struct) ?? null;
  return struct.parent instanceof Y.AbstractType
    ? { parent: registry.existing(struct.parent), sub: struct.parentSub }
    : null;
}
