/**
 * Stock y-websocket clients for tests (Node has no global WebSocket, so `ws` is passed in, with
 * the API token in an Authorization header), and a raw websocket client for speaking the wire
 * protocol byte by byte.
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './waitFor';

/** Where to connect and as whom. */
export interface SyncTarget {
  readonly syncUrl: string;
  readonly token: string;
}

/** A stock WebsocketProvider on a fresh Y.Doc. */
export interface StockClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  destroy(): void;
}

/** A `ws` WebSocket class that sends `token` as a bearer token. */
export function webSocketWithToken(token: string): typeof globalThis.WebSocket {
  class TokenWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { authorization: `Bearer ${token}` } });
    }
  }
  return TokenWebSocket as unknown as typeof globalThis.WebSocket;
}

/** Connects a stock y-websocket provider to `docName` and waits until it has synced. */
export async function connectStockClient(
  target: SyncTarget,
  docName: string,
  { waitSynced = true, doc = new Y.Doc() } = {},
): Promise<StockClient> {
  const provider = new WebsocketProvider(target.syncUrl.replace(/\/$/, ''), docName, doc, {
    WebSocketPolyfill: webSocketWithToken(target.token),
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
  /** HTTP status when the upgrade itself was refused. */
  refusedStatus: number | null;
  send(frame: Uint8Array | string): void;
  waitClosed(timeoutMs?: number): Promise<number>;
}

/** Opens a raw websocket to `url` and waits until it is open (or closed or refused early). */
export async function connectRaw(
  url: string,
  {
    token,
    headers = {},
    deflate = true,
  }: {
    token?: string | null;
    headers?: Record<string, string>;
    /** Offer permessage-deflate, as browsers and `ws` do by default. */
    deflate?: boolean;
  } = {},
): Promise<RawClient> {
  const ws = new WebSocket(url, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    perMessageDeflate: deflate,
  });
  const client: RawClient = {
    ws,
    frames: [],
    closeCode: null,
    closeReason: '',
    refusedStatus: null,
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
  ws.on('unexpected-response', (_request, response) => {
    client.refusedStatus = response.statusCode ?? 0;
    client.closeCode = 1006;
    response.resume();
  });
  ws.on('error', () => undefined);
  await new Promise<void>((resolve) => {
    ws.once('open', () => resolve());
    ws.once('close', () => resolve());
    ws.once('unexpected-response', () => resolve());
  });
  return client;
}
