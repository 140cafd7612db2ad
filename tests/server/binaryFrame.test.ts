/**
 * Outgoing websocket frames built once per message (server/http/binaryFrame.ts) are read back
 * by `ws`'s own receiver, as a client would, at every length encoding (7-bit, 16-bit, 64-bit).
 */
import { describe, expect, it } from 'vitest';
import * as ws from 'ws';
import { binaryFrame, binaryFrames } from '../../server/http/binaryFrame';

/** ws's frame parser (exported at runtime, not in its type declarations). */
interface FrameReceiver {
  on(event: 'message', listener: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  write(chunk: Buffer): void;
}
const { Receiver } = ws as unknown as {
  Receiver: new (options: { isServer: boolean; binaryType: string }) => FrameReceiver;
};

/** Decodes one server-to-client frame with the receiver `ws` clients use. */
function readBack(frame: Buffer): { data: Buffer; isBinary: boolean } {
  const receiver = new Receiver({ isServer: false, binaryType: 'nodebuffer' });
  let message: { data: Buffer; isBinary: boolean } | null = null;
  receiver.on('message', (data, isBinary) => {
    message = { data, isBinary };
  });
  receiver.on('error', (error) => {
    throw error;
  });
  receiver.write(frame);
  if (!message) throw new Error('no message decoded');
  return message;
}

describe('binaryFrame', () => {
  it.each([0, 1, 125, 126, 65_535, 65_536, 1_600_000])(
    'frames a %i-byte message that a ws client reads back unchanged',
    (length) => {
      const message = new Uint8Array(length).map((_, i) => (i * 31) % 251);
      const { data, isBinary } = readBack(binaryFrame(message));
      expect(isBinary).toBe(true);
      expect(data.equals(Buffer.from(message))).toBe(true);
    },
  );

  it('frames a message sent to many receivers only once', () => {
    const message = new Uint8Array([1, 2, 3]);
    expect(binaryFrame(message)).toBe(binaryFrame(message));
    expect(binaryFrame(new Uint8Array([1, 2, 3]))).not.toBe(binaryFrame(message));
  });

  it('frames a batch as its frames one after another, once per batch', () => {
    const batch = [new Uint8Array([1, 2]), new Uint8Array(300).fill(7)];
    const framed = binaryFrames(batch);
    expect(framed).toEqual(Buffer.concat([binaryFrame(batch[0]!), binaryFrame(batch[1]!)]));
    expect(binaryFrames(batch)).toBe(framed);
  });
});
