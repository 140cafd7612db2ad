/**
 * Whether a Yjs update would change a document: it brings an item the document does not have,
 * or deletes an item that is not deleted yet. Clients re-send known content and their whole
 * delete set during every handshake, so a read-only connection's harmless no-op updates must
 * be told apart from real changes. Looks only at the update's own ranges; O(update).
 */
import * as Y from 'yjs';

/** True when applying `update` to `doc` would change it. */
export function updateHasEffect(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const stateVector = Y.getState;
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > stateVector(doc.store, struct.id.client)) return true;
  }
  for (const [client, ranges] of ds.clients) {
    const known = doc.store.clients.get(client);
    for (const range of ranges) {
      const end = range.clock + range.len;
      if (!known || end > stateVector(doc.store, client)) return true;
      let index = Y.findIndexSS(known, range.clock);
      for (let struct = known[index]; struct && struct.id.clock < end; struct = known[++index]) {
        if (!struct.deleted) return true;
      }
    }
  }
  return false;
}
