/**
 * Entry point: reads and validates the settings, starts the server on the embedded SQLite
 * store, prints the URL, and stores everything and exits cleanly on SIGTERM or SIGINT.
 * The only server module that touches the process.
 */
import { ConfigError, loadConfig } from './config';
import { startServer } from './createServer';
import { areaLogger, createLogger } from './logger';
import { workspace } from './workspace';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`DC Planner did not start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const lifecycle = areaLogger(log, 'lifecycle');
  // `npm start` runs node with --expose-gc, which gives the heap back after rooms unload.
  const collect = (globalThis as { gc?: () => void }).gc;
  const server = await startServer(config, {
    log,
    workspace,
    reclaimMemory: collect && {
      collect,
      heapBytes: () => process.memoryUsage().heapTotal,
    },
  });
  lifecycle.info({ url: server.url, dataDir: config.dataDir }, 'started');
  process.stdout.write(`DC Planner is listening on ${server.url}\n`);
  if (server.setupUrl) {
    process.stdout.write(
      `\nNo accounts yet. Open this one-time link to create the first Secretariat account:\n  ${server.setupUrl}\n\n`,
    );
  }

  const stop = (signal: string): void => {
    lifecycle.info({ signal }, 'stopping: storing everything');
    server.close().then(
      () => {
        lifecycle.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        lifecycle.error({ err: String(error) }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `DC Planner did not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
