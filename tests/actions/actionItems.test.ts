/**
 * Action items (SPEC K6, K7): everyone reads them, only the Secretariat records, changes and
 * removes them, each field is checked and named; the meeting report's items are seeded open,
 * with deadlines after the day of seeding; due-soon and overdue flags and ownership.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roles, type Role } from '../../shared/access/roles';
import { dueFlag, isOwnedBy, type ActionItem } from '../../shared/actions/actionTypes';
import { SeededCallIds } from '../../shared/calls/seedCalls';
import { api } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
const tokens = new Map<Role, string>();
const item = {
  meeting: 'DCCG meeting 56',
  what: 'Send the session outline',
  owners: [{ kind: 'dc', dc: 'dcad' }],
  due: '2031-09-10',
  link: { kind: 'document', name: 'main-session-plan' },
};

beforeAll(async () => {
  server = await startTestServer();
  tokens.set(Roles.secretariat, server.token);
  tokens.set(Roles.facilitator, (await server.createPerson(Roles.facilitator)).token);
  tokens.set(Roles.observer, (await server.createPerson(Roles.observer)).token);
  tokens.set(Roles.dcMember, (await server.createPerson(Roles.dcMember, { dcs: ['dcad'] })).token);
});
afterAll(() => server.close());

describe('K6 seeded from the meeting report', () => {
  it('a fresh workspace has the two calls open and the action items open with deadlines ahead', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const calls = await api(server.url, tokens.get(Roles.observer)!, 'GET', '/api/calls');
    const byId = Object.fromEntries(calls.body.calls.map((c: { id: string }) => [c.id, c]));
    expect(byId[SeededCallIds.intersessional]).toMatchObject({ open: true, multiple: false });
    expect(byId[SeededCallIds.preparatorySessions]).toMatchObject({ open: true, onCalendar: true });
    const actions = await api(server.url, tokens.get(Roles.observer)!, 'GET', '/api/actions');
    const list: ActionItem[] = actions.body.actions;
    expect(list.length).toBeGreaterThanOrEqual(9);
    expect(list.every((a) => a.status === 'open')).toBe(true);
    const mapping = list.find((a) => a.what.includes('Roadmap for digital cooperation'))!;
    expect(mapping.due).toMatch(/-09-10$/);
    expect(mapping.due! > today).toBe(true);
    expect(list.filter((a) => a.due !== null).every((a) => a.due! > today)).toBe(true);
    expect(
      list.find((a) => a.link?.kind === 'call' && a.link.id === SeededCallIds.preparatorySessions),
    ).toBeDefined();
  });

  it('seeds only once: a restart on the same data does not bring removed items back', async () => {
    const first = await startTestServer();
    const listed = await api(first.url, first.token, 'GET', '/api/actions');
    await api(first.url, first.token, 'DELETE', `/api/actions/${listed.body.actions[0].id}`);
    await first.close();
    const again = await startTestServer({ dataDir: first.dataDir });
    const after = await api(again.url, again.token, 'GET', '/api/actions');
    expect(after.body.actions).toHaveLength(listed.body.actions.length - 1);
    await again.close();
  });
});

describe('K7 permissions and validation', () => {
  it.each([Roles.facilitator, Roles.dcMember, Roles.observer])(
    'a %s reads the list but cannot record, change or remove items',
    async (role) => {
      const token = tokens.get(role)!;
      expect((await api(server.url, token, 'GET', '/api/actions')).status).toBe(200);
      expect((await api(server.url, token, 'POST', '/api/actions', item)).status).toBe(403);
      const existing = (await api(server.url, token, 'GET', '/api/actions')).body.actions[0];
      expect(
        (await api(server.url, token, 'PATCH', `/api/actions/${existing.id}`, { status: 'done' }))
          .status,
      ).toBe(403);
      expect((await api(server.url, token, 'DELETE', `/api/actions/${existing.id}`)).status).toBe(
        403,
      );
    },
  );

  it('the Secretariat records, completes and removes an item; a person owner is named', async () => {
    const person = await server.createPerson(Roles.facilitator, { name: 'Jutta Croll' });
    const created = await api(server.url, server.token, 'POST', '/api/actions', {
      ...item,
      owners: [
        { kind: 'dc', dc: 'dcad' },
        { kind: 'dc', dc: 'is3c' },
        { kind: 'person', userId: person.user.id },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.action.owners[2]).toEqual({
      kind: 'person',
      userId: person.user.id,
      name: 'Jutta Croll',
    });
    expect(created.body.action.status).toBe('open');
    const done = await api(
      server.url,
      server.token,
      'PATCH',
      `/api/actions/${created.body.action.id}`,
      { status: 'done' },
    );
    expect(done.body.action.status).toBe('done');
    expect(done.body.action.what).toBe(item.what);
    expect(done.body.action.due).toBe(item.due);
    expect(done.body.action.link).toEqual(item.link);
    const moved = await api(
      server.url,
      server.token,
      'PATCH',
      `/api/actions/${created.body.action.id}`,
      {
        due: null,
        what: '',
      },
    );
    expect(moved.body.error.fields).toEqual({ what: 'what: say what is to be done' });
    expect(
      (await api(server.url, server.token, 'DELETE', `/api/actions/${created.body.action.id}`))
        .status,
    ).toBe(200);
    expect(
      (await api(server.url, server.token, 'DELETE', `/api/actions/${created.body.action.id}`))
        .status,
    ).toBe(404);
  });

  it.each([
    [{ what: '' }, 'what', 'what: say what is to be done'],
    [{ what: 'x'.repeat(1001) }, 'what', 'what: at most 1000 characters'],
    [{ what: 5 }, 'what', 'what: must be text'],
    [{ meeting: '' }, 'meeting', 'meeting: required'],
    [{ owners: [] }, 'owners', 'owners: at least one owner'],
    [
      { owners: [{ kind: 'dc', dc: 'dc-nowhere' }] },
      'owners.0.dc',
      'owner: unknown Dynamic Coalition',
    ],
    [
      { owners: [{ kind: 'person', userId: 'nobody' }] },
      'owners.0.userId',
      'owner: no such person',
    ],
    [{ due: '10 September' }, 'due', 'due date: a date like 2021-09-10'],
    [{ due: '2031-02-30' }, 'due', 'due date: a date like 2021-09-10'],
    [
      { link: { kind: 'document', name: 'Not A Name' } },
      'link.name',
      'linked document: not a document name',
    ],
    [{ link: { kind: 'call', id: 'no-such-call' } }, 'link.id', 'linked call: no such call'],
    [{ status: 'half' }, 'status', 'status: open or done'],
  ])('refuses %j, naming %s', async (change, field, message) => {
    const response = await api(server.url, server.token, 'POST', '/api/actions', {
      ...item,
      ...change,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[field]).toBe(message);
  });
});

describe('flags and ownership', () => {
  const open = (due: string | null) => ({ due, status: 'open' as const });
  it('flags overdue and due-soon open items only', () => {
    expect(dueFlag(open('2021-09-09'), '2021-09-10')).toBe('overdue');
    expect(dueFlag(open('2021-09-10'), '2021-09-10')).toBe('dueSoon');
    expect(dueFlag(open('2021-09-17'), '2021-09-10')).toBe('dueSoon');
    expect(dueFlag(open('2021-09-18'), '2021-09-10')).toBeNull();
    expect(dueFlag(open(null), '2021-09-10')).toBeNull();
    expect(dueFlag({ due: '2021-09-01', status: 'done' }, '2021-09-10')).toBeNull();
  });

  it('knows who owns an item', () => {
    const dcMember = { id: 'u1', role: 'dcMember', dcs: ['dcad'] };
    const secretariat = { id: 'u2', role: 'secretariat', dcs: [] };
    expect(isOwnedBy({ owners: [{ kind: 'allDcs' }] }, dcMember)).toBe(true);
    expect(isOwnedBy({ owners: [{ kind: 'allDcs' }] }, secretariat)).toBe(false);
    expect(isOwnedBy({ owners: [{ kind: 'dc', dc: 'is3c' }] }, dcMember)).toBe(false);
    expect(isOwnedBy({ owners: [{ kind: 'secretariat' }] }, secretariat)).toBe(true);
    expect(isOwnedBy({ owners: [{ kind: 'person', userId: 'u1', name: 'A' }] }, dcMember)).toBe(
      true,
    );
  });
});
