/**
 * Websocket framing of outgoing binary messages, done once per message rather than once per
 * receiver. A relayed edit goes to every other connection of a document; `ws` would build a
 * header for each and hand header and payload to the kernel as two buffers. Here the complete
 * frame (RFC 6455 §5.2: FIN, binary opcode, unmasked length, payload) is built once and the
 * same bytes are written to every socket. Several messages relayed together (edits stored in
 * one batch) become one buffer, built once per batch, so each socket gets them in one write.
 * A message many receive (a room's awareness batch) can also be compressed once for every
 * socket that negotiated permessage-deflate (RFC 7692) without context takeover.
 */
import { constants, deflateRawSync } from 'node:zlib';

/** Frames of messages still referenced, so a message sent to many is framed once. */
const framed = new WeakMap<Uint8Array, Buffer>();

/** The complete server-to-client websocket frame carrying `message` as one binary message. */
export function binaryFrame(message: Uint8Array): Buffer {
  const cached = framed.get(message);
  if (cached) return cached;
  const frame = frameWithPayload(message, false);
  framed.set(message, frame);
  return frame;
}

/** FIN + opcode 2 (binary), and RSV1 marking a compressed payload (RFC 7692 §6). */
const BINARY = 0x82;
const COMPRESSED = 0x40;

/** A complete frame around `payload`, compressed or not. */
function frameWithPayload(payload: Uint8Array, compressed: boolean): Buffer {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = compressed ? BINARY | COMPRESSED : BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 0x1_0000_0000), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(payload, headerBytes);
  return frame;
}

/** Compressed frames of messages still referenced, with the window they were made for. */
const deflated = new WeakMap<Uint8Array, { windowBits: number; frame: Buffer }>();

/**
 * The frame carrying `message` compressed as permessage-deflate without context takeover, for
 * a peer that allows a window of `windowBits`; built once per message. A message that would
 * not shrink (or a window too small for zlib) is framed uncompressed, which the extension allows.
 */
export function deflatedFrame(message: Uint8Array, windowBits: number): Buffer {
  // zlib's raw deflate cannot keep to a window of 8 bits.
  if (windowBits < 9) return binaryFrame(message);
  const cached = deflated.get(message);
  if (cached && cached.windowBits === windowBits) return cached.frame;
  // RFC 7692 §7.2.1: flush to a byte boundary, then drop the empty block's 00 00 ff ff.
  const compressed = deflateRawSync(message, {
    finishFlush: constants.Z_SYNC_FLUSH,
    windowBits,
  });
  const payload = compressed.subarray(0, compressed.byteLength - 4);
  const frame =
    payload.byteLength < message.byteLength
      ? frameWithPayload(payload, true)
      : binaryFrame(message);
  deflated.set(message, { windowBits, frame });
  return frame;
}

/** Frames of message batches still referenced. */
const framedBatches = new WeakMap<readonly Uint8Array[], Buffer>();

/** The frames of `messages`, in order, as one buffer (built once per array). */
export function binaryFrames(messages: readonly Uint8Array[]): Buffer {
  const cached = framedBatches.get(messages);
  if (cached) return cached;
  const buffer = Buffer.concat(messages.map(binaryFrame));
  framedBatches.set(messages, buffer);
  return buffer;
}
