/**
 * The authorization matrix (SPEC A1–A6): roles × documents × channels (initial sync, update,
 * awareness, HTTP API) × credentials (none, wrong password, expired, tampered, for another
 * document, revoked mid-session), with a raw websocket and raw HTTP. Every cell is a test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { readServerMessage } from '../../shared/protocol/readServerMessage';
import { Roles, type Role } from '../../shared/access/roles';
import { hashSecret, newId, newSecret } from '../../server/accounts/secrets';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { awarenessSeen, plainText, syncAs } from './syncAs';

let server: TestServer;
const tokens = new Map<Role | 'viewer', string>();
const DOCUMENTS = ['main-session-plan', 'hybrid-faq'] as const;

beforeAll(async () => {
  server = await startTestServer({ config: { roomGraceMs: 5000 }, revocationCheckMs: 100 });
  tokens.set(Roles.secretariat, server.token);
  tokens.set(Roles.facilitator, (await server.createPerson(Roles.facilitator)).token);
  tokens.set(
    Roles.dcMember,
    (await server.createPerson(Roles.dcMember, { dcs: ['dc-jobs'] })).token,
  );
  tokens.set(Roles.observer, (await server.createPerson(Roles.observer)).token);
  const viewer = await server.createPerson(Roles.dcMember, { dcs: ['dc-iot'] });
  for (const doc of DOCUMENTS)
    await server.accounts.store.setDocumentAccess(doc, viewer.user.id, 'viewer');
  tokens.set('viewer', viewer.token);
});
afterAll(() => server.close());

async function storedText(docName: string): Promise<string> {
  const { updates } = await server.store.load(docName);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getXmlFragment('default').toString();
}

const WRITERS: ReadonlyArray<Role> = [Roles.secretariat, Roles.facilitator, Roles.dcMember];
const READ_ONLY_TEXT: ReadonlyArray<Role | 'viewer'> = [Roles.observer, 'viewer'];

describe.each(DOCUMENTS)('document %s', (docName) => {
  describe.each([...WRITERS, ...READ_ONLY_TEXT])('as %s', (who) => {
    it('A1 initial sync: receives the document', async () => {
      const session = await syncAs(server.syncUrl, docName, tokens.get(who)!);
      expect(session.synced).toBe(true);
      expect(plainText(session.doc)).toContain('<heading');
      session.close();
    });

    it(`A2 update: ${WRITERS.includes(who as Role) ? 'applied, stored and relayed' : 'refused, nothing stored or relayed'}`, async () => {
      const watcher = await syncAs(server.syncUrl, docName, server.token);
      const session = await syncAs(server.syncUrl, docName, tokens.get(who)!);
      const before = await storedText(docName);
      const marker = `edit by ${who} ${newId()}`;
      session.editText(marker);
      if (WRITERS.includes(who as Role)) {
        await waitFor(() => plainText(watcherDoc()).includes(marker), { message: 'relay' });
        await waitFor(async () => (await storedText(docName)).includes(marker), {
          message: 'store',
        });
        expect(session.raw.closeCode).toBeNull();
      } else {
        expect(await session.raw.waitClosed()).toBe(CloseCode.forbidden);
        const denied = session.raw.frames
          .map(readServerMessage)
          .find((m) => m?.kind === 'permissionDenied');
        expect(denied).toBeDefined();
        expect(await storedText(docName)).toBe(before);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(plainText(watcherDoc())).not.toContain(marker);
      }
      session.close();
      watcher.close();

      function watcherDoc() {
        for (const frame of watcher.raw.frames.splice(0)) {
          const message = readServerMessage(frame);
          if (message?.kind === 'update') Y.applyUpdate(watcher.doc, message.update);
        }
        return watcher.doc;
      }
    });

    it('A3 awareness: relayed to others with the server-known name, whatever was claimed', async () => {
      const other = await syncAs(server.syncUrl, docName, server.token);
      const session = await syncAs(server.syncUrl, docName, tokens.get(who)!);
      session.publishAwareness(session.doc.clientID, {
        user: { name: 'Sorina Teleanu (spoofed)', dc: 'dc-jobs' },
        cursor: null,
      });
      await waitFor(() => awarenessSeen(other).has(session.doc.clientID), {
        message: 'awareness relay',
      });
      const state = awarenessSeen(other).get(session.doc.clientID)!;
      expect((state['user'] as { name: string }).name).not.toContain('spoofed');
      expect((state['user'] as { name: string }).name).toMatch(/^(Test Secretariat|\w+ \d+)$/);
      session.close();
      other.close();
    });
  });
});

describe('A4 HTTP API', () => {
  it.each([...WRITERS, ...READ_ONLY_TEXT])(
    'as %s: the document list is readable, people admin only for the Secretariat',
    async (who) => {
      const headers = { authorization: `Bearer ${tokens.get(who)!}` };
      const list = await fetch(`${server.url}/api/documents`, { headers });
      expect(list.status).toBe(200);
      const { documents } = (await list.json()) as {
        documents: Array<{ name: string; access: string }>;
      };
      const expected =
        who === 'viewer' ? 'viewer' : who === Roles.observer ? 'commenter' : 'editor';
      expect(documents.find((d) => d.name === 'hybrid-faq')?.access).toBe(expected);
      expect((await fetch(`${server.url}/api/me`, { headers })).status).toBe(200);
      const people = await fetch(`${server.url}/api/people`, { headers });
      expect(people.status).toBe(who === Roles.secretariat ? 200 : 403);
      const invite = await fetch(`${server.url}/api/people`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'New Person',
          email: `${newId()}@example.org`,
          role: 'observer',
        }),
      });
      expect(invite.status).toBe(who === Roles.secretariat ? 201 : 403);
    },
  );
});

describe('A5 bad credentials are refused on every channel', () => {
  const expired = async (): Promise<string> => {
    const secret = newSecret('dcp_s_');
    const user = (await server.accounts.store.listUsers())[0]!;
    await server.accounts.store.addCredential(
      {
        id: newId(),
        kind: 'session',
        userId: user.id,
        label: 't',
        createdAt: 0,
        expiresAt: Date.now() - 1000,
        revokedAt: null,
        usedAt: null,
      },
      hashSecret(secret),
    );
    return secret;
  };
  const cases: Array<[string, () => Promise<string | null>]> = [
    ['none', async () => null],
    ['tampered', async () => `${server.token.slice(0, -2)}xx`],
    ['expired', expired],
    ['made up', async () => newSecret('dcp_api_')],
  ];

  it.each(cases)(
    '%s: socket closed with 4401 before any content, HTTP 401',
    async (_label, make) => {
      const token = await make();
      const session = await syncAs(server.syncUrl, 'main-session-plan', token);
      expect(await session.raw.waitClosed()).toBe(CloseCode.unauthenticated);
      expect(session.synced).toBe(false);
      expect(session.raw.frames).toHaveLength(0);
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      expect((await fetch(`${server.url}/api/documents`, { headers })).status).toBe(401);
      expect((await fetch(`${server.url}/api/me`, { headers })).status).toBe(401);
    },
  );

  it('wrong password: sign-in refused with 401 and no cookie', async () => {
    const { user } = await server.createPerson(Roles.dcMember, { dcs: ['dc-jobs'] });
    const response = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: 'not the password' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('for another document: a person who may only view one document cannot write it, but can write another', async () => {
    const { user, token } = await server.createPerson(Roles.dcMember, { dcs: ['dc-jobs'] });
    await server.accounts.store.setDocumentAccess('hybrid-faq', user.id, 'viewer');
    const allowed = await syncAs(server.syncUrl, 'main-session-plan', token);
    allowed.editText('allowed here');
    const limited = await syncAs(server.syncUrl, 'hybrid-faq', token);
    limited.editText('not here');
    expect(await limited.raw.waitClosed()).toBe(CloseCode.forbidden);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(allowed.raw.closeCode).toBeNull();
    allowed.close();
  });

  it('revoked mid-session: the open socket closes with 4401 within seconds', async () => {
    const { user, token } = await server.createPerson(Roles.facilitator);
    const session = await syncAs(server.syncUrl, 'main-session-plan', token);
    expect(session.synced).toBe(true);
    await server.accounts.revokeAll({ system: 'test' }, user.id);
    expect(await session.raw.waitClosed(3000)).toBe(CloseCode.unauthenticated);
    const again = await syncAs(server.syncUrl, 'main-session-plan', token);
    expect(await again.raw.waitClosed()).toBe(CloseCode.unauthenticated);
  });
});

describe('A6 origins', () => {
  it('a websocket from a foreign Origin is refused before upgrading', async () => {
    const session = await syncAs(server.syncUrl, 'main-session-plan', server.token, {
      origin: 'https://evil.example',
    });
    expect(session.raw.refusedStatus).toBe(403);
    expect(session.synced).toBe(false);
  });

  it('a state-changing request from a foreign Origin is refused', async () => {
    const response = await fetch(`${server.url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', authorization: `Bearer ${server.token}` },
    });
    expect(response.status).toBe(403);
  });

  it('the server’s own origin is accepted', async () => {
    const session = await syncAs(server.syncUrl, 'main-session-plan', server.token, {
      origin: server.url,
    });
    expect(session.synced).toBe(true);
    session.close();
  });
});
