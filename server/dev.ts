/**
 * `npm run dev`: the DC Planner server plus Vite's dev server with hot reload, which proxies
 * /api and the /sync websockets to it (vite.config.ts). Open the Vite address it prints.
 * An entry point: it reads the environment and handles signals.
 */
import { createServer as createViteServer } from 'vite';
import { ConfigError, loadConfig } from './config';
import { startServer } from './createServer';
import { createLogger } from './logger';
import { workspace } from './workspace';

async function dev(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await startServer(config, { log: createLogger(config.logLevel), workspace });
  process.env['DC_PLANNER_SERVER_URL'] = server.url;
  const vite = await createViteServer({ configFile: 'vite.config.ts' });
  await vite.listen();
  process.stdout.write(`DC Planner server on ${server.url}\n`);
  vite.printUrls();
  const stop = (): void => {
    void Promise.all([vite.close(), server.close()]).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

dev().catch((error: unknown) => {
  process.stderr.write(
    `DC Planner did not start: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
