/**
 * Who may do what with calls (SPEC K3): only the Secretariat opens and changes calls and
 * reviews answers; only DC members answer, each for their own DC; drafts stay with their DC;
 * anonymous requests get 401. Also the call form's own validation (field names in messages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roles, type Role } from '../../shared/access/roles';
import { SeededCallIds } from '../../shared/calls/seedCalls';
import { api } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
const tokens = new Map<Role, string>();
let dcad: string;
let is3c: string;
const SESSIONS = `/api/calls/${SeededCallIds.preparatorySessions}/answers`;

const newCall = {
  title: 'Speakers for the DC main session',
  explanation: 'Tell us who speaks.',
  audience: 'allDcs',
  closes: { at: '2040-01-01T12:00', zone: 'Europe/Warsaw' },
  fields: [{ id: 'speaker', label: 'Speaker', kind: 'shortText', required: true }],
};

const session = (dc: string, start = '2030-10-05T10:00', end = '2030-10-05T11:00') => ({
  dc,
  submit: true,
  values: {
    title: `Session of ${dc}`,
    description: 'About things.',
    when: { start, end, zone: 'UTC' },
    participation: 'Open to all.',
  },
});

beforeAll(async () => {
  server = await startTestServer();
  tokens.set(Roles.secretariat, server.token);
  tokens.set(Roles.facilitator, (await server.createPerson(Roles.facilitator)).token);
  tokens.set(Roles.observer, (await server.createPerson(Roles.observer)).token);
  dcad = (await server.createPerson(Roles.dcMember, { dcs: ['dcad'] })).token;
  is3c = (await server.createPerson(Roles.dcMember, { dcs: ['is3c'] })).token;
  tokens.set(Roles.dcMember, dcad);
});
afterAll(() => server.close());

describe('K3 permissions', () => {
  it.each([Roles.facilitator, Roles.dcMember, Roles.observer])(
    'a %s cannot open or change a call, or review an answer',
    async (role) => {
      const token = tokens.get(role)!;
      expect((await api(server.url, token, 'POST', '/api/calls', newCall)).status).toBe(403);
      const patch = await api(
        server.url,
        token,
        'PATCH',
        `/api/calls/${SeededCallIds.intersessional}`,
        {
          title: 'Mine now',
        },
      );
      expect(patch.status).toBe(403);
      const answer = await api(server.url, is3c, 'POST', SESSIONS, session('is3c'));
      const review = await api(
        server.url,
        token,
        'POST',
        `/api/answers/${answer.body.answer.id}/review`,
        {
          decision: 'accepted',
        },
      );
      expect(review.status).toBe(403);
    },
  );

  it.each([Roles.secretariat, Roles.facilitator, Roles.observer])(
    'a %s cannot answer a call',
    async (role) => {
      const response = await api(server.url, tokens.get(role)!, 'POST', SESSIONS, session('dcad'));
      expect(response.status).toBe(403);
    },
  );

  it('anonymous requests get 401 everywhere', async () => {
    for (const [method, path] of [
      ['GET', '/api/calls'],
      ['POST', '/api/calls'],
      ['GET', SESSIONS],
      ['GET', '/api/calendar'],
      ['GET', '/api/calendar/ics'],
      ['GET', '/api/actions'],
      ['POST', '/api/actions'],
      ['GET', '/api/live'],
    ] as const) {
      expect(
        (await api(server.url, '', method, path, method === 'POST' ? {} : undefined)).status,
      ).toBe(401);
    }
  });

  it('a DC sees its own answers and drafts; the Secretariat every submitted answer but no drafts', async () => {
    const draft = await api(server.url, dcad, 'POST', SESSIONS, {
      ...session('dcad'),
      submit: false,
    });
    const submitted = await api(server.url, is3c, 'POST', SESSIONS, session('is3c'));
    const mine = await api(server.url, dcad, 'GET', SESSIONS);
    const ids = mine.body.answers.map((a: { id: string }) => a.id);
    expect(ids).toContain(draft.body.answer.id);
    expect(ids).not.toContain(submitted.body.answer.id);
    const all = await api(server.url, server.token, 'GET', SESSIONS);
    const allIds = all.body.answers.map((a: { id: string }) => a.id);
    expect(allIds).toContain(submitted.body.answer.id);
    expect(allIds).not.toContain(draft.body.answer.id);
    expect(all.body.drafts).toBeGreaterThan(0);
    const facilitator = await api(server.url, tokens.get(Roles.facilitator)!, 'GET', SESSIONS);
    expect(facilitator.status).toBe(403);
  });
});

describe('opening a call', () => {
  it('the Secretariat opens one with fields of its choice; everyone sees it', async () => {
    const opened = await api(server.url, server.token, 'POST', '/api/calls', newCall);
    expect(opened.status).toBe(201);
    expect(opened.body.call).toMatchObject({
      title: newCall.title,
      closesAt: '2040-01-01T11:00:00.000Z',
      closesZone: 'Europe/Warsaw',
      open: true,
    });
    const list = await api(server.url, tokens.get(Roles.observer)!, 'GET', '/api/calls');
    expect(list.body.calls.map((c: { id: string }) => c.id)).toContain(opened.body.call.id);
  });

  it.each([
    [{ title: '' }, 'title', 'title: required'],
    [{ title: 'x'.repeat(161) }, 'title', 'title: at most 160 characters'],
    [{ title: 3 }, 'title', 'title: must be text'],
    [{ audience: 'everyone' }, 'audience', 'who may answer: all DCs or selected DCs'],
    [{ audience: 'someDcs', dcs: [] }, 'dcs', 'DCs: choose at least one'],
    [
      { closes: { at: '2020-01-01T12:00', zone: 'UTC' } },
      'closes.at',
      'closing date: must be in the future',
    ],
    [
      { closes: { at: '2040-03-25T02:30', zone: 'Europe/Warsaw' } },
      'closes.at',
      /closing date: 2040-03-25 02:30 does not exist/,
    ],
    [{ fields: [] }, 'fields', 'fields: at least one field'],
    [{ fields: [{ id: 'A b', label: 'x', kind: 'shortText' }] }, 'fields.0.id', /field key/],
    [{ fields: [{ id: 'a', label: 'x', kind: 'date' }] }, 'fields.0.kind', /field kind: one of/],
    [
      {
        fields: [
          { id: 'a', label: 'A', kind: 'shortText' },
          { id: 'a', label: 'B', kind: 'url' },
        ],
      },
      'fields.1.id',
      'field key: "a" is used twice',
    ],
    [{ onCalendar: true }, 'onCalendar', 'on the calendar: needs a date-and-time field'],
  ])('refuses %j, naming %s', async (change, field, message) => {
    const response = await api(server.url, server.token, 'POST', '/api/calls', {
      ...newCall,
      ...change,
    });
    expect(response.status).toBe(400);
    if (typeof message === 'string') expect(response.body.error.fields[field]).toBe(message);
    else expect(response.body.error.fields[field]).toMatch(message);
  });
});

describe('review', () => {
  it('accepting or declining with a note the DC sees; a change goes back to review', async () => {
    const answer = await api(
      server.url,
      dcad,
      'POST',
      SESSIONS,
      session('dcad', '2031-01-01T10:00', '2031-01-01T11:00'),
    );
    const id = answer.body.answer.id;
    const bad = await api(server.url, server.token, 'POST', `/api/answers/${id}/review`, {
      decision: 'maybe',
      note: 'x'.repeat(1001),
    });
    expect(bad.body.error.fields).toEqual({
      decision: 'decision: accepted or declined',
      note: 'note: at most 1000 characters',
    });
    const declined = await api(server.url, server.token, 'POST', `/api/answers/${id}/review`, {
      decision: 'declined',
      note: 'Please add a registration link.',
    });
    expect(declined.body.answer.review).toBe('declined');
    const seen = await api(server.url, dcad, 'GET', SESSIONS);
    const mine = seen.body.answers.find((a: { id: string }) => a.id === id);
    expect(mine).toMatchObject({
      review: 'declined',
      reviewNote: 'Please add a registration link.',
    });

    const changed = await api(server.url, dcad, 'PUT', `/api/answers/${id}`, {
      ...session('dcad', '2031-01-01T10:00', '2031-01-01T11:00'),
      values: {
        ...session('dcad').values,
        when: { start: '2031-01-01T10:00', end: '2031-01-01T11:00', zone: 'UTC' },
        registration: 'https://example.org',
      },
    });
    expect(changed.body.answer).toMatchObject({ review: 'pending', reviewNote: '' });
    const accepted = await api(server.url, server.token, 'POST', `/api/answers/${id}/review`, {
      decision: 'accepted',
      note: 'Thanks',
    });
    expect(accepted.body.answer.review).toBe('accepted');
    const calendar = await api(server.url, tokens.get(Roles.observer)!, 'GET', '/api/calendar');
    expect(calendar.body.entries.map((e: { id: string }) => e.id)).toContain(id);

    const withdrawn = await api(server.url, dcad, 'POST', `/api/answers/${id}/withdraw`);
    expect(withdrawn.body.answer.status).toBe('withdrawn');
    const after = await api(server.url, tokens.get(Roles.observer)!, 'GET', '/api/calendar');
    expect(after.body.entries.map((e: { id: string }) => e.id)).not.toContain(id);
    const reviewWithdrawn = await api(
      server.url,
      server.token,
      'POST',
      `/api/answers/${id}/review`,
      {
        decision: 'accepted',
      },
    );
    expect(reviewWithdrawn.status).toBe(409);
  });

  it('warns the Secretariat of sessions that overlap in time', async () => {
    const a = await api(
      server.url,
      dcad,
      'POST',
      SESSIONS,
      session('dcad', '2032-05-05T10:00', '2032-05-05T12:00'),
    );
    const b = await api(
      server.url,
      is3c,
      'POST',
      SESSIONS,
      session('is3c', '2032-05-05T11:30', '2032-05-05T13:00'),
    );
    const touching = await api(
      server.url,
      is3c,
      'POST',
      SESSIONS,
      session('is3c', '2032-05-05T13:00', '2032-05-05T14:00'),
    );
    const list = await api(server.url, server.token, 'GET', SESSIONS);
    const overlaps = list.body.overlaps;
    expect(overlaps[a.body.answer.id].map((o: { answerId: string }) => o.answerId)).toEqual([
      b.body.answer.id,
    ]);
    expect(overlaps[b.body.answer.id].map((o: { answerId: string }) => o.answerId)).toEqual([
      a.body.answer.id,
    ]);
    expect(overlaps[touching.body.answer.id]).toBeUndefined();
    const dcView = await api(server.url, dcad, 'GET', SESSIONS);
    expect(dcView.body.overlaps).toEqual({});
  });
});
