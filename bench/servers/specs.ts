/**
 * The servers under test and how each is started: ours as production starts it (its own
 * entry point, durable SQLite storage in DATA_DIR), the two peers as their users start them
 * (in memory: @y/websocket-server's own bin with YPERSISTENCE unset; Hocuspocus with no
 * extensions), and the plain ws floor. Each entry also says how to reach a document.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Framing } from '../driver/framing';
import { hocuspocusFraming } from '../driver/hocuspocusFraming';
import { plainFraming } from '../driver/plainFraming';
import type { LaunchSpec, ServerProcess } from './ServerProcess';
import { signInOurs } from './signInOurs';

/** Identifier of a server under test. */
export type ServerId = 'ours' | 'hocuspocus' | 'y-websocket' | 'floor';

/** What a server is to the comparison. */
export type ServerRole = 'ours' | 'peer' | 'floor';

/** Settings of one start of a server. */
export interface LaunchOptions {
  readonly port: number;
  /** Data directory (only ours stores anything). */
  readonly dataDir: string;
  /** How long an empty room stays loaded, for servers that have such a setting. */
  readonly graceMs?: number;
  /** Extra Node.js flags, such as --cpu-prof (profiling a scenario). */
  readonly nodeFlags?: readonly string[];
}

/** A server under test. */
export interface ServerSpec {
  readonly id: ServerId;
  readonly label: string;
  readonly role: ServerRole;
  /** Whether it keeps documents across restarts. */
  readonly durable: boolean;
  readonly framing: Framing;
  /** WebSocket URL of `docName`. */
  docUrl(port: number, docName: string): string;
  /** How to start it. */
  launch(options: LaunchOptions): LaunchSpec;
  /** Version string for the results file. */
  version(): string;
  /** What it does with a document nobody has open, given the grace setting. */
  emptyRooms(graceMs: number): string;
  /** Why it cannot run here, or undefined when it can. */
  unavailableReason(): string | undefined;
  /** Run once before the first start, such as building the working tree. */
  prepare?(): void;
  /**
   * Signs in after the first start of an empty data directory; returns the HTTP headers
   * every client sends when it connects. Absent for servers without access control.
   */
  signIn?(
    server: ServerProcess,
    port: number,
    timeoutMs: number,
  ): Promise<Readonly<Record<string, string>>>;
}

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const HOST = '127.0.0.1';

function packageVersion(relative: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, relative, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? '?';
  } catch {
    return 'not installed';
  }
}

/** The environment every server starts with: the harness's, without settings that change behaviour. */
function baseEnv(port: number): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  // In-memory peers must stay in memory; NODE_ENV differs between `npm test` and `npm run bench`.
  for (const key of [
    'YPERSISTENCE',
    'NODE_ENV',
    'NODE_OPTIONS',
    'DATA_DIR',
    'ROOM_GRACE_MS',
    'MAX_CONNECTIONS_PER_USER',
    'MAX_MESSAGES_PER_SECOND',
    'MALLOC_ARENA_MAX',
  ]) {
    delete env[key];
  }
  env.HOST = HOST;
  env.PORT = String(port);
  return env;
}

const ours: ServerSpec = {
  id: 'ours',
  label: 'DC Planner (ours, SQLite)',
  role: 'ours',
  durable: true,
  framing: plainFraming,
  docUrl: (port, docName) => `ws://${HOST}:${port}/sync/${docName}`,
  launch: ({ port, dataDir, graceMs, nodeFlags = [] }) => ({
    command: process.execPath,
    // As `npm start` runs it: the server bundled by `npm run build:server` (see prepare).
    args: [...nodeFlags, '--expose-gc', 'dist/server/main.js'],
    cwd: ROOT,
    env: {
      ...baseEnv(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // As `npm start` sets it: one malloc arena, so freed native memory is reused and returned.
      MALLOC_ARENA_MAX: '1',
      // One signed-in person stands for every simulated collaborator (see signInOurs.ts).
      MAX_CONNECTIONS_PER_USER: '100000',
      MAX_MESSAGES_PER_SECOND: '1000000',
      ...(graceMs === undefined ? {} : { ROOM_GRACE_MS: String(graceMs) }),
    },
    readyPattern: /listening on http:\/\/[^\s:]+:\d+/,
  }),
  version: () => `${packageVersion('.')} (working tree)`,
  emptyRooms: (graceMs) => `ROOM_GRACE_MS=${graceMs}: unloaded after that`,
  unavailableReason: () =>
    existsSync(join(ROOT, 'dist/server/main.js'))
      ? undefined
      : 'dist/server/main.js is missing: `npm run build:server` failed',
  prepare: () => {
    // Always the working tree: a stale bundle would measure old code.
    const build = spawnSync('npm', ['run', '--silent', 'build:server'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
    }
  },
  signIn: signInOurs,
};

const hocuspocus: ServerSpec = {
  id: 'hocuspocus',
  label: '@hocuspocus/server (in memory)',
  role: 'peer',
  durable: false,
  framing: hocuspocusFraming,
  docUrl: (port) => `ws://${HOST}:${port}/`,
  launch: ({ port, nodeFlags = [] }) => ({
    command: process.execPath,
    args: [...nodeFlags, 'bench/servers/hocuspocus.mjs'],
    cwd: ROOT,
    env: baseEnv(port),
    readyPattern: /hocuspocus listening on/,
  }),
  version: () => packageVersion('node_modules/@hocuspocus/server'),
  emptyRooms: () => 'no grace setting: unloaded when the last connection closes',
  unavailableReason: () => undefined,
};

const yWebsocket: ServerSpec = {
  id: 'y-websocket',
  label: '@y/websocket-server (in memory)',
  role: 'peer',
  durable: false,
  framing: plainFraming,
  docUrl: (port, docName) => `ws://${HOST}:${port}/${docName}`,
  launch: ({ port, nodeFlags = [] }) => ({
    command: process.execPath,
    // The package's own bin (`npx y-websocket`), which reads HOST and PORT itself.
    args: [...nodeFlags, 'node_modules/@y/websocket-server/src/server.js'],
    cwd: ROOT,
    env: baseEnv(port),
    readyPattern: /running at/,
  }),
  version: () => packageVersion('node_modules/@y/websocket-server'),
  emptyRooms: () => 'without persistence it never unloads a document',
  unavailableReason: () => undefined,
};

const floor: ServerSpec = {
  id: 'floor',
  label: 'plain ws relay (floor)',
  role: 'floor',
  durable: false,
  framing: plainFraming,
  docUrl: (port, docName) => `ws://${HOST}:${port}/${docName}`,
  launch: ({ port, graceMs, nodeFlags = [] }) => ({
    command: process.execPath,
    args: [...nodeFlags, 'bench/servers/floor.mjs'],
    cwd: ROOT,
    env: {
      ...baseEnv(port),
      ...(graceMs === undefined ? {} : { ROOM_GRACE_MS: String(graceMs) }),
    },
    readyPattern: /floor listening on/,
  }),
  version: () => `ws ${packageVersion('node_modules/ws')}`,
  emptyRooms: (graceMs) => `ROOM_GRACE_MS=${graceMs}: the room's log is dropped after that`,
  unavailableReason: () => undefined,
};

/** Every server, in the order of the results table. */
export const SERVERS: readonly ServerSpec[] = [ours, hocuspocus, yWebsocket, floor];

/** The server with `id`. */
export function serverById(id: ServerId): ServerSpec {
  const spec = SERVERS.find((server) => server.id === id);
  if (spec === undefined) throw new Error(`unknown server ${id}`);
  return spec;
}
