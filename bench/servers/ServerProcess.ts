/**
 * Runs one server under test as a child process: its own process (group), so its CPU time
 * and memory can be read from /proc, and so it can be stopped and started again on the same
 * port and data directory for the reconnect storm and the cold load. Every process started
 * here is remembered until it exits; the entry point kills the survivors on exit.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readCpuNs, readRssBytes, readWcharBytes } from '../procfs';
import { deferred, withTimeout } from '../driver/time';

/** How to start a server process. */
export interface LaunchSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** A line of stdout or stderr matching this means the server accepts connections. */
  readonly readyPattern: RegExp;
}

const live = new Set<ChildProcess>();
const OUTPUT_TAIL_LINES = 40;

/** A started server process. */
export class ServerProcess {
  private readonly tail: string[] = [];
  private readonly exited = deferred<number | null>();
  private exitCode: number | null | undefined;

  private constructor(
    private readonly child: ChildProcess,
    /** Operating-system process id. */
    readonly pid: number,
  ) {
    child.once('exit', (code, signal) => {
      live.delete(child);
      this.exitCode = code ?? (signal ? -1 : null);
      this.exited.resolve(this.exitCode);
    });
  }

  /** Starts `spec` and resolves once it printed its ready line; throws after `timeoutMs`. */
  static async start(spec: LaunchSpec, timeoutMs = 30_000): Promise<ServerProcess> {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    if (child.pid === undefined) {
      throw new Error(`could not start ${spec.command} ${spec.args.join(' ')}`);
    }
    live.add(child);
    const server = new ServerProcess(child, child.pid);
    const ready = deferred<void>();
    const onLine = (line: string): void => {
      server.remember(line);
      if (spec.readyPattern.test(line)) ready.resolve();
    };
    readLines(child.stdout, onLine);
    readLines(child.stderr, onLine);
    void server.exited.promise.then((code) =>
      ready.reject(
        new Error(`server exited (code ${code}) before it was ready:\n${server.outputTail()}`),
      ),
    );
    try {
      await withTimeout(ready.promise, timeoutMs, `${spec.args.join(' ')} ready line`);
    } catch (error) {
      await server.stop(2_000);
      throw error;
    }
    return server;
  }

  /** Whether the process is still running. */
  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** CPU time used by the server so far, in nanoseconds. */
  cpuNs(): number {
    return readCpuNs(this.pid);
  }

  /** Resident memory of the server, in bytes. */
  rssBytes(): number {
    return readRssBytes(this.pid);
  }

  /** Bytes the server has written to sockets and files so far. */
  wcharBytes(): number {
    return readWcharBytes(this.pid);
  }

  /** The last lines the server printed, for error messages. */
  outputTail(): string {
    return this.tail.join('\n');
  }

  /**
   * Asks the server to stop (SIGTERM, so it can flush storage and close sockets), and kills
   * its whole process group if it has not exited after `timeoutMs`.
   */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (!this.running) return;
    signalGroup(this.child, 'SIGTERM');
    try {
      await withTimeout(this.exited.promise, timeoutMs, `server ${this.pid} exit`);
    } catch {
      signalGroup(this.child, 'SIGKILL');
      await withTimeout(this.exited.promise, 5_000, `server ${this.pid} kill`).catch(
        () => undefined,
      );
    }
    // Helpers the server started (esbuild for tsx) go with it.
    signalGroup(this.child, 'SIGKILL');
  }

  private remember(line: string): void {
    this.tail.push(line);
    if (this.tail.length > OUTPUT_TAIL_LINES) this.tail.shift();
  }
}

/** Kills every server process still running, synchronously (for exit handlers). */
export function killAllServers(): void {
  for (const child of live) signalGroup(child, 'SIGKILL');
  live.clear();
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function readLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (stream === null) return;
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      onLine(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
    if (pending.length > 10_000) pending = pending.slice(-10_000);
  });
}
