/**
 * Builds the Hono application from its dependencies: health and metrics, the document list,
 * the sync websocket and the static client. Nothing here reads the environment or listens;
 * createServer does that, so tests can build an app around any store.
 */
import type { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { UpgradeWebSocket } from 'hono/ws';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { Metrics } from '../metrics';
import type { RoomRegistry } from '../room/RoomRegistry';
import type { DocumentStore } from '../storage/DocumentStore';
import { registerDocumentsRoute, type CatalogEntry } from './documentsRoute';
import { registerStaticClient } from './staticClient';
import { registerSyncRoute, type SocketConnection } from './syncRoute';

/** Everything the app needs. */
export interface AppDependencies {
  readonly upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  readonly store: DocumentStore;
  readonly registry: RoomRegistry;
  readonly metrics: Metrics;
  readonly log: Logger;
  readonly catalog: readonly CatalogEntry[];
  readonly clientDir: string;
  readonly maxConnections: number;
  readonly sockets: Set<SocketConnection>;
  /** False once shutdown has begun. */
  readonly isAccepting: () => boolean;
}

/** Registers every route on `app`. */
export function registerRoutes(app: Hono, deps: AppDependencies): void {
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return c.json({ error: { id: 'http_error', message: error.message } }, error.status);
    }
    deps.log.error({ err: String(error), path: c.req.path }, 'request failed');
    return c.json(
      { error: { id: 'internal', message: 'Something went wrong on the server.' } },
      500,
    );
  });

  app.get('/healthz', (c) =>
    deps.isAccepting()
      ? c.json({ status: 'ok', rooms: deps.registry.size, connections: deps.sockets.size })
      : c.json({ status: 'shutting down' }, 503),
  );
  app.get('/metrics', async (c) => {
    deps.metrics.roomsOpen.set(deps.registry.size);
    return c.body(await deps.metrics.render(), 200, { 'content-type': deps.metrics.contentType });
  });
  registerDocumentsRoute(app, deps);
  registerSyncRoute(app, {
    upgradeWebSocket: deps.upgradeWebSocket,
    registry: deps.registry,
    metrics: deps.metrics,
    log: deps.log,
    maxConnections: deps.maxConnections,
    sockets: deps.sockets,
  });
  registerStaticClient(app, deps.clientDir);
}
