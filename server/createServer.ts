/**
 * Wires the server together from a validated Config: document and account stores, update
 * writer, room registry, access control, routes, the HTTP listener and the websocket upgrade,
 * plus an orderly close() that stores everything before it returns. Used by server/main.ts and
 * by tests (port 0).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { CloseCode } from '../shared/protocol/closeCodes';
import { CredentialWatcher } from './access/CredentialWatcher';
import { TokenBucket } from './access/TokenBucket';
import { createConnectionAuthorizer } from './access/authorizeConnection';
import { AccountService, type AccountPolicy } from './accounts/AccountService';
import type { AccountStore } from './accounts/AccountStore';
import { SqliteAccountStore } from './accounts/SqliteAccountStore';
import { createMailer } from './accounts/mailer';
import type { Config } from './config';
import { registerRoutes } from './http/createApp';
import type { CatalogEntry } from './http/documentsRoute';
import { ensureErrorEvent } from './http/errorEventPolyfill';
import type { IdentityVariables } from './http/identity';
import type { SocketConnection } from './http/syncRoute';
import { areaLogger } from './logger';
import { Metrics } from './metrics';
import { MemoryReclaimer, type MemoryReclaimerOptions } from './room/MemoryReclaimer';
import { RoomRegistry } from './room/RoomRegistry';
import type { DocumentStore } from './storage/DocumentStore';
import { SqliteDocumentStore } from './storage/SqliteDocumentStore';
import { UpdateWriter } from './storage/UpdateWriter';
import { seedWorkspace, type SeedSource } from './seedWorkspace';
import { ActionService } from './actions/ActionService';
import { CallService } from './calls/CallService';
import { LiveChannel } from './live/LiveChannel';
import { SqlitePlanningStore } from './planning/SqlitePlanningStore';
import { seedPlanning } from './planning/seedPlanning';
import { isTableName } from '../shared/tables/tableNames';
import { fillMissingCells } from '../shared/tables/tableOperations';
import { LiveTopics } from '../shared/live/liveTopics';
import { CommentDocuments } from './comments/CommentDocuments';
import { InboxService } from './comments/InboxService';
import { SqliteReadMarkStore } from './comments/SqliteReadMarkStore';
import { readAccessFrom } from './comments/readAccess';
import { ThreadChangeAnnouncer } from './comments/threadChanges';

/** Optional parts a caller can supply instead of the defaults. */
export interface ServerOptions {
  readonly log: Logger;
  /** Defaults to the SQLite store in config.dataDir. */
  readonly store?: DocumentStore;
  /** Defaults to the SQLite account store in config.dataDir. */
  readonly accountStore?: AccountStore;
  readonly accountPolicy?: Partial<AccountPolicy>;
  /**
   * The server's clock: accounts (sessions, links, lockouts), table deadlines and the day the
   * workspace is seeded; Date.now by default.
   */
  readonly now?: () => number;
  /** The clock of calls and action items (closing dates); `now`, else Date.now, by default. */
  readonly planningNow?: () => number;
  /** How often an idle live stream sends a heartbeat and re-checks its credential, in ms. */
  readonly liveHeartbeatMs?: number;
  /** How often revoked credentials are looked for, in ms (2 s by default). */
  readonly revocationCheckMs?: number;
  /** The workspace's documents, listed on the home page and seeded when empty. */
  readonly workspace: SeedSource & { readonly catalog: readonly CatalogEntry[] };
  /**
   * How to collect garbage and read the heap's size, so that memory goes back to the machine
   * after most documents have unloaded (see MemoryReclaimer); without it, nothing is collected.
   */
  readonly reclaimMemory?: Pick<MemoryReclaimerOptions, 'collect' | 'heapBytes'>;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
  readonly store: DocumentStore;
  readonly accounts: AccountService;
  readonly registry: RoomRegistry;
  readonly calls: CallService;
  readonly actions: ActionService;
  readonly live: LiveChannel;
  /** The one-time link that creates the first Secretariat account, when there are no users yet. */
  readonly setupUrl: string | null;
  /** Stops accepting, closes every socket, stores everything, and closes the stores. */
  close(): Promise<void>;
}

