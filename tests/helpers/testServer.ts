/**
 * Starts a real DC Planner server in this process, on port 0 and a fresh temporary data
 * folder (or a given one, to test restarts), with logs silenced. Each test closes its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/config';
import { startServer, type RunningServer, type ServerOptions } from '../../server/createServer';
import { createLogger } from '../../server/logger';
import type { DocumentStore } from '../../server/storage/DocumentStore';
import type { User } from '../../server/accounts/AccountStore';
import { Roles, type Role } from '../../shared/access/roles';

/** A running test server. */
export interface TestServer extends RunningServer {
  readonly dataDir: string;
  /** ws://host:port/sync/ */
  readonly syncUrl: string;
  /** An API token of a Secretariat account created for the test. */
  readonly token: string;
  /** Creates an active person with `role` (and DCs) and returns their API token. */
  createPerson(
    role: Role,
    options?: { dcs?: string[]; name?: string },
  ): Promise<{ user: User; token: string }>;
}

/** Options of startTestServer. */
export interface TestServerOptions {
  /** Reuse a data folder (restart tests); a new temporary one by default. */
  readonly dataDir?: string;
  readonly config?: Partial<Config>;
  readonly store?: DocumentStore;
  /** Defaults to the seeded DCCG workspace; pass an empty one for protocol tests. */
  readonly workspace?: ServerOptions['workspace'];
  /** Start with no accounts at all (token is then empty). */
  readonly withoutAccounts?: boolean;
  readonly accountPolicy?: ServerOptions['accountPolicy'];
  readonly revocationCheckMs?: number;
  /** The accounts' clock. */
  readonly now?: () => number;
  /** Heartbeat interval of live streams, in ms. */
  readonly liveHeartbeatMs?: number;
  readonly reclaimMemory?: ServerOptions['reclaimMemory'];
}

/** An empty workspace: nothing listed, nothing seeded. */
export const emptyWorkspace: ServerOptions['workspace'] = {
  catalog: [],
  buildSeedUpdate: () => null,
};

/** Makes a fresh temporary data folder. */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dcp-test-'));
}

/** Starts a server for a test. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? makeDataDir();
  const config = loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      logLevel: 'silent',
      roomGraceMs: 200,
      // Tests act as one person opening many sockets and sending floods on purpose; the limit
      // tests set their own values.
      maxMessagesPerSecond: 100_000,
      maxConnectionsPerUser: 10_000,
      ...options.config,
    },
  );
  const server = await startServer(config, {
    log: createLogger(config.logLevel),
    store: options.store,
    accountPolicy: options.accountPolicy,
    revocationCheckMs: options.revocationCheckMs,
    now: options.now,
    liveHeartbeatMs: options.liveHeartbeatMs,
    reclaimMemory: options.reclaimMemory,
    workspace: options.workspace ?? (await import('../../server/workspace')).workspace,
  });
  let count = 0;
  const createPerson: TestServer['createPerson'] = async (role, { dcs = [], name } = {}) => {
    count += 1;
    const store = server.accounts.store;
    const created = await store.createUser(
      {
        name: name ?? `${role} ${count}`,
        email: `${role}${count}-${Date.now()}@example.org`,
        role,
        dcs,
      },
      Date.now(),
    );
    const user = await store.updateUser(created.id, { status: 'active' });
    const token = await server.accounts.issueApiToken({ system: 'test' }, user.id, 'test');
    return { user, token };
  };
  const token = options.withoutAccounts
    ? ''
    : (await createPerson(Roles.secretariat, { name: 'Test Secretariat' })).token;
  return {
    ...server,
    dataDir,
    syncUrl: `${server.url.replace(/^http/, 'ws')}/sync/`,
    token,
    createPerson,
  };
}
