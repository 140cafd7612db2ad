/**
 * Registers every route from its dependencies: health and metrics, identity and cross-site
 * protection for the API, sign-in and people administration, the document list, mapping
 * tables and their exports, the sync websocket and the static client. Nothing here reads the
 * environment or listens; createServer does that, so tests can build an app around any store.
 */
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { AccountService } from '../accounts/AccountService';
import type { Metrics } from '../metrics';
import type { RoomRegistry } from '../room/RoomRegistry';
import type { DocumentStore } from '../storage/DocumentStore';
import { ApiError } from './ApiError';
import { registerAuthRoutes } from './authRoutes';
import { registerActionRoutes } from './actionRoutes';
import { registerCalendarRoutes } from './calendarRoutes';
import { registerCallRoutes } from './callRoutes';
import { registerCommentRoutes, type CommentServices } from './commentRoutes';
import { registerLiveRoute } from './liveRoute';
import type { PlanningDependencies } from './planningDependencies';
import { csrfGuard } from './csrfGuard';
import { registerDocumentsRoute, type CatalogEntry } from './documentsRoute';
import { resolveIdentity, type IdentityVariables } from './identity';
import { registerPeopleRoutes, type PeopleRouteHooks } from './peopleRoutes';
import { registerStaticClient } from './staticClient';
import { registerSyncRoute, type SyncRouteDependencies } from './syncRoute';
import { registerTablesRoutes } from './tablesRoutes';

/** Everything the app needs. */
export interface AppDependencies {
  readonly store: DocumentStore;
  readonly accounts: AccountService;
  readonly registry: RoomRegistry;
  readonly metrics: Metrics;
  readonly log: Logger;
  readonly catalog: readonly CatalogEntry[];
  readonly clientDir: string;
  readonly allowedOrigins: readonly string[];
  readonly sync: Omit<SyncRouteDependencies, 'registry' | 'metrics' | 'log' | 'allowedOrigins'>;
  readonly people: PeopleRouteHooks;
  /** False once shutdown has begun. */
  readonly isAccepting: () => boolean;
  /** Calls, calendar, action items and the live channel. */
  readonly planning: PlanningDependencies;
  /** The directory, inboxes and comment ledgers. */
  readonly comments: CommentServices;
}

/** Registers every route on `app`. */
export function registerRoutes(
  app: Hono<{ Variables: IdentityVariables }>,
  deps: AppDependencies,
): void {
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.retryAfterSeconds) c.header('retry-after', String(error.retryAfterSeconds));
      return c.json(
        {
          error: {
            id: error.id,
            message: error.message,
            ...(error.fields ? { fields: error.fields } : {}),
          },
        },
        error.status,
      );
    }
    deps.log.error({ err: String(error), path: c.req.path }, 'request failed');
    return c.json(
      { error: { id: 'internal', message: 'Something went wrong on the server. Try again.' } },
      500,
    );
  });

  app.get('/healthz', (c) =>
    deps.isAccepting()
      ? c.json({ status: 'ok', rooms: deps.registry.size, connections: deps.sync.sockets.size })
      : c.json({ status: 'shutting down' }, 503),
  );
  app.get('/metrics', async (c) => {
    deps.metrics.roomsOpen.set(deps.registry.size);
    return c.body(await deps.metrics.render(), 200, { 'content-type': deps.metrics.contentType });
  });

  app.use('/api/*', csrfGuard(deps.allowedOrigins), resolveIdentity(deps.accounts));
  app.use('/sync/*', resolveIdentity(deps.accounts));
  registerAuthRoutes(app, deps.accounts);
  registerPeopleRoutes(app, deps.accounts, deps.people);
  registerDocumentsRoute(app, deps);
  registerCallRoutes(app, deps.planning.calls, deps.planning.now);
  registerCalendarRoutes(app, {
    calls: deps.planning.calls,
    accounts: deps.accounts.store,
    now: deps.planning.now,
    absoluteUrl: deps.planning.absoluteUrl,
  });
  registerActionRoutes(app, deps.planning.actions);
  registerLiveRoute(app, {
    channel: deps.planning.channel,
    accounts: deps.accounts,
    heartbeatMs: deps.planning.heartbeatMs,
  });
  registerTablesRoutes(app, deps);
  registerCommentRoutes(app, deps);
  registerSyncRoute(app, {
    ...deps.sync,
    registry: deps.registry,
    metrics: deps.metrics,
    log: deps.log,
    allowedOrigins: deps.allowedOrigins,
  });
  registerStaticClient(app, deps.clientDir);
}
