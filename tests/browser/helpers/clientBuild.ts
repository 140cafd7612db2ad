/**
 * Makes sure dist/client holds a build of the current client sources before browser tests
 * serve it. Test files run in parallel workers, so one build at a time (a lock directory),
 * only when a source is newer than the build, and into a temporary folder swapped in at the
 * end, so a server already serving dist/client never sees it half-written.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { waitFor } from '../../helpers/waitFor';

const run = promisify(execFile);

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the built client lives. */
export const CLIENT_DIR = path.join(REPO_ROOT, 'dist/client');

const SOURCES = ['client', 'shared', 'vite.config.ts', 'package.json'];
const LOCK_DIR = path.join(REPO_ROOT, 'dist/.client-build-lock');
const STALE_LOCK_MS = 180_000;

const newestSourceTime = (entry: string): number => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestSourceTime(path.join(entry, child)));
  }
  return newest;
};

const buildIsCurrent = (): boolean => {
  const built = fs.statSync(path.join(CLIENT_DIR, 'index.html'), { throwIfNoEntry: false });
  if (!built) return false;
  const newest = Math.max(
    ...SOURCES.map((source) => newestSourceTime(path.join(REPO_ROOT, source))),
  );
  return built.mtimeMs >= newest;
};

const tryLock = (): boolean => {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  try {
    fs.mkdirSync(LOCK_DIR);
    return true;
  } catch {
    const stat = fs.statSync(LOCK_DIR, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS)
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
    return false;
  }
};

/** Builds the client unless dist/client is already current; returns its folder. */
export async function ensureClientBuilt(): Promise<string> {
  if (buildIsCurrent()) return CLIENT_DIR;
  await waitFor(tryLock, { timeoutMs: 150_000, intervalMs: 100, message: 'the client build lock' });
  try {
    if (buildIsCurrent()) return CLIENT_DIR;
    const staging = path.join(REPO_ROOT, `dist/.client-build-${process.pid}`);
    await run(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        staging,
        '--logLevel',
        'warn',
      ],
      // The test runner sets NODE_ENV=test, which would give a development build.
      { cwd: REPO_ROOT, timeout: 120_000, env: { ...process.env, NODE_ENV: 'production' } },
    );
    const previous = `${CLIENT_DIR}.previous-${process.pid}`;
    if (fs.existsSync(CLIENT_DIR)) fs.renameSync(CLIENT_DIR, previous);
    fs.renameSync(staging, CLIENT_DIR);
    fs.rmSync(previous, { recursive: true, force: true });
    return CLIENT_DIR;
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
