/**
 * Websocket framing of outgoing binary messages, done once per message rather than once per
 * receiver. A relayed edit goes to every other connection of a document; `ws` would build a
 * header for each and hand header and payload to the kernel as two buffers. Here the complete
 * frame (RFC 6455 §5.2: FIN, binary opcode, unmasked length, payload) is built once and the
 * same bytes are written to every socket. Several messages relayed together (edits stored in
 * one batch) become one buffer, built once per batch, so each socket gets them in one write.
 */

/** Frames of messages still referenced, so a message sent to many is framed once. */
const framed = new WeakMap<Uint8Array, Buffer>();

/** The complete server-to-client websocket frame carrying `message` as one binary message. */
export function binaryFrame(message: Uint8Array): Buffer {
  const cached = framed.get(message);
  if (cached) return cached;
  const length = message.byteLength;
  const headerBytes = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82; // FIN + opcode 2 (binary)
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
  frame.set(message, headerBytes);
  framed.set(message, frame);
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
