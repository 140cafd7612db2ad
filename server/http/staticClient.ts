/**
 * Serves the built browser client: files from the client folder, and index.html for any other
 * non-API path so that client-side routes (/doc/<name>) survive a reload.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppHono } from './identity';

/** Registers the static client routes; call after every API route. */
export function registerStaticClient(app: AppHono, clientDir: string): void {
  if (fs.existsSync(clientDir)) {
    const root = path.relative(process.cwd(), clientDir) || '.';
    app.use('*', serveStatic({ root }));
  }
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/sync')) {
      return c.json({ error: { id: 'not_found', message: 'No such endpoint.' } }, 404);
    }
    const index = path.join(clientDir, 'index.html');
    if (!fs.existsSync(index)) {
      return c.text('The client is not built yet: run `npm run build` (npm start does it).', 503);
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
