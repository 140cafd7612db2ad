/**
 * Runs scenarios against servers and collects the samples: for each scenario, each server
 * in turn gets a fresh process, port and data directory, and everything the scenario started
 * (clients, server processes, files) is gone before the next one begins. A scenario that
 * fails records its error for that server and the run goes on. No process handlers here:
 * the entry point (run.ts) or the test owns the process.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientGroup } from './driver/ClientGroup';
import { now } from './driver/time';
import { readCpuNs } from './procfs';
import { runQuietly } from './quiet';
import type { MetricDef, Samples, Scenario, ScenarioContext, ScenarioId } from './scenarios/types';
import { ServerProcess } from './servers/ServerProcess';
import type { ServerId, ServerRole, ServerSpec } from './servers/specs';
import type { Sizes } from './sizes';

/** What to run. */
export interface RunOptions {
  readonly sizes: Sizes;
  readonly servers: readonly ServerSpec[];
  readonly scenarios: readonly Scenario[];
  /** Progress lines for the person watching. */
  readonly log: (line: string) => void;
  /** Extra Node.js flags for every server process (profiling). */
  readonly serverNodeFlags?: readonly string[];
}

/** Samples of one metric on one server, or why there are none. */
export interface Cell {
  readonly samples: readonly number[];
  readonly error?: string;
  /** Some window was kept although other processes were busy. */
  readonly noisy?: boolean;
}

/** A server as the results describe it. */
export interface ServerInfo {
  readonly id: ServerId;
  readonly label: string;
  readonly role: ServerRole;
  readonly version: string;
}

/** Everything a run measured. */
export interface Results {
  readonly sizes: Sizes;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly servers: readonly ServerInfo[];
  readonly scenarios: readonly {
    readonly id: ScenarioId;
    readonly title: string;
    readonly methods: Partial<Record<ServerId, string>>;
    readonly durationMs: Partial<Record<ServerId, number>>;
    /** Why the scenario stopped early on a server (samples recorded before are kept). */
    readonly errors: Partial<Record<ServerId, string>>;
  }[];
  readonly metrics: readonly MetricDef[];
  readonly cells: Readonly<Record<string, Partial<Record<ServerId, Cell>>>>;
  readonly quiet: { windows: number; discarded: number; noisyKept: number; maxOthersCores: number };
}

const liveDataDirs = new Set<string>();

