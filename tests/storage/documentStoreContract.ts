/**
 * The contract every DocumentStore must meet (SPEC P1–P5). Each implementation's test file
 * calls runDocumentStoreContract with a factory; a store that passes can replace another
 * without touching room code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentStore } from '../../server/storage/DocumentStore';

/** Makes a store; `reopen` makes a new store over the same persisted data where that exists. */
export interface StoreFactory {
  create(now?: () => number): Promise<DocumentStore>;
  /** A second store over the same data as the last created one, or null for memory stores. */
  reopen: (() => Promise<DocumentStore>) | null;
}

function textUpdate(text: string, clientID = 1): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

/** Runs the contract suite against one implementation. */
export function runDocumentStoreContract(label: string, factory: StoreFactory): void {
  describe(`DocumentStore contract: ${label}`, () => {
    const opened: DocumentStore[] = [];
    const open = async (now?: () => number) => {
      const store = await factory.create(now);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    it('P1: an unknown document loads empty', async () => {
      const store = await open();
      expect(await store.load('nothing-here')).toEqual({ updates: [], lastSeq: 0 });
    });

    it('P2: appended updates load back in order, per document, with increasing seqs', async () => {
      const store = await open();
      const first = await store.append([
        { name: 'a', update: new Uint8Array([1]) },
        { name: 'b', update: new Uint8Array([2]) },
      ]);
      const second = await store.append([{ name: 'a', update: new Uint8Array([3]) }]);
      expect(first[1]!).toBeGreaterThan(first[0]!);
      expect(second[0]!).toBeGreaterThan(first[1]!);
      const a = await store.load('a');
      expect(a.updates.map((u) => [...u])).toEqual([[1], [3]]);
      expect(a.lastSeq).toBe(second[0]);
      expect((await store.load('b')).updates.map((u) => [...u])).toEqual([[2]]);
      expect(await store.append([])).toEqual([]);
    });

    it('P3: compaction replaces the log up to a seq and keeps later updates', async () => {
      const store = await open();
      const [s1] = await store.append([{ name: 'doc', update: textUpdate('hello', 1) }]);
      const [s2] = await store.append([{ name: 'doc', update: textUpdate('world', 2) }]);
      await store.compact('doc', textUpdate('hello', 1), s1!);
      let loaded = await store.load('doc');
      expect(loaded.updates).toHaveLength(2);
      expect(loaded.lastSeq).toBe(s2);
      expect(textOf(loaded.updates)).toBe(textOf([textUpdate('hello', 1), textUpdate('world', 2)]));

      const merged = Y.mergeUpdates(loaded.updates as Uint8Array[]);
      await store.compact('doc', merged, s2!);
      loaded = await store.load('doc');
      expect(loaded.updates).toHaveLength(1);
      expect(loaded.lastSeq).toBe(s2);
      expect(textOf(loaded.updates)).toBe(textOf([merged]));
    });

    it('P3: a stale compaction never moves the compacted seq backwards', async () => {
      const store = await open();
      const [s1] = await store.append([{ name: 'doc', update: textUpdate('a', 1) }]);
      const [s2] = await store.append([{ name: 'doc', update: textUpdate('b', 2) }]);
      await store.compact('doc', Y.mergeUpdates([textUpdate('a', 1), textUpdate('b', 2)]), s2!);
      await store.compact('doc', textUpdate('a', 1), s1!);
      const loaded = await store.load('doc');
      expect(loaded.lastSeq).toBe(s2);
    });

    it('P4: list gives every stored document with its last change time', async () => {
      let clock = 1000;
      const store = await open(() => clock);
      await store.append([{ name: 'x', update: new Uint8Array([1]) }]);
      clock = 2000;
      await store.append([{ name: 'y', update: new Uint8Array([1]) }]);
      expect(await store.list()).toEqual([
        { name: 'x', updatedAt: 1000 },
        { name: 'y', updatedAt: 2000 },
      ]);
    });

    const reopen = factory.reopen;
    if (!reopen) return;
    it('P5: data survives closing and reopening the store', async () => {
      const store = await open();
      await store.append([{ name: 'kept', update: textUpdate('durable') }]);
      await store.close();
      opened.splice(opened.indexOf(store), 1);
      const again = await reopen();
      opened.push(again);
      expect(textOf((await again.load('kept')).updates)).toBe('durable');
    });
  });
}
