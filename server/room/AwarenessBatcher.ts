/**
 * Relays a room's awareness changes in batches (SPEC S4). Relaying every caret move at once
 * costs one frame per move and receiver: 200 people moving 10 times a second are 400,000
 * frames a second, more than a server can write, so it falls behind by seconds. Instead the
 * client ids that changed are collected for a short window and then every connection gets the
 * same awareness frame with the latest state of each of them, built (and compressed) once. A
 * connection's own states are in it too: a client ignores a state of its own whose clock it
 * already has. A connection whose states are all that changed gets nothing. Removals (a closed
 * connection, a timed-out state) travel the same way, as null states with their clock, so stock
 * clients apply them as usual.
 */
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { MessageType } from '../../shared/protocol/messageTypes';
import type { RoomConnection } from './RoomConnection';

/** An awareness batcher of one room. */
export class AwarenessBatcher {
  /** Client ids changed since the last flush, with the connection that changed each last. */
  private readonly pending = new Map<number, RoomConnection | null>();
  private timer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | null = null;
  private destroyed = false;

  /**
   * @param awareness the room's awareness, read at flush time (so the latest state wins)
   * @param recipients the room's open connections at flush time
   * @param windowMs how long changes are collected; 0: until the end of the event-loop turn
   */
  constructor(
    private readonly awareness: Awareness,
    private readonly recipients: () => Iterable<RoomConnection>,
    private readonly windowMs: number,
  ) {}

  /** Notes that `ids` changed, by `origin` (null: by the server, e.g. a removal). */
  add(ids: Iterable<number>, origin: RoomConnection | null): void {
    if (this.destroyed) return;
    for (const id of ids) {
      // Re-inserting keeps the order of the latest changes; the latest origin decides.
      this.pending.delete(id);
      this.pending.set(id, origin);
    }
    if (this.pending.size > 0 && this.timer === null) this.schedule();
  }

  /** Sends everything collected now. */
  flush(): void {
    this.cancel();
    if (this.pending.size === 0) return;
    const entries: Uint8Array[] = [];
    /** How many of the entries each connection published itself. */
    const ownCounts = new Map<RoomConnection, number>();
    for (const [id, origin] of this.pending) {
      if (origin !== null) ownCounts.set(origin, (ownCounts.get(origin) ?? 0) + 1);
      entries.push(this.encodeEntry(id));
    }
    this.pending.clear();
    // One frame for everyone, so it is encoded (and compressed) once.
    const frame = encodeFrame(entries);
    for (const connection of this.recipients()) {
      if (ownCounts.get(connection) === entries.length) continue;
      if (connection.sendShared) connection.sendShared(frame);
      else connection.send(frame);
    }
  }

  /** Drops whatever is collected and stops the timer; nothing is sent afterwards. */
  destroy(): void {
    this.destroyed = true;
    this.cancel();
    this.pending.clear();
  }

  private schedule(): void {
    this.timer =
      this.windowMs > 0
        ? setTimeout(() => this.flush(), this.windowMs)
        : setImmediate(() => this.flush());
  }

  private cancel(): void {
    if (this.timer === null) return;
    if (this.windowMs > 0) clearTimeout(this.timer as ReturnType<typeof setTimeout>);
    else clearImmediate(this.timer as ReturnType<typeof setImmediate>);
    this.timer = null;
  }

  /** One entry of an awareness update: client id, clock, JSON state (null once removed). */
  private encodeEntry(id: number): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, this.awareness.meta.get(id)?.clock ?? 0);
    encoding.writeVarString(encoder, JSON.stringify(this.awareness.getStates().get(id) ?? null));
    return encoding.toUint8Array(encoder);
  }
}

/**
 * An awareness frame (y-websocket's: message type, then the update as a length-prefixed byte
 * array) of `entries`, written into one buffer of exact size.
 */
function encodeFrame(entries: readonly Uint8Array[]): Uint8Array {
  let entryBytes = 0;
  for (const entry of entries) entryBytes += entry.byteLength;
  const updateBytes = varUintLength(entries.length) + entryBytes;
  const frame = new Uint8Array(
    varUintLength(MessageType.awareness) + varUintLength(updateBytes) + updateBytes,
  );
  let offset = writeVarUint(frame, 0, MessageType.awareness);
  offset = writeVarUint(frame, offset, updateBytes);
  offset = writeVarUint(frame, offset, entries.length);
  for (const entry of entries) {
    frame.set(entry, offset);
    offset += entry.byteLength;
  }
  return frame;
}

/** Bytes of `value` written as a lib0 varuint. */
function varUintLength(value: number): number {
  let length = 1;
  while (value > 0x7f) {
    value = Math.floor(value / 128);
    length += 1;
  }
  return length;
}

/** Writes `value` as a lib0 varuint at `offset`; returns the offset after it. */
function writeVarUint(target: Uint8Array, offset: number, value: number): number {
  while (value > 0x7f) {
    target[offset++] = 0x80 | (value & 0x7f);
    value = Math.floor(value / 128);
  }
  target[offset++] = value;
  return offset;
}
