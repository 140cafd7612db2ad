/**
 * The contract between the runner and the scenarios. A scenario is a function of sizes
 * that gets a context for one server (start it, open clients, run a window on a quiet
 * machine) and records samples per metric through it, one sample per repetition.
 */
import type { BenchClientOptions } from '../driver/BenchClient';
import type { ClientGroup } from '../driver/ClientGroup';
import type { ServerProcess } from '../servers/ServerProcess';
import type { ServerSpec } from '../servers/specs';
import type { Sizes } from '../sizes';

/** Identifier of a scenario. */
export type ScenarioId =
  'fanOut' | 'initialSync' | 'reconnectStorm' | 'ingest' | 'memory' | 'coldLoad' | 'awareness';

/** One number the results table shows. */
export interface MetricDef {
  readonly id: string;
  readonly scenario: ScenarioId;
  readonly label: string;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  /** Decimals to print. */
  readonly digits: number;
}

/** Samples per metric id, one per repetition. */
export type Samples = Record<string, number[]>;

/** What a scenario gets for one server. */
export interface ScenarioContext {
  readonly spec: ServerSpec;
  /** Port the server listens on, the same across restarts. */
  readonly port: number;
  /** Data directory, the same across restarts, removed after the scenario. */
  readonly dataDir: string;
  /** Clients of this scenario; whatever is left open is dropped when it ends. */
  readonly clients: ClientGroup;
  /** Bound on any single wait. */
  readonly timeoutMs: number;
  /** Starts the server (stopped automatically when the scenario ends). */
  start(options?: { readonly graceMs?: number }): Promise<ServerProcess>;
  /** The connection options for `docName` on this server. */
  clientOptions(
    docName: string,
  ): Pick<BenchClientOptions, 'url' | 'framing' | 'docName' | 'handshakeTimeoutMs' | 'headers'>;
  /** Runs a measurement window, repeating it while other processes were busy. */
  quietly<T>(server: ServerProcess, window: () => Promise<T>): Promise<T>;
  /** Reports progress to the person running the benchmark. */
  progress(message: string): void;
  /** Records one sample (one repetition) of `metricId`; kept even if the scenario fails later. */
  record(metricId: string, value: number): void;
}

/** A scenario. */
export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  /** The metrics it produces at these sizes. */
  metrics(sizes: Sizes): MetricDef[];
  /** Runs it against the context's server, recording samples through the context. */
  run(ctx: ScenarioContext, sizes: Sizes): Promise<void>;
  /** What exactly is measured for this server, for the results file. */
  method(spec: ServerSpec, sizes: Sizes): string;
}
