/**
 * The /sync/<docName> websocket endpoint: the standard y-websocket wire protocol. This is the
 * only place that knows about sockets. Before a socket reaches a Room it checks, in order: the
 * Origin (a foreign one gets HTTP 403, no upgrade), the document name (4404), who is connecting
 * (4401), the connection limits (4429), and the person's access to this document (4403); then
 * it hands binary frames to the Room and refuses text frames (4415) and floods (4429).
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { RawData, WebSocket } from 'ws';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { DOC_NAME_RULE, isValidDocName } from '../../shared/docName';
import type { Identity } from '../accounts/AccountService';
import type { CredentialWatcher } from '../access/CredentialWatcher';
import type { TokenBucket } from '../access/TokenBucket';
import type { Metrics } from '../metrics';
import type { Room } from '../room/Room';
import type { ConnectionPermissions, RoomConnection } from '../room/RoomConnection';
import type { RoomRegistry } from '../room/RoomRegistry';
import type { IdentityVariables } from './identity';
import { binaryFrame, binaryFrames, deflatedFrame } from './binaryFrame';
import { isAllowedOrigin } from './originPolicy';

/** What the sync endpoint needs. */
export interface SyncRouteDependencies {
  readonly upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  readonly registry: RoomRegistry;
  readonly metrics: Metrics;
  readonly log: Logger;
  readonly maxConnections: number;
  readonly maxConnectionsPerUser: number;
  readonly allowedOrigins: readonly string[];
  /** Every open socket, so shutdown can close them. */
  readonly sockets: Set<SocketConnection>;
  /** What `identity` may do in `docName`; null when it may not open it at all. */
  readonly authorize: (
    identity: Identity,
    docName: string,
  ) => Promise<ConnectionPermissions | null>;
  readonly watcher: CredentialWatcher;
  readonly messageLimiter: TokenBucket;
}

/** The path prefix of the sync endpoint. */
export const SYNC_PATH = '/sync/';

/** One client socket, adapted to what a Room expects. */
export class SocketConnection implements RoomConnection {
  closed = false;
  permissions: ConnectionPermissions | undefined;
  identity: Identity | null = null;

  private readonly traffic: Metrics['traffic'];
  /**
   * The TCP socket under the websocket, written to directly with frames built once per message
   * (binaryFrame.ts). Safe because `ws` never queues frames itself here: it does only to
   * compress (the server's options leave compressing to us), or to send a Blob.
   */
  private readonly tcp: Socket | null;
  /** The compression window the client allows, when it negotiated permessage-deflate. */
  private readonly deflateWindowBits: number | null;

  constructor(
    private readonly ws: WSContext<WebSocket>,
    private readonly metrics: Metrics,
  ) {
    this.traffic = metrics.traffic;
    const raw = ws.raw as (WebSocket & NegotiatedExtensions & { _socket?: Socket }) | undefined;
    this.tcp = raw?._socket ?? null;
    this.deflateWindowBits = negotiatedDeflateWindow(raw);
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== 1) return;
    this.traffic.messagesOut += 1;
    this.traffic.bytesOut += frame.byteLength;
    if (this.tcp) this.tcp.write(binaryFrame(frame));
    else this.ws.send(frame as Uint8Array<ArrayBuffer>);
  }

  sendAll(frames: readonly Uint8Array[]): void {
    if (this.closed || this.ws.readyState !== 1) return;
    this.traffic.messagesOut += frames.length;
    for (const frame of frames) this.traffic.bytesOut += frame.byteLength;
    if (this.tcp) this.tcp.write(binaryFrames(frames));
    else for (const frame of frames) this.ws.send(frame as Uint8Array<ArrayBuffer>);
  }

  /** Compressed once for every connection that negotiated it (awareness batches). */
  sendShared(frame: Uint8Array): void {
    if (this.deflateWindowBits === null || !this.tcp) {
      this.send(frame);
      return;
    }
    if (this.closed || this.ws.readyState !== 1) return;
    const compressed = deflatedFrame(frame, this.deflateWindowBits);
    this.traffic.messagesOut += 1;
    this.traffic.bytesOut += compressed.byteLength;
    this.tcp.write(compressed);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    if (code !== CloseCode.normal) this.metrics.connectionsRefused.inc({ code: String(code) });
    this.ws.close(code, reason);
  }
}

/** What `ws` keeps of the extensions a socket negotiated (not part of its typed API). */
interface NegotiatedExtensions {
  readonly _extensions?: Record<string, { readonly params?: Record<string, unknown> }>;
}

/**
 * The server's compression window on a socket that negotiated permessage-deflate without
 * server context takeover (what the server's options ask for); null otherwise.
 */
export function negotiatedDeflateWindow(raw: NegotiatedExtensions | undefined): number | null {
  const params = raw?._extensions?.['permessage-deflate']?.params;
  if (!params?.['server_no_context_takeover']) return null;
  const bits = params['server_max_window_bits'];
  return typeof bits === 'number' ? bits : 15;
}

