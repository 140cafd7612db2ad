/**
 * The y-protocols messages the benchmark clients send and read. Written over lib0 by hand
 * (rather than through y-protocols' Y.Doc-bound helpers) so that thousands of clients can
 * share pre-encoded frames and read a frame's header without decoding its payload.
 * The framing around these messages (document-name prefix or not) is the adapters' job.
 */
import * as encoding from 'lib0/encoding';

/** First varuint of a y-protocols message. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** Second varuint of a sync message. */
export const SyncStep = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** The state vector of an empty document. */
export const EMPTY_STATE_VECTOR: Uint8Array = Uint8Array.of(0);

/** A Yjs update with nothing in it: the answer of a client that has nothing to add. */
export const EMPTY_UPDATE: Uint8Array = Uint8Array.of(0, 0);

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: "here is what I have", answered with the missing part as step 2. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step1, stateVector);
}

/** Sync step 2: the update the other side lacks. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step2, update);
}

/** A sync update message carrying one Yjs update. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.update, update);
}

/** An awareness message carrying one encoded awareness update. */
export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** The y-protocols awareness update of one client: count, client id, clock, JSON state. */
export function encodeAwarenessUpdate(
  clientId: number,
  clock: number,
  stateJson: string,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, stateJson);
  return encoding.toUint8Array(encoder);
}

/** A read position in a received frame; reading past the end throws. */
export class Cursor {
  /** Next byte to read. */
  pos: number;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
  ) {
    this.pos = start;
  }

  /** Reads one lib0 varuint (up to 2^53). */
  readVarUint(): number {
    let value = 0;
    let multiplier = 1;
    for (let i = 0; i < 8; i++) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new RangeError('varuint runs past the end of the frame');
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
    throw new RangeError('varuint too long');
  }

  /** Reads a length-prefixed byte array and returns its [start, end) bounds in the frame. */
  readVarUint8ArrayBounds(): [number, number] {
    const length = this.readVarUint();
    const start = this.pos;
    const end = start + length;
    if (end > this.bytes.length) throw new RangeError('byte array runs past the end of the frame');
    this.pos = end;
    return [start, end];
  }
}
