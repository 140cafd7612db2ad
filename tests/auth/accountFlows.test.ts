/**
 * Accounts through raw HTTP (SPEC A7–A10): the first-start setup link, inviting one person and
 * a pasted participant list, accepting an invitation, signing in and out with an HttpOnly
 * SameSite cookie, lockout after failed sign-ins, per-address rate limiting that recovers,
 * password reset, and the audit log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { emptyWorkspace, startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function json(
  path: string,
  init: { method?: string; body?: unknown; token?: string; cookie?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  if (init.cookie) headers['cookie'] = init.cookie;
  const response = await fetch(`${server!.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, body, cookie: response.headers.get('set-cookie') };
}

const secretOf = (link: string) => link.split('/').at(-1)!;

describe('first start', () => {
  it('A7: with no users, a one-time setup link creates the first Secretariat account', async () => {
    server = await startTestServer({ workspace: emptyWorkspace, withoutAccounts: true });
    expect(server.setupUrl).toMatch(/\/setup\/[\w-]+$/);
    const secret = secretOf(server.setupUrl!);
    expect((await json(`/api/links/${secret}`)).body).toMatchObject({ kind: 'setup', user: null });
    const weak = await json(`/api/links/${secret}`, {
      body: { password: 'short', name: 'Sorina', email: 's@example.org' },
    });
    expect(weak.status).toBe(400);
    expect((weak.body['error'] as { fields: Record<string, string> }).fields['password']).toContain(
      '10 characters',
    );
    const created = await json(`/api/links/${secret}`, {
      body: {
        password: 'a long enough password',
        name: 'Sorina Teleanu',
        email: 'sorina@example.org',
      },
    });
    expect(created.status).toBe(200);
    expect(created.body['user']).toMatchObject({ role: Roles.secretariat, status: 'active' });
    expect(created.cookie).toMatch(/dcp_session=.+HttpOnly/i);
    expect(created.cookie).toMatch(/SameSite=Lax/i);
    const again = await json(`/api/links/${secret}`, {
      body: { password: 'another long password', name: 'X', email: 'x@example.org' },
    });
    expect(again.status).toBe(410);
  });
});

describe('invitations and sign-in', () => {
  it('A8: invite, accept, sign in, me, sign out', async () => {
    server = await startTestServer({ workspace: emptyWorkspace });
    const bad = await json('/api/people', {
      token: server.token,
      body: { name: '', email: 'nope', role: 'king', dcs: ['dc-unknown'] },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body['error'] as { fields: object }).fields).sort()).toEqual([
      'dcs.0',
      'email',
      'name',
      'role',
    ]);

    const invited = await json('/api/people', {
      token: server.token,
      body: {
        name: 'Judith Hellerstein',
        email: 'judith@example.org',
        role: 'dcMember',
        dcs: ['dcad'],
      },
    });
    expect(invited.status).toBe(201);
    const link = invited.body['link'] as string;
    expect(link.startsWith(server.url)).toBe(true);
    const dup = await json('/api/people', {
      token: server.token,
      body: { name: 'J', email: 'JUDITH@example.org', role: 'observer' },
    });
    expect(dup.status).toBe(409);

    const described = await json(`/api/links/${secretOf(link)}`);
    expect(described.body).toMatchObject({
      kind: 'invite',
      user: { name: 'Judith Hellerstein', status: 'invited' },
    });
    const accepted = await json(`/api/links/${secretOf(link)}`, {
      body: { password: 'accessibility matters' },
    });
    expect(accepted.status).toBe(200);

    const signIn = await json('/api/auth/sign-in', {
      body: { email: 'judith@example.org', password: 'accessibility matters' },
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.cookie!.split(';')[0]!;
    expect((await json('/api/me', { cookie })).body['user']).toMatchObject({
      name: 'Judith Hellerstein',
      dcs: ['dcad'],
    });
    expect((await json('/api/auth/sign-out', { method: 'POST', cookie })).status).toBe(200);
    expect((await json('/api/me', { cookie })).status).toBe(401);
  });

  it('A9: five wrong passwords lock the account; a reset link unlocks it', async () => {
    server = await startTestServer({ workspace: emptyWorkspace });
    const { body } = await json('/api/people', {
      token: server.token,
      body: { name: 'Markus Kummer', email: 'markus@example.org', role: 'facilitator' },
    });
    await json(`/api/links/${secretOf(body['link'] as string)}`, {
      body: { password: 'facilitating well' },
    });
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await json('/api/auth/sign-in', {
            body: { email: 'markus@example.org', password: `wrong ${i}` },
          })
        ).status,
      ).toBe(401);
    }
    const locked = await json('/api/auth/sign-in', {
      body: { email: 'markus@example.org', password: 'facilitating well' },
    });
    expect(locked.status).toBe(423);
    expect((locked.body['error'] as { message: string }).message).toMatch(/locked/);

    const person = (body['person'] as { id: string }).id;
    const reset = await json(`/api/people/${person}/reset-link`, { token: server.token, body: {} });
    await json(`/api/links/${secretOf(reset.body['link'] as string)}`, {
      body: { password: 'a brand new password' },
    });
    expect(
      (
        await json('/api/auth/sign-in', {
          body: { email: 'markus@example.org', password: 'a brand new password' },
        })
      ).status,
    ).toBe(200);
    const audit = await json('/api/audit?action=account.locked', { token: server.token });
    expect((audit.body['entries'] as unknown[]).length).toBe(1);
  });

  it('A9: sign-in attempts from one address are rate limited, then recover', async () => {
    let clock = Date.now();
    server = await startTestServer({
      workspace: emptyWorkspace,
      accountPolicy: { signInsPerMinute: 3 },
      now: () => clock,
    });
    const attempt = () =>
      json('/api/auth/sign-in', {
        body: { email: 'nobody@example.org', password: 'whatever it is' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    clock += 61_000;
    expect((await attempt()).status).toBe(401);
  });
});

describe('participant list', () => {
  it('A10: a pasted annex is previewed with unknown DCs, missing e-mails and duplicates flagged, then invited at once', async () => {
    server = await startTestServer({ workspace: emptyWorkspace });
    const text = [
      'Coordination facilitators',
      'Croll\tJutta\t\tjutta@example.org',
      'Participants',
      'Carvell\tMark\tDC on Internet Standards, Security and Safety\tmark@example.org',
      'Das\tDebarati\tDC on Gender and Internet Governance\tdebarati@example.org',
      'Pollock\tFiona\tDC on Data and Trust',
      'Nobody\tNemo\tDC on Underwater Cables\tnemo@example.org',
      'Das\tDebarati\tDC on Gender and Internet Governance\tdebarati@example.org',
      'Secretariat support',
      'Teleanu\tSorina\t\tsorina@example.org',
    ].join('\n');
    const preview = await json('/api/people/preview', { token: server.token, body: { text } });
    const rows = preview.body['rows'] as Array<{
      name: string;
      role: string;
      dcs: string[];
      problems: string[];
    }>;
    expect(rows.map((r) => [r.name, r.role, r.dcs])).toEqual([
      ['Jutta Croll', 'facilitator', []],
      ['Mark Carvell', 'dcMember', ['is3c']],
      ['Debarati Das', 'dcMember', ['dc-gender']],
      ['Fiona Pollock', 'dcMember', ['dc-dt']],
      ['Nemo Nobody', 'observer', []],
      ['Debarati Das', 'dcMember', ['dc-gender']],
      ['Sorina Teleanu', 'secretariat', []],
    ]);
    expect(rows[3]!.problems).toContain('e-mail missing');
    expect(rows[4]!.problems).toContain('unknown DC "DC on Underwater Cables"');
    expect(rows[5]!.problems.join()).toMatch(/duplicate of line 5/);
    expect(rows[0]!.problems).toEqual([]);

    const clean = rows
      .filter((r) => r.problems.length === 0)
      .map(({ name, role, dcs }, i) => ({ name, role, dcs, email: `p${i}@example.org` }));
    const bulk = await json('/api/people/bulk', {
      token: server.token,
      body: { people: [...clean, { name: 'Bad', email: 'x', role: 'observer' }] },
    });
    const results = bulk.body['results'] as Array<{
      ok: boolean;
      link?: string;
      error?: { fields: object };
    }>;
    expect(results.filter((r) => r.ok)).toHaveLength(clean.length);
    expect(results.at(-1)).toMatchObject({
      ok: false,
      error: { fields: { email: expect.any(String) } },
    });
  });
});

describe('e-mail', () => {
  it('A8: with SMTP_URL set, the invitation link is also e-mailed', async () => {
    const { SMTPServer } = await import('smtp-server');
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    try {
      server = await startTestServer({
        workspace: emptyWorkspace,
        config: { smtpUrl: `smtp://127.0.0.1:${port}` },
      });
      const invited = await json('/api/people', {
        token: server.token,
        body: {
          name: 'Tracy Hackshaw',
          email: 'tracy@example.org',
          role: 'dcMember',
          dcs: ['dc-sids'],
        },
      });
      expect(invited.body['emailed']).toBe(true);
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('tracy@example.org');
      expect(received[0]!.replace(/=\r?\n/g, '')).toContain(
        secretOf(invited.body['link'] as string),
      );
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