/** Starts a server as configured; resolves once it listens. */
export async function startServer(config: Config, options: ServerOptions): Promise<RunningServer> {
  ensureErrorEvent();
  const log = options.log;
  const store = options.store ?? new SqliteDocumentStore(config.dataDir);
  const accountStore = options.accountStore ?? new SqliteAccountStore(config.dataDir);
  const accounts = new AccountService(accountStore, {
    log: areaLogger(log, 'authentication'),
    policy: options.accountPolicy,
    now: options.now,
  });
  const now = options.now ?? Date.now;
  await seedWorkspace(store, options.workspace, areaLogger(log, 'storage'), new Date(now()));
  const planningNow = options.planningNow ?? now;
  const planningStore = new SqlitePlanningStore(config.dataDir);
  const live = new LiveChannel();
  const calls = new CallService(planningStore, {
    now: planningNow,
    onChange: (topics) => live.publish(topics),
    audit: (user, action, target, detail) => void accounts.audit({ user }, action, target, detail),
  });
  const actions = new ActionService(planningStore, {
    now: planningNow,
    onChange: (topics) => live.publish(topics),
    findUser: (id) => accountStore.getUser(id),
    calls: planningStore,
  });
  await seedPlanning(planningStore, actions, planningNow(), areaLogger(log, 'storage'));

  const readMarks = new SqliteReadMarkStore(config.dataDir);
  const threadChanges = new ThreadChangeAnnouncer(() => live.publish([LiveTopics.comments]));

  const metrics = new Metrics();
  const reclaimer =
    options.reclaimMemory &&
    new MemoryReclaimer({
      ...options.reclaimMemory,
      onReclaimed: (before, after, rounds) =>
        areaLogger(log, 'sync').info(
          { heapMiBBefore: toMiB(before), heapMiBAfter: toMiB(after), rounds },
          'most documents unloaded: memory given back',
        ),
    });
  const writer = new UpdateWriter(store, {
    onBatchStored: (seconds) => metrics.storeWriteSeconds.observe(seconds),
  });
  const registry = new RoomRegistry({
    store,
    writer,
    log: areaLogger(log, 'sync'),
    graceMs: config.roomGraceMs,
    compactAfterUpdates: config.compactAfterUpdates,
    maxConnectionsPerDocument: config.maxConnectionsPerDocument,
    awarenessBatchMs: config.awarenessBatchMs,
    onRoomCountChange: (open) => {
      metrics.roomsOpen.set(open);
      reclaimer?.roomCountChanged(open);
    },
    onRoomLoaded: (seconds) => metrics.storeLoadSeconds.observe(seconds),
    normalizerFor: (name) => (isTableName(name) ? fillMissingCells : undefined),
    onDocumentReady: (_room, doc) => threadChanges.watch(doc),
    onWriteRefused: (docName, connection, reason) => {
      const identity = (connection as SocketConnection).identity;
      void accounts.audit(
        identity ? { user: identity.user } : { system: 'sync' },
        'write.refused',
        docName,
        { reason },
      );
    },
  });
  const watcher = new CredentialWatcher(
    accountStore,
    options.revocationCheckMs ?? 2000,
    options.now,
  );
  watcher.start();

  const authorize = createConnectionAuthorizer(accountStore, now);
  const canRead = readAccessFrom(authorize);
  const commentDocuments = new CommentDocuments({
    store,
    registry,
    catalog: options.workspace.catalog,
  });
  const inbox = new InboxService({
    documents: commentDocuments,
    marks: readMarks,
    listUsers: () => accountStore.listUsers(),
    canRead,
    now,
  });

  const app = new Hono<{ Variables: IdentityVariables }>();
  const nodeWs = createNodeWebSocket({ app });
  nodeWs.wss.options.maxPayload = config.maxMessageBytes;
  // Browsers offer permessage-deflate. Accepted without context takeover, so an awareness batch
  // is compressed once for everyone (SocketConnection.sendShared); `ws` itself compresses
  // nothing (threshold), so frames can be written to the socket directly.
  nodeWs.wss.options.perMessageDeflate = {
    serverNoContextTakeover: true,
    clientNoContextTakeover: true,
    threshold: Infinity,
  };
  const sockets = new Set<SocketConnection>();
  let accepting = true;
  const absoluteUrl = (path: string, requestUrl: string): string =>
    `${config.publicUrl || new URL(requestUrl).origin}${path}`;
  registerRoutes(app, {
    store,
    accounts,
    registry,
    metrics,
    log: areaLogger(log, 'http'),
    catalog: options.workspace.catalog,
    clientDir: config.clientDir,
    allowedOrigins: config.origins,
    isAccepting: () => accepting,
    planning: {
      calls,
      actions,
      channel: live,
      now: planningNow,
      absoluteUrl,
      heartbeatMs: options.liveHeartbeatMs,
    },
    comments: { documents: commentDocuments, inbox, canRead },
    people: {
      absoluteUrl,
      mailer: createMailer(config.smtpUrl, config.mailFrom, areaLogger(log, 'mail')),
      onAccessChanged: (userId) =>
        watcher.closeUser(userId, CloseCode.accessChanged, 'your access changed; reconnecting'),
    },
    sync: {
      upgradeWebSocket: nodeWs.upgradeWebSocket,
      maxConnections: config.maxConnections,
      maxConnectionsPerUser: config.maxConnectionsPerUser,
      sockets,
      authorize,
      watcher,
      messageLimiter: new TokenBucket(config.maxMessagesPerSecond, config.maxMessagesPerSecond * 2),
    },
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(listening),
    );
    listening.once('error', reject);
  });
  nodeWs.injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const setupPath = await accounts.createSetupLinkIfEmpty();
  const setupUrl = setupPath ? `${config.publicUrl || url}${setupPath}` : null;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      accepting = false;
      watcher.stop();
      reclaimer?.close();
      threadChanges.stop();
      live.closeAll();
      const stopListening = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const room of await registry.rooms()) {
        room.closeAll(CloseCode.serverShuttingDown, 'the server is restarting');
      }
      for (const socket of sockets)
        socket.close(CloseCode.serverShuttingDown, 'the server is restarting');
      await writer.flush();
      await registry.unloadAll();
      await writer.flush();
      await store.close();
      await accountStore.close();
      await planningStore.close();
      await readMarks.close();
      for (const client of nodeWs.wss.clients) client.terminate();
      nodeWs.wss.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await stopListening;
    })();
    return closing;
  };

  return { url, port, store, accounts, registry, calls, actions, live, setupUrl, close };
}

function toMiB(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
