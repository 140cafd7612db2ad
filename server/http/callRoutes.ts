/**
 * The calls API: everyone signed in lists calls; the Secretariat opens and changes them, sees
 * every submitted answer with overlap warnings, and accepts or declines; a DC member answers for
 * their own DC (draft, submit, edit, withdraw) while the call is open. Rules live in CallService.
 */
import { Roles } from '../../shared/access/roles';
import type { Call } from '../../shared/calls/callTypes';
import { isCallOpen } from '../../shared/calls/callTypes';
import type { CallService } from '../calls/CallService';
import { requireIdentity, type AppHono } from './identity';
import { readJson } from './readJson';

/** A call as the API shows it: with whether it is open now. */
function callView(call: Call, now: number) {
  return { ...call, open: isCallOpen(call, now) };
}

/** Registers /api/calls… and /api/answers…. */
export function registerCallRoutes(app: AppHono, calls: CallService, now: () => number): void {
  app.get('/api/calls', async (c) => {
    requireIdentity(c);
    const at = now();
    return c.json({ calls: (await calls.listCalls()).map((call) => callView(call, at)) });
  });

  app.post('/api/calls', async (c) => {
    const { user } = requireIdentity(c);
    const call = await calls.openCall(user, await readJson(c));
    return c.json({ call: callView(call, now()) }, 201);
  });

  app.get('/api/calls/:id', async (c) => {
    requireIdentity(c);
    return c.json({ call: callView(await calls.requireCall(c.req.param('id')), now()) });
  });

  app.patch('/api/calls/:id', async (c) => {
    const { user } = requireIdentity(c);
    const call = await calls.changeCall(user, c.req.param('id'), await readJson(c));
    return c.json({ call: callView(call, now()) });
  });

  app.get('/api/calls/:id/answers', async (c) => {
    const { user } = requireIdentity(c);
    const { answers, drafts } = await calls.answersFor(user, c.req.param('id'));
    const overlaps = user.role === Roles.secretariat ? await calls.overlapWarnings() : {};
    return c.json({ answers, drafts, overlaps });
  });

  app.post('/api/calls/:id/answers', async (c) => {
    const { user } = requireIdentity(c);
    const result = await calls.createAnswer(user, c.req.param('id'), await readJson(c));
    return c.json(result, 201);
  });

  app.put('/api/answers/:id', async (c) => {
    const { user } = requireIdentity(c);
    return c.json(await calls.updateAnswer(user, c.req.param('id'), await readJson(c)));
  });

  app.post('/api/answers/:id/withdraw', async (c) => {
    const { user } = requireIdentity(c);
    return c.json({ answer: await calls.withdrawAnswer(user, c.req.param('id')) });
  });

  app.post('/api/answers/:id/review', async (c) => {
    const { user } = requireIdentity(c);
    return c.json({ answer: await calls.reviewAnswer(user, c.req.param('id'), await readJson(c)) });
  });
}
