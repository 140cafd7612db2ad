/**
 * The Secretariat's people administration: list, invite one, preview and invite a pasted
 * participant list, change role or DCs, new reset link, revoke, API tokens, per-document
 * access, and the audit log. Every route requires the Secretariat role.
 */
import type { Hono } from 'hono';
import { parseParticipantList } from '../../shared/accounts/parseParticipantList';
import { DocumentAccessLevels, Roles, type DocumentAccess } from '../../shared/access/roles';
import type { AccountService } from '../accounts/AccountService';
import type { Mailer } from '../accounts/mailer';
import { ApiError, invalidInput } from './ApiError';
import { requireRole, type IdentityVariables } from './identity';
import { publicUser } from './publicUser';
import { readJson } from './readJson';

/** Hooks the people routes call when someone's rights change. */
export interface PeopleRouteHooks {
  /** Absolute URL of a link path such as /invite/…; shown to the Secretariat. */
  readonly absoluteUrl: (path: string, requestUrl: string) => string;
  /** A person's rights changed: their open connections reconnect with the new rights. */
  readonly onAccessChanged: (userId: string) => void;
  /** E-mails links when SMTP is configured. */
  readonly mailer: Mailer;
}

/** Registers /api/people, /api/audit and /api/documents/:name/access. */
export function registerPeopleRoutes(
  app: Hono<{ Variables: IdentityVariables }>,
  accounts: AccountService,
  hooks: PeopleRouteHooks,
): void {
  const store = accounts.store;

  app.get('/api/people', async (c) => {
    requireRole(c, Roles.secretariat);
    return c.json({ people: (await store.listUsers()).map(publicUser) });
  });

  app.post('/api/people', async (c) => {
    const { user: actor } = requireRole(c, Roles.secretariat);
    const { user, link } = await accounts.invite({ user: actor }, await readJson(c));
    const url = hooks.absoluteUrl(link, c.req.url);
    const emailed = await hooks.mailer.sendLink(user, 'invite', url);
    return c.json({ person: publicUser(user), link: url, emailed }, 201);
  });

  app.post('/api/people/preview', async (c) => {
    requireRole(c, Roles.secretariat);
    const body = await readJson(c);
    if (typeof body['text'] !== 'string')
      throw invalidInput({ text: 'text: paste the participant list' });
    const users = await store.listUsers();
    const rows = parseParticipantList(body['text'], {
      emails: users.map((u) => u.email),
      names: users.map((u) => u.name),
    });
    return c.json({ rows });
  });

  app.post('/api/people/bulk', async (c) => {
    const { user: actor } = requireRole(c, Roles.secretariat);
    const body = await readJson(c);
    const rows = body['people'];
    if (!Array.isArray(rows) || rows.length === 0 || rows.length > 500) {
      throw invalidInput({ people: 'people: a list of 1 to 500 people to invite' });
    }
    const results = [];
    for (const row of rows) {
      try {
        const { user, link } = await accounts.invite({ user: actor }, row);
        const url = hooks.absoluteUrl(link, c.req.url);
        const emailed = await hooks.mailer.sendLink(user, 'invite', url);
        results.push({ ok: true, person: publicUser(user), link: url, emailed });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        results.push({
          ok: false,
          error: { id: error.id, message: error.message, fields: error.fields ?? {} },
        });
      }
    }
    return c.json({ results });
  });

  app.patch('/api/people/:id', async (c) => {
    const { user: actor } = requireRole(c, Roles.secretariat);
    const user = await accounts.changeUser({ user: actor }, c.req.param('id'), await readJson(c));
    hooks.onAccessChanged(user.id);
    return c.json({ person: publicUser(user) });
  });

  app.post('/api/people/:id/reset-link', async (c) => {
    const { user: actor } = requireRole(c, Roles.secretariat);
    const id = c.req.param('id');
    const link = await accounts.createResetLink({ user: actor }, id);
    const url = hooks.absoluteUrl(link, c.req.url);
    const person = (await store.getUser(id))!;
    const emailed = await hooks.mailer.sendLink(
      person,
      link.startsWith('/invite/') ? 'invite' : 'reset',
      url,
    );
    return c.json({ link: url, emailed });
  });

  app.post('/api/people/:id/revoke', async (c) => {
    const { user: actor } = requireRole(c, Roles.secretariat);
    await accounts.revokeAll({ user: actor }, c.req.param('id'));
    return c.json({ ok: true });
  });

  app.post('/api/people/:id/tokens', async (c) => {
    const { user: actor } = requireRole(c, Roles.secretariat);
    const body = await readJson(c);
    const label = typeof body['label'] === 'string' ? body['label'].slice(0, 80) : '';
    const token = await accounts.issueApiToken({ user: actor }, c.req.param('id'), label);
    return c.json({ token }, 201);
  });

  app.get('/api/documents/:name/access', async (c) => {
    requireRole(c, Roles.secretariat);
    const access = await store.getDocumentAccess(c.req.param('name'));
    return c.json({ access: Object.fromEntries(access) });
  });

  app.put('/api/documents/:name/access', async (c) => {
    const { user: actor } = requireRole(c, Roles.secretariat);
    const body = await readJson(c);
    const userId = body['userId'];
    const access = body['access'] as DocumentAccess | null;
    const levels: readonly unknown[] = [...Object.values(DocumentAccessLevels), null];
    if (typeof userId !== 'string' || !(await store.getUser(userId)))
      throw invalidInput({ userId: 'userId: no such person' });
    if (!levels.includes(access))
      throw invalidInput({ access: `access: one of ${levels.join(', ')}` });
    await store.setDocumentAccess(c.req.param('name'), userId, access);
    await accounts.audit({ user: actor }, 'access.changed', c.req.param('name'), {
      userId,
      access,
    });
    hooks.onAccessChanged(userId);
    return c.json({ ok: true });
  });

  app.get('/api/audit', async (c) => {
    requireRole(c, Roles.secretariat);
    const since = c.req.query('since');
    const entries = await store.readAudit({
      action: c.req.query('action') || undefined,
      actorId: c.req.query('actor') || undefined,
      since: since ? Date.parse(since) : undefined,
      limit: Number(c.req.query('limit') ?? 200),
    });
    return c.json({ entries });
  });
}
