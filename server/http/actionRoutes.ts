/**
 * The action items API: everyone signed in reads every item; the Secretariat records, changes
 * (including open/done) and removes them. Rules live in ActionService.
 */
import type { ActionService } from '../actions/ActionService';
import { requireIdentity, type AppHono } from './identity';
import { readJson } from './readJson';

/** Registers /api/actions…. */
export function registerActionRoutes(app: AppHono, actions: ActionService): void {
  app.get('/api/actions', async (c) => {
    requireIdentity(c);
    return c.json({ actions: await actions.list() });
  });

  app.post('/api/actions', async (c) => {
    const { user } = requireIdentity(c);
    return c.json({ action: await actions.create(user, await readJson(c)) }, 201);
  });

  app.patch('/api/actions/:id', async (c) => {
    const { user } = requireIdentity(c);
    return c.json({ action: await actions.change(user, c.req.param('id'), await readJson(c)) });
  });

  app.delete('/api/actions/:id', async (c) => {
    const { user } = requireIdentity(c);
    await actions.remove(user, c.req.param('id'));
    return c.json({ ok: true });
  });
}
