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

/** A running test server. */
export interface TestServer extends RunningServer {
  readonly dataDir: string;
  /** ws://host:port/sync/ */
  readonly syncUrl: string;
}

/** Options of startTestServer. */
export interface TestServerOptions {
  /** Reuse a data folder (restart tests); a new temporary one by default. */
  readonly dataDir?: string;
  readonly config?: Partial<Config>;
  readonly store?: DocumentStore;
  /** Defaults to the seeded DCCG workspace; pass an empty one for protocol tests. */
  readonly workspace?: ServerOptions['workspace'];
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
      ...options.config,
    },
  );
  const server = await startServer(config, {
    log: createLogger(config.logLevel),
    store: options.store,
    workspace: options.workspace ?? (await import('../../server/workspace')).workspace,
  });
  return {
    ...server,
    dataDir,
    syncUrl: `${server.url.replace(/^http/, 'ws')}/sync/`,
  };
}
