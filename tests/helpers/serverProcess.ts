/**
 * Runs the real entry point (server/main.ts) as a child process, for tests that kill it
 * with SIGKILL or stop it with SIGTERM, and waits for its "listening" line.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A server child process. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly syncUrl: string;
  readonly url: string;
  /** An API token of a Secretariat account, made with the admin command. */
  readonly token: string;
  /** Resolves with the exit code (or the signal name). */
  readonly exited: Promise<number | string>;
  output(): string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `server/admin.ts` with `args` on `dataDir`; returns what it printed. */
export function runAdmin(dataDir: string, args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'server/admin.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
}

/** Creates (once per data folder) a Secretariat account with the admin command and returns a new API token. */
export function adminToken(dataDir: string): string {
  const email = 'ci-secretariat@example.org';
  if (!runAdmin(dataDir, ['list-users']).includes(email)) {
    runAdmin(dataDir, [
      'create-user',
      '--name',
      'CI Secretariat',
      '--email',
      email,
      '--role',
      'secretariat',
    ]);
  }
  return runAdmin(dataDir, ['issue-token', '--email', email, '--label', 'tests']).trim();
}

/** Starts `node --import tsx server/main.ts` with `env` added; resolves once it listens. */
export async function startServerProcess(
  env: Record<string, string> & { DATA_DIR: string },
): Promise<ServerProcess> {
  const token = adminToken(env.DATA_DIR);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
  const port = Number(new URL(url).port);
  return {
    child,
    port,
    url,
    syncUrl: `${url.replace(/^http/, 'ws')}/sync/`,
    token,
    exited,
    output: () => output,
  };
}
