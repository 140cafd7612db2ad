/**
 * A document held as its encoded state while nobody changes it. A loaded Y.Doc takes about
 * five times its encoded size in memory (an 11 KB document: 62 KB of Yjs items, IDs and
 * strings), yet a room whose people only read needs none of it: the handshake asks for the
 * state vector, for what a state vector is missing, and whether the client's reply adds
 * anything. All three are answered from the encoded state, so a room builds its Y.Doc only
 * when a real change arrives.
 */
import * as Y from 'yjs';

/** A Yjs update with no items and no deletions. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);

function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/** Encoded Yjs state with the handshake's answers computed from it. */
export class EncodedDocument {
  private stateVector: Uint8Array | null = null;
  private snapshot: Y.Snapshot | null = null;
  /** The answer to a client that has every item: no items, the whole delete set. */
  private deletionsOnly: Uint8Array | null = null;

  /** `state` is one Yjs update (v1) holding the whole document. */
  constructor(readonly state: Uint8Array) {}

  /** An encoded document built from the updates of a stored log, in order. */
  static fromUpdates(updates: readonly Uint8Array[]): EncodedDocument {
    if (updates.length === 0) return new EncodedDocument(EMPTY_UPDATE);
    if (updates.length === 1) return new EncodedDocument(updates[0]!);
    return new EncodedDocument(Y.mergeUpdates(updates as Uint8Array[]));
  }

  /** The encoded state vector, as sync step 1 sends it. */
  encodedStateVector(): Uint8Array {
    this.stateVector ??= Y.encodeStateVectorFromUpdate(this.state);
    return this.stateVector;
  }

  /**
   * What the holder of `stateVector` is missing (the whole state for an empty one). A client
   * that has every item (a reconnecting tab) gets the delete set, computed once: a diff reads
   * the whole state, which a crowd reconnecting at once would otherwise do once each.
   */
  missingFrom(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.length === 1 && stateVector[0] === 0;
    if (empty) return this.state;
    if (this.coveredBy(Y.decodeStateVector(stateVector))) {
      if (!this.deletionsOnly) {
        const deletions = Y.diffUpdate(this.state, this.encodedStateVector());
        // Most documents held this way have no deletions: share one empty update.
        this.deletionsOnly = isEmptyUpdate(deletions) ? EMPTY_UPDATE : deletions;
      }
      return this.deletionsOnly;
    }
    return Y.diffUpdate(this.state, stateVector);
  }

  /**
   * Whether applying `update` would change nothing: every item it brings is known and every
   * deletion it carries is already made (a handshake's reply from an up-to-date client).
   */
  contains(update: Uint8Array): boolean {
    if (isEmptyUpdate(update)) return true;
    const clocks = this.clockMap();
    // A new item is a change; checked first, as it needs no decoding of the state.
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock > (clocks.get(client) ?? 0)) return false;
    }
    this.snapshot ??= Y.createSnapshot(Y.decodeUpdate(this.state).ds, clocks);
    return Y.snapshotContainsUpdate(this.snapshot, update);
  }

  /** Whether a client with `theirs` has every item of this document. */
  private coveredBy(theirs: Map<number, number>): boolean {
    for (const [client, clock] of this.clockMap()) {
      if ((theirs.get(client) ?? 0) < clock) return false;
    }
    return true;
  }

  /** The state vector as a map (decoded when needed: a few bytes, not worth keeping). */
  private clockMap(): Map<number, number> {
    return Y.decodeStateVector(this.encodedStateVector());
  }

  /** A new Y.Doc holding the state, the changes it applies carrying `origin`. */
  toDoc(origin: unknown): Y.Doc {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, this.state, origin);
    return doc;
  }
}
