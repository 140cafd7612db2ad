/**
 * Outgoing websocket frames built once per message (server/http/binaryFrame.ts) are read back
 * by `ws`'s own receiver, as a client would, at every length encoding (7-bit, 16-bit, 64-bit);
 * compressed frames by a receiver that negotiated permessage-deflate.
 */
import { describe, expect, it } from 'vitest';
import * as ws from 'ws';
import { binaryFrame, binaryFrames, deflatedFrame } from '../../server/http/binaryFrame';
import { negotiatedDeflateWindow } from '../../server/http/syncRoute';

/** ws's frame parser (exported at runtime, not in its type declarations). */
interface FrameReceiver {
  on(event: 'message', listener: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  write(chunk: Buffer): void;
}
interface Extension {
  accept(offers: Array<Record<string, unknown>>): unknown;
}
const { Receiver, PerMessageDeflate } = ws as unknown as {
  Receiver: new (options: {
    isServer: boolean;
    binaryType: string;
    extensions?: Record<string, Extension>;
  }) => FrameReceiver;
  PerMessageDeflate: new (options: object, isServer: boolean) => Extension;
};

/** Decodes one compressed server-to-client frame as a client that negotiated deflate would. */
function inflateBack(frame: Buffer): Promise<Buffer> {
  const extension = new PerMessageDeflate({}, false);
  extension.accept([{ server_no_context_takeover: [true], client_no_context_takeover: [true] }]);
  const receiver = new Receiver({
    isServer: false,
    binaryType: 'nodebuffer',
    extensions: { 'permessage-deflate': extension },
  });
  return new Promise((resolve, reject) => {
    receiver.on('message', (data) => resolve(data));
    receiver.on('error', reject);
    receiver.write(frame);
  });
}

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

describe('deflatedFrame', () => {
  const caretBatch = (): Uint8Array =>
    new TextEncoder().encode(
      Array.from({ length: 60 }, (_, i) =>
        JSON.stringify({ user: { name: `Person ${i}`, color: '#2ca02c' }, cursor: i }),
      ).join(''),
    );

  it('compresses a message once, marked RSV1, and a deflate client reads it back unchanged', async () => {
    const message = caretBatch();
    const frame = deflatedFrame(message, 15);
    expect(frame[0]).toBe(0xc2);
    expect(frame.byteLength).toBeLessThan(message.byteLength / 3);
    expect(deflatedFrame(message, 15)).toBe(frame);
    expect((await inflateBack(frame)).equals(Buffer.from(message))).toBe(true);
  });

  it('keeps to a smaller window the client asked for', async () => {
    const message = caretBatch();
    const frame = deflatedFrame(message, 9);
    expect(frame[0]).toBe(0xc2);
    expect((await inflateBack(frame)).equals(Buffer.from(message))).toBe(true);
  });

  it('sends plain what would not shrink, or what zlib cannot fit in the window', () => {
    const random = new Uint8Array(64).map((_, i) => (i * 97 + 13) % 256);
    expect(deflatedFrame(random, 15)).toEqual(binaryFrame(random));
    expect(deflatedFrame(caretBatch(), 8)[0]).toBe(0x82);
  });

  it('applies only to sockets that negotiated deflate without server context takeover', () => {
    const negotiated = (params: Record<string, unknown>) => ({
      _extensions: { 'permessage-deflate': { params } },
    });
    expect(negotiatedDeflateWindow(undefined)).toBeNull();
    expect(negotiatedDeflateWindow({ _extensions: {} })).toBeNull();
    expect(negotiatedDeflateWindow(negotiated({}))).toBeNull();
    expect(negotiatedDeflateWindow(negotiated({ server_no_context_takeover: true }))).toBe(15);
    expect(
      negotiatedDeflateWindow(
        negotiated({ server_no_context_takeover: true, server_max_window_bits: 10 }),
      ),
    ).toBe(10);
  });
});