/** Removes the data directories of scenarios still running, synchronously (for exit handlers). */
export function removeDataDirs(): void {
  for (const dir of liveDataDirs) rmSync(dir, { recursive: true, force: true });
  liveDataDirs.clear();
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs every scenario against every server and returns the results. */
export async function runBenchmark(options: RunOptions): Promise<Results> {
  const { sizes, servers, scenarios, log } = options;
  const started = now();
  const startedAt = new Date().toISOString();
  const quiet = { windows: 0, discarded: 0, noisyKept: 0, maxOthersCores: 0 };
  const cells: Record<string, Partial<Record<ServerId, Cell>>> = {};
  const metrics = scenarios.flatMap((scenario) => scenario.metrics(sizes));
  const scenarioInfo: Results['scenarios'][number][] = [];
  for (const spec of servers) spec.prepare?.();

  for (const scenario of scenarios) {
    const methods: Partial<Record<ServerId, string>> = {};
    const durations: Partial<Record<ServerId, number>> = {};
    const errors: Partial<Record<ServerId, string>> = {};
    scenarioInfo.push({
      id: scenario.id,
      title: scenario.title,
      methods,
      durationMs: durations,
      errors,
    });
    for (const spec of servers) {
      methods[spec.id] = scenario.method(spec, sizes);
      const scenarioStart = now();
      log(`${scenario.title} · ${spec.id}`);
      let noisy = false;
      const retriesLeft = (): boolean => now() - started < sizes.retryBudgetMs;
      const outcome = await runOne(
        scenario,
        spec,
        options,
        retriesLeft,
        (kept, cores, discarded) => {
          quiet.windows += discarded + 1;
          quiet.discarded += discarded;
          quiet.maxOthersCores = Math.max(quiet.maxOthersCores, cores);
          if (!kept) {
            quiet.noisyKept++;
            noisy = true;
          }
        },
      );
      durations[spec.id] = now() - scenarioStart;
      if (outcome.error !== undefined) errors[spec.id] = outcome.error;
      for (const metric of scenario.metrics(sizes)) {
        const row = (cells[metric.id] ??= {});
        const samples = outcome.samples[metric.id] ?? [];
        // Samples recorded before a failure are kept; a metric with none shows the error.
        row[spec.id] =
          outcome.error !== undefined && samples.length === 0
            ? { samples, error: outcome.error }
            : { samples, noisy };
      }
      if (outcome.error !== undefined) log(`  error: ${outcome.error}`);
    }
  }
  return {
    sizes,
    startedAt,
    durationMs: now() - started,
    servers: servers.map((spec) => ({
      id: spec.id,
      label: spec.label,
      role: spec.role,
      version: spec.version(),
    })),
    scenarios: scenarioInfo,
    metrics,
    cells,
    quiet,
  };
}

async function runOne(
  scenario: Scenario,
  spec: ServerSpec,
  { sizes, log, serverNodeFlags = [] }: RunOptions,
  retriesLeft: () => boolean,
  onWindow: (quiet: boolean, othersCores: number, discarded: number) => void,
): Promise<{ samples: Samples; error?: string }> {
  const unavailable = spec.unavailableReason();
  if (unavailable !== undefined) return { samples: {}, error: `not run: ${unavailable}` };
  const samples: Samples = {};
  const dataDir = await mkdtemp(join(tmpdir(), `dc-bench-${scenario.id}-`));
  liveDataDirs.add(dataDir);
  const port = await freePort();
  const clients = new ClientGroup();
  const started: ServerProcess[] = [];
  // Set by the server's sign-in after the first start; the data directory keeps the account.
  let headers: Readonly<Record<string, string>> = {};
  let signedIn = false;
  const ctx: ScenarioContext = {
    spec,
    port,
    dataDir,
    clients,
    timeoutMs: sizes.timeoutMs,
    start: async (startOptions) => {
      const server = await ServerProcess.start(
        spec.launch({
          port,
          dataDir,
          nodeFlags: serverNodeFlags,
          ...(startOptions?.graceMs === undefined ? {} : { graceMs: startOptions.graceMs }),
        }),
      );
      started.push(server);
      if (spec.signIn !== undefined && !signedIn) {
        headers = await spec.signIn(server, port, sizes.timeoutMs);
        signedIn = true;
      }
      return server;
    },
    clientOptions: (docName) => ({
      url: spec.docUrl(port, docName),
      framing: spec.framing,
      docName,
      handshakeTimeoutMs: sizes.timeoutMs,
      headers,
    }),
    quietly: async (server, window) => {
      const serverStart = server.cpuNs();
      const selfStart = readCpuNs('self');
      const startedAt = now();
      const outcome = await runQuietly(window, {
        maxAttempts: retriesLeft() ? sizes.quietAttempts : 1,
        enabled: sizes.quiet,
        onDiscard: (load, attempt) =>
          log(
            `  discarded window ${attempt}: other processes used ${load.cores.toFixed(2)} cores (${load.top})`,
          ),
      });
      onWindow(!outcome.noisy, outcome.othersCores, outcome.attempts - 1);
      const wallNs = (now() - startedAt) * 1e6;
      const serverCores = server.running ? (server.cpuNs() - serverStart) / wallNs : Number.NaN;
      log(
        `  window: server ${serverCores.toFixed(2)} cores, driver ${((readCpuNs('self') - selfStart) / wallNs).toFixed(2)} cores, others ${outcome.othersCores.toFixed(2)}`,
      );
      return outcome.value;
    },
    progress: (message) => log(`  ${message}`),
    record: (metricId, value) => {
      (samples[metricId] ??= []).push(value);
    },
  };
  try {
    await scenario.run(ctx, sizes);
    return { samples };
  } catch (error) {
    const tail = started.at(-1)?.outputTail().trim();
    const message = error instanceof Error ? error.message : String(error);
    return {
      samples,
      error: tail
        ? `${message} (server output: ${tail.split('\n').slice(-3).join(' | ')})`
        : message,
    };
  } finally {
    clients.terminateAll();
    await Promise.all(started.map((server) => server.stop()));
    await rm(dataDir, { recursive: true, force: true });
    liveDataDirs.delete(dataDir);
  }
}