/** Refuses upgrades from foreign browser origins before any websocket exists. */
function originGuard(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!isAllowedOrigin(c.req.header('origin'), c, allowed)) {
      return c.json(
        { error: { id: 'forbidden_origin', message: 'This origin may not connect.' } },
        403,
      );
    }
    await next();
  };
}

/** Registers the sync endpoint on `app`. */
export function registerSyncRoute(
  app: Hono<{ Variables: IdentityVariables }>,
  deps: SyncRouteDependencies,
): void {
  const { registry, metrics, log, sockets, watcher } = deps;

  app.get(
    `${SYNC_PATH}*`,
    originGuard(deps.allowedOrigins),
    deps.upgradeWebSocket((c: Context<{ Variables: IdentityVariables }>) => {
      const name = decodeURIComponentSafe(c.req.path.slice(SYNC_PATH.length));
      const identity = c.get('identity');
      let connection: SocketConnection | null = null;
      let room: Room | null = null;
      let unwatch: (() => void) | null = null;
      // Frames that arrive while the document loads are handled, in order, once it has.
      let early: Uint8Array[] | null = [];

      const refuse = (code: number, reason: string): void => {
        log.warn({ doc: name, user: identity?.user.id, code, reason }, 'closing connection');
        connection?.close(code, reason);
      };

      const open = async (current: SocketConnection): Promise<void> => {
        if (!isValidDocName(name))
          return refuse(CloseCode.invalidDocumentName, DOC_NAME_RULE.slice(0, 120));
        if (!identity) return refuse(CloseCode.unauthenticated, 'sign in to open documents');
        if (sockets.size >= deps.maxConnections) {
          return refuse(CloseCode.tooManyConnections, 'the server has too many connections');
        }
        if (watcher.countForUser(identity.user.id) >= deps.maxConnectionsPerUser) {
          return refuse(
            CloseCode.tooManyConnections,
            'you have too many connections open; close some tabs',
          );
        }
        current.identity = identity;
        sockets.add(current);
        metrics.connectionsOpen.set(sockets.size);
        unwatch = watcher.watch(identity.credentialId, identity.user.id, current);
        const permissions = await deps.authorize(identity, name);
        if (current.closed) return;
        if (!permissions)
          return refuse(CloseCode.forbidden, 'you do not have access to this document');
        current.permissions = permissions;
        let loaded: Room;
        try {
          loaded = await registry.acquire(name);
        } catch {
          return refuse(CloseCode.storageFailure, 'the document could not be loaded; retry');
        }
        if (current.closed) {
          registry.release(name);
          return;
        }
        if (!loaded.addConnection(current)) return;
        room = loaded;
        const queued = early ?? [];
        early = null;
        for (const frame of queued) loaded.handleFrame(current, frame);
      };

      const receive = (data: RawData, isBinary: boolean): void => {
        if (!connection || connection.closed) return;
        metrics.traffic.messagesIn += 1;
        if (!isBinary) {
          refuse(CloseCode.unsupportedData, 'text frames are not part of the sync protocol');
          return;
        }
        if (identity && !deps.messageLimiter.take(identity.user.id)) {
          refuse(
            CloseCode.tooManyConnections,
            'you are sending changes too fast; reconnecting shortly',
          );
          return;
        }
        const frame = asBytes(data);
        metrics.traffic.bytesIn += frame.byteLength;
        if (room) room.handleFrame(connection, frame);
        else early?.push(frame);
      };

      return {
        onOpen: (_event, ws) => {
          connection = new SocketConnection(ws, metrics);
          // Frames are taken from `ws` itself: @hono/node-ws would copy each one into a new
          // ArrayBuffer and wrap it in a MessageEvent (it does neither without onMessage).
          // Attached in the same turn as the socket opened, so no frame comes before it.
          ws.raw?.on('message', receive);
          open(connection).catch((error: unknown) => {
            log.error({ doc: name, err: String(error) }, 'opening a connection failed');
            refuse(CloseCode.storageFailure, 'the server could not open the document; retry');
          });
        },
        onClose: () => {
          if (!connection) return;
          connection.closed = true;
          unwatch?.();
          if (sockets.delete(connection)) metrics.connectionsOpen.set(sockets.size);
          if (room) room.removeConnection(connection);
          early = null;
        },
        onError: (event) => {
          // The websocket layer closes the socket itself (1009 for a frame over the limit).
          const error = (event as ErrorEvent).error as { message?: string } | undefined;
          log.warn(
            { doc: name, err: error?.message ?? 'unknown' },
            'socket error; connection closed',
          );
        },
      };
    }),
  );
}

/** The bytes of one binary message as `ws` delivers it (a Buffer unless fragmented). */
function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
