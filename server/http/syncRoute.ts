/**
 * The /sync/<docName> websocket endpoint: the standard y-websocket wire protocol. This is the
 * only place that knows about sockets; it checks the name and the connection limits, hands
 * binary frames to the document's Room and refuses text frames with a documented close code.
 */
import type { Hono } from 'hono';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { DOC_NAME_RULE, isValidDocName } from '../../shared/docName';
import type { Metrics } from '../metrics';
import type { Room } from '../room/Room';
import type { RoomConnection } from '../room/RoomConnection';
import type { RoomRegistry } from '../room/RoomRegistry';

/** What the sync endpoint needs. */
export interface SyncRouteDependencies {
  readonly upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  readonly registry: RoomRegistry;
  readonly metrics: Metrics;
  readonly log: Logger;
  readonly maxConnections: number;
  /** Every open socket, so shutdown can close them. */
  readonly sockets: Set<SocketConnection>;
}

/** The path prefix of the sync endpoint. */
export const SYNC_PATH = '/sync/';

/** One client socket, adapted to what a Room expects. */
export class SocketConnection implements RoomConnection {
  closed = false;
  constructor(
    private readonly ws: WSContext<WebSocket>,
    private readonly metrics: Metrics,
  ) {}

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== 1) return;
    this.metrics.messagesOut.inc();
    this.metrics.bytesOut.inc(frame.byteLength);
    this.ws.send(frame as Uint8Array<ArrayBuffer>);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    if (code !== CloseCode.normal) this.metrics.connectionsRefused.inc({ code: String(code) });
    this.ws.close(code, reason);
  }
}

/** Registers the sync endpoint on `app`. */
export function registerSyncRoute(app: Hono, deps: SyncRouteDependencies): void {
  const { registry, metrics, log, sockets } = deps;

  app.get(
    `${SYNC_PATH}*`,
    deps.upgradeWebSocket((c) => {
      const name = decodeURIComponentSafe(c.req.path.slice(SYNC_PATH.length));
      let connection: SocketConnection | null = null;
      let room: Room | null = null;
      // Frames that arrive while the document loads are handled, in order, once it has.
      let early: Uint8Array[] | null = [];

      const refuse = (code: number, reason: string): void => {
        log.warn({ doc: name, code, reason }, 'closing connection');
        connection?.close(code, reason);
      };

      return {
        onOpen: (_event, ws) => {
          connection = new SocketConnection(ws, metrics);
          const current = connection;
          if (!isValidDocName(name)) {
            refuse(CloseCode.invalidDocumentName, DOC_NAME_RULE.slice(0, 120));
            return;
          }
          if (sockets.size >= deps.maxConnections) {
            refuse(CloseCode.tooManyConnections, 'the server has too many connections');
            return;
          }
          sockets.add(current);
          metrics.connectionsOpen.set(sockets.size);
          registry.acquire(name).then(
            (loaded) => {
              if (current.closed) {
                registry.release(name);
                return;
              }
              if (!loaded.addConnection(current)) return;
              room = loaded;
              const queued = early ?? [];
              early = null;
              for (const frame of queued) loaded.handleFrame(current, frame);
            },
            () => refuse(CloseCode.storageFailure, 'the document could not be loaded; retry'),
          );
        },
        onMessage: (event) => {
          if (!connection || connection.closed) return;
          const data: unknown = event.data;
          if (typeof data === 'string') {
            metrics.messagesIn.inc();
            refuse(CloseCode.unsupportedData, 'text frames are not part of the sync protocol');
            return;
          }
          const frame = new Uint8Array(data as ArrayBuffer);
          metrics.messagesIn.inc();
          metrics.bytesIn.inc(frame.byteLength);
          if (room) room.handleFrame(connection, frame);
          else early?.push(frame);
        },
        onClose: () => {
          if (!connection) return;
          connection.closed = true;
          sockets.delete(connection);
          metrics.connectionsOpen.set(sockets.size);
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

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
