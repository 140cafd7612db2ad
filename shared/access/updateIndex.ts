/**
 * Finds the struct behind an ID in "the document plus one update", the way Yjs will see them
 * while it integrates the update, without applying anything. Also refuses updates that Yjs
 * would only partly apply: when a client's structs do not follow on from what the document
 * has (a gap), Yjs keeps them pending and applies them later, after the verdict, so they
 * could not be judged against the document they would really change.
 */
import * as Y from 'yjs';

/** A struct found by ID: in the document, or new in the update. */
export interface Found {
  readonly struct: Y.Item | Y.GC;
  readonly inDoc: boolean;
}

/** Lookups over a document and one decoded update. */
export interface UpdateIndex {
  /** The struct holding `id` (it may start before it); null when neither side has it. */
  find(id: Y.ID): Found | null;
  /** The clock after the last struct of `client` in the document or the update. */
  end(client: number): number;
  /** Calls `visit` with each of the update's new items that overlap `[from, to)` of `client`. */
  forEachNewItem(client: number, from: number, to: number, visit: (item: Y.Item) => void): void;
}

/** Indexes `structs` (as decoded from one update) over `doc`; null when they leave a gap. */
export function indexUpdate(
  doc: Y.Doc,
  structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>,
): UpdateIndex | null {
  const byClient = new Map<number, Array<Y.Item | Y.GC>>();
  let skipped = false;
  let current: Array<Y.Item | Y.GC> | null = null;
  let currentClient = -1;
  for (const struct of structs) {
    const client = struct.id.client;
    if (client !== currentClient) {
      // A client written twice would be read as one by Yjs; nothing produces it.
      if (byClient.has(client)) return null;
      if (struct.id.clock > Y.getState(doc.store, client)) return null;
      current = [];
      byClient.set(client, current);
      currentClient = client;
      skipped = false;
    }
    if (struct instanceof Y.Skip) {
      skipped = true;
    } else {
      if (skipped) return null;
      current!.push(struct);
    }
  }

  return new StructIndex(doc, byClient);
}

/** Where `clock` is in `list` (sorted, contiguous structs of one client), or -1. */
function findNew(list: ReadonlyArray<Y.Item | Y.GC>, clock: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const struct = list[mid]!;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return mid;
  }
  return -1;
}

class StructIndex implements UpdateIndex {
  constructor(
    private readonly doc: Y.Doc,
    private readonly byClient: ReadonlyMap<number, ReadonlyArray<Y.Item | Y.GC>>,
  ) {}

  find(id: Y.ID): Found | null {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      return { struct: Y.getItem(this.doc.store, id) as Y.Item | Y.GC, inDoc: true };
    }
    const list = this.byClient.get(id.client);
    const at = list ? findNew(list, id.clock) : -1;
    return at < 0 ? null : { struct: list![at]!, inDoc: false };
  }

  end(client: number): number {
    const list = this.byClient.get(client);
    const last = list?.[list.length - 1];
    const docEnd = Y.getState(this.doc.store, client);
    return last ? Math.max(docEnd, last.id.clock + last.length) : docEnd;
  }

  forEachNewItem(client: number, from: number, to: number, visit: (item: Y.Item) => void): void {
    const list = this.byClient.get(client);
    if (!list) return;
    for (let at = findNew(list, from); at >= 0 && at < list.length; at++) {
      const struct = list[at]!;
      if (struct.id.clock >= to) break;
      if (struct instanceof Y.Item) visit(struct);
    }
  }
}
