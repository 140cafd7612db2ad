/**
 * Stock y-websocket clients for tests (Node has no global WebSocket, so `ws` is passed in),
 * and a raw websocket client for speaking the wire protocol byte by byte.
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './waitFor';

/** A stock WebsocketProvider on a fresh Y.Doc. */
export interface StockClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  destroy(): void;
}

/** Connects a stock y-websocket provider to `docName` and waits until it has synced. */
export async function connectStockClient(
  syncUrl: string,
  docName: string,
  { waitSynced = true, doc = new Y.Doc() } = {},
): Promise<StockClient> {
  const provider = new WebsocketProvider(syncUrl.replace(/\/$/, ''), docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  if (waitSynced) await waitFor(() => provider.synced, { message: `${docName} to sync` });
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A raw websocket with the frames and close event it received. */
export interface RawClient {
  readonly ws: WebSocket;
  readonly frames: Uint8Array[];
  closeCode: number | null;
  closeReason: string;
  send(frame: Uint8Array | string): void;
  waitClosed(timeoutMs?: number): Promise<number>;
}

/** Opens a raw websocket to `url` and waits until it is open (or closed early). */
export async function connectRaw(url: string): Promise<RawClient> {
  const ws = new WebSocket(url);
  const client: RawClient = {
    ws,
    frames: [],
    closeCode: null,
    closeReason: '',
    send: (frame) => ws.send(frame),
    waitClosed: async (timeoutMs = 5000) => {
      await waitFor(() => client.closeCode !== null, { timeoutMs, message: 'socket to close' });
      return client.closeCode ?? 0;
    },
  };
  ws.binaryType = 'nodebuffer';
  ws.on('message', (data: Buffer) => client.frames.push(new Uint8Array(data)));
  ws.on('close', (code, reason) => {
    client.closeCode = code;
    client.closeReason = reason.toString();
  });
  ws.on('error', () => undefined);
  await new Promise<void>((resolve) => {
    ws.once('open', () => resolve());
    ws.once('close', () => resolve());
  });
  return client;
}
