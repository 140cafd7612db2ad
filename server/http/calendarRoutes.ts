/**
 * The published calendar: the accepted sessions as JSON, as an iCalendar download (one session
 * or all), and as a subscribable feed. Calendar programs cannot send our session cookie, so the
 * feed URL carries a per-person secret token (only its hash is stored) that the person can
 * replace or turn off from the calendar page; the feed stops when their account is disabled.
 */
import type { Context } from 'hono';
import type { AccountStore } from '../accounts/AccountStore';
import { hashSecret, newSecret } from '../accounts/secrets';
import { icsFileName, renderICalendar } from '../calendar/icalendar';
import type { CallService } from '../calls/CallService';
import { ApiError } from './ApiError';
import { requireIdentity, type AppHono } from './identity';

/** What the calendar routes need. */
export interface CalendarRouteDependencies {
  readonly calls: CallService;
  readonly accounts: AccountStore;
  readonly now: () => number;
  /** Absolute URL of a path, for the feed link. */
  readonly absoluteUrl: (path: string, requestUrl: string) => string;
}

const FEED_PREFIX = '/api/calendar/feed/';

/** Registers /api/calendar…. */
export function registerCalendarRoutes(app: AppHono, deps: CalendarRouteDependencies): void {
  const { calls } = deps;
  const ics = (c: Context, text: string, fileName: string | null) =>
    c.body(text, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'no-store',
      ...(fileName ? { 'content-disposition': `attachment; filename="${fileName}"` } : {}),
    });
  const render = (c: Context, entries: Awaited<ReturnType<CallService['calendar']>>) =>
    renderICalendar(entries, { host: new URL(c.req.url).hostname, stamp: new Date(deps.now()) });

  app.get('/api/calendar', async (c) => {
    requireIdentity(c);
    return c.json({ entries: await calls.calendar() });
  });

  app.get('/api/calendar/ics', async (c) => {
    requireIdentity(c);
    return ics(c, render(c, await calls.calendar()), 'dc-sessions.ics');
  });

  app.get('/api/calendar/sessions/:id/ics', async (c) => {
    requireIdentity(c);
    const entry = (await calls.calendar()).find((candidate) => candidate.id === c.req.param('id'));
    if (!entry) throw new ApiError(404, 'not_found', 'This session is not on the calendar.');
    return ics(c, render(c, [entry]), icsFileName(entry.title));
  });

  app.get('/api/calendar/feed-token', async (c) => {
    const { user } = requireIdentity(c);
    const token = await calls.store.getFeedToken(user.id);
    return c.json({ exists: token !== null, createdAt: token?.createdAt ?? null });
  });

  app.post('/api/calendar/feed-token', async (c) => {
    const { user } = requireIdentity(c);
    const secret = newSecret('dcp_feed_');
    await calls.store.setFeedToken(user.id, hashSecret(secret), deps.now());
    return c.json({ url: deps.absoluteUrl(`${FEED_PREFIX}${secret}.ics`, c.req.url) }, 201);
  });

  app.delete('/api/calendar/feed-token', async (c) => {
    const { user } = requireIdentity(c);
    await calls.store.setFeedToken(user.id, null, deps.now());
    return c.json({ ok: true });
  });

  app.get(`${FEED_PREFIX}:file`, async (c) => {
    const secret = c.req.param('file').replace(/\.ics$/, '');
    const userId = await calls.store.findFeedTokenUser(hashSecret(secret));
    const user = userId ? await deps.accounts.getUser(userId) : null;
    if (!user || user.status !== 'active')
      throw new ApiError(
        404,
        'not_found',
        'This calendar feed link is not valid any more. Make a new one on the calendar page.',
      );
    return ics(c, render(c, await calls.calendar()), null);
  });
}
