/**
 * The machine and software a run measured, for the head of the results file: figures from
 * different machines or versions are not comparable, so each results file says which.
 */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../servers/specs';

/** A short description of the machine. */
export function describeMachine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model =
      /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux: keep os.cpus()' model.
  }
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${model}, ${cpus().length} cores, ${gib} GiB, Linux ${release()}, Node ${process.version}`;
}

function version(relative: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, relative, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? '?';
  } catch {
    return 'missing';
  }
}

/** Versions of the libraries that decide the figures. */
export function describeVersions(): string {
  const nm = 'node_modules';
  return [
    `@hocuspocus/server ${version(`${nm}/@hocuspocus/server`)}`,
    `@y/websocket-server ${version(`${nm}/@y/websocket-server`)} (with its own ws ${version(`${nm}/@y/websocket-server/node_modules/ws`)})`,
    `ws ${version(`${nm}/ws`)} (floor, driver)`,
    `yjs ${version(`${nm}/yjs`)}`,
    `y-protocols ${version(`${nm}/y-protocols`)}`,
    `lib0 ${version(`${nm}/lib0`)}`,
    `better-sqlite3 ${version(`${nm}/better-sqlite3`)}`,
    `hono ${version(`${nm}/hono`)}`,
  ].join(', ');
}
