/**
 * Server-side validation of answers with a raw HTTP client (SPEC K1, K2): every field of the
 * seeded calls missing, too long, of the wrong type; end before start; a time the zone skips;
 * after the closing date; for another DC. Each refusal names the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { SeededCallIds } from '../../shared/calls/seedCalls';
import { api } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
let dc: string;
const SESSIONS = `/api/calls/${SeededCallIds.preparatorySessions}/answers`;
const SIGNUP = `/api/calls/${SeededCallIds.intersessional}/answers`;

/** A complete, valid session in Tokyo time, in the coming weeks. */
const session = (values: Record<string, unknown> = {}) => ({
  dc: 'dcad',
  submit: true,
  values: {
    title: 'Accessible meetings',
    description: 'How to make hybrid meetings accessible.',
    when: { start: '2030-10-05T21:00', end: '2030-10-05T22:30', zone: 'Asia/Tokyo' },
    participation: 'Zoom, registration required.',
    registration: 'https://example.org/register',
    ...values,
  },
});

beforeAll(async () => {
  server = await startTestServer();
  dc = (await server.createPerson(Roles.dcMember, { dcs: ['dcad'] })).token;
});
afterAll(() => server.close());

const post = (body: unknown, path = SESSIONS, token = dc) =>
  api(server.url, token, 'POST', path, body);

describe('K1 each field is checked on the server and named', () => {
  it('accepts a complete session and stores the instants in UTC', async () => {
    const response = await post(session());
    expect(response.status).toBe(201);
    expect(response.body.answer.values.when).toEqual({
      start: '2030-10-05T12:00:00.000Z',
      end: '2030-10-05T13:30:00.000Z',
      zone: 'Asia/Tokyo',
    });
    expect(response.body.answer.status).toBe('submitted');
  });

  it.each(['title', 'description', 'when', 'participation'])(
    'refuses a submission without %s',
    async (field) => {
      const body = session();
      delete (body.values as Record<string, unknown>)[field];
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.error.fields)).toEqual([`values.${field}`]);
      expect(response.body.error.fields[`values.${field}`]).toMatch(/required to submit/);
    },
  );

  it('lets a draft leave required fields empty but still checks what is there', async () => {
    const draft = await post({ dc: 'dcad', submit: false, values: { title: 'Half done' } });
    expect(draft.status).toBe(201);
    expect(draft.body.answer.status).toBe('draft');
    const bad = await post({ dc: 'dcad', submit: false, values: { title: 'x'.repeat(201) } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields['values.title']).toBe('Session title: at most 200 characters');
  });

  it.each([
    ['title', 'x'.repeat(201), 'Session title: at most 200 characters'],
    ['description', 'x'.repeat(1001), 'Short description: at most 1000 characters'],
    ['participation', 'x'.repeat(1001), 'Participation details: at most 1000 characters'],
    [
      'registration',
      `https://example.org/${'x'.repeat(500)}`,
      'Registration link: at most 500 characters',
    ],
  ])('refuses a too long %s', async (field, value, message) => {
    const response = await post(session({ [field]: value }));
    expect(response.status).toBe(400);
    expect(response.body.error.fields[`values.${field}`]).toBe(message);
  });

  it.each([
    ['title', 42, 'values.title', 'Session title: must be text'],
    ['description', ['a'], 'values.description', 'Short description: must be text'],
    ['when', 'tomorrow at noon', 'values.when', 'Date and time: enter a start and an end'],
    [
      'when',
      { start: 5, end: '2030-10-05T22:00', zone: 'UTC' },
      'values.when.start',
      'Date and time (start): enter a date and time',
    ],
    [
      'when',
      { start: '5 Oct', end: '2030-10-05T22:00', zone: 'UTC' },
      'values.when.start',
      'Date and time (start): enter a date and time like 2021-10-05 14:30',
    ],
    [
      'when',
      { start: '2030-10-05T21:00', end: '2030-10-05T22:00', zone: 'Asia/Tokio' },
      'values.when.start',
      'Date and time (start): unknown time zone "Asia/Tokio"',
    ],
    [
      'registration',
      'javascript:alert(1)',
      'values.registration',
      'Registration link: enter a web address starting with https://',
    ],
    ['registration', 12, 'values.registration', 'Registration link: must be text'],
  ])('refuses %s of the wrong type or form (%j)', async (field, value, key, message) => {
    const response = await post(session({ [field]: value }));
    expect(response.status).toBe(400);
    expect(response.body.error.fields[key]).toBe(message);
  });

  it('refuses an end before or at the start, and a session over a week', async () => {
    for (const end of ['2030-10-05T20:00', '2030-10-05T21:00']) {
      const response = await post(
        session({ when: { start: '2030-10-05T21:00', end, zone: 'Asia/Tokyo' } }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.fields['values.when.end']).toBe(
        'Date and time (end): must be after the start',
      );
    }
    const long = await post(
      session({ when: { start: '2030-10-05T21:00', end: '2030-10-13T21:00', zone: 'UTC' } }),
    );
    expect(long.body.error.fields['values.when.end']).toMatch(/at most 7 days/);
  });

  it('Z1 refuses a time the zone skips, and states how a repeated time was read', async () => {
    const gap = await post(
      session({
        when: { start: '2030-03-31T02:30', end: '2030-03-31T04:00', zone: 'Europe/Warsaw' },
      }),
    );
    expect(gap.status).toBe(400);
    expect(gap.body.error.fields['values.when.start']).toMatch(
      /^Date and time \(start\): 2030-03-31 02:30 does not exist in Europe\/Warsaw/,
    );
    const repeated = await post(
      session({
        when: { start: '2030-10-27T02:30', end: '2030-10-27T04:00', zone: 'Europe/Warsaw' },
      }),
    );
    expect(repeated.status).toBe(201);
    expect(repeated.body.answer.values.when.start).toBe('2030-10-27T00:30:00.000Z');
    expect(repeated.body.notes[0]).toMatch(/happens twice/);
  });

  it('refuses unknown fields, a missing DC, a non-boolean submit and a body that is not JSON', async () => {
    const unknown = await post(session({ colour: 'red' }));
    expect(unknown.body.error.fields['values.colour']).toBe('colour: this call has no such field');
    const noDc = await post({ ...session(), dc: undefined });
    expect(noDc.body.error.fields['dc']).toBe('Dynamic Coalition: choose the DC you answer for');
    const badSubmit = await post({ ...session(), submit: 'yes' });
    expect(badSubmit.body.error.fields['submit']).toMatch(/submit/);
    const notJson = await post('{"dc": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.id).toBe('invalid_json');
  });

  it('checks the sign-up call: contact person required and limited, note optional', async () => {
    const missing = await post({ dc: 'dcad', submit: true, values: { note: 'hi' } }, SIGNUP);
    expect(missing.body.error.fields['values.contact']).toBe('Contact person: required to submit');
    const long = await post(
      { dc: 'dcad', submit: true, values: { contact: 'x'.repeat(201) } },
      SIGNUP,
    );
    expect(long.body.error.fields['values.contact']).toBe('Contact person: at most 200 characters');
    const ok = await post({ dc: 'dcad', submit: true, values: { contact: 'Judith' } }, SIGNUP);
    expect(ok.status).toBe(201);
    const again = await post({ dc: 'dcad', submit: true, values: { contact: 'Judith' } }, SIGNUP);
    expect(again.status).toBe(409);
    expect(again.body.error.fields.dc).toMatch(/already answered/);
  });
});

describe('K1 changes', () => {
  it('a submitted answer stays complete: a change that empties a required field is refused', async () => {
    const created = await post(session());
    const change = await api(server.url, dc, 'PUT', `/api/answers/${created.body.answer.id}`, {
      ...session({ title: '' }),
      submit: false,
    });
    expect(change.status).toBe(400);
    expect(change.body.error.fields['values.title']).toBe('Session title: required to submit');
  });
});

describe('K2 who may answer, and until when', () => {
  it('refuses an answer for another DC, naming the DC field', async () => {
    const response = await post(session({}), SESSIONS);
    expect(response.status).toBe(201);
    const other = await post({ ...session(), dc: 'is3c' });
    expect(other.status).toBe(403);
    expect(other.body.error.fields.dc).toBe('Dynamic Coalition: you answer only for your own DC');
  });

  it('refuses changes to another DC answer', async () => {
    const mine = await post(session());
    const otherDc = (await server.createPerson(Roles.dcMember, { dcs: ['is3c'] })).token;
    const change = await api(server.url, otherDc, 'PUT', `/api/answers/${mine.body.answer.id}`, {
      ...session(),
      dc: 'is3c',
    });
    expect(change.status).toBe(403);
    const withdraw = await api(
      server.url,
      otherDc,
      'POST',
      `/api/answers/${mine.body.answer.id}/withdraw`,
    );
    expect(withdraw.status).toBe(403);
    const list = await api(server.url, otherDc, 'GET', SESSIONS);
    expect(list.body.answers.map((a: { dc: string }) => a.dc)).not.toContain('dcad');
  });

  it('refuses answers and changes after the closing date', async () => {
    const opened = await api(server.url, server.token, 'POST', '/api/calls', {
      title: 'Closing soon',
      audience: 'allDcs',
      closes: { at: '2040-01-01T12:00', zone: 'UTC' },
      fields: [{ id: 'contact', label: 'Contact person', kind: 'shortText', required: true }],
    });
    expect(opened.status).toBe(201);
    const path = `/api/calls/${opened.body.call.id}/answers`;
    const before = await post({ dc: 'dcad', submit: false, values: { contact: 'Judith' } }, path);
    expect(before.status).toBe(201);
    const closed = await api(
      server.url,
      server.token,
      'PATCH',
      `/api/calls/${opened.body.call.id}`,
      {
        closes: { at: '2020-01-01T12:00', zone: 'UTC' },
      },
    );
    expect(closed.status).toBe(200);
    expect(closed.body.call.open).toBe(false);
    const after = await post({ dc: 'dcad', submit: true, values: { contact: 'Judith' } }, path);
    expect(after.status).toBe(409);
    expect(after.body.error.id).toBe('call_closed');
    const change = await api(server.url, dc, 'PUT', `/api/answers/${before.body.answer.id}`, {
      dc: 'dcad',
      submit: true,
      values: { contact: 'Judith' },
    });
    expect(change.status).toBe(409);
  });

  it('refuses calls addressed to other DCs', async () => {
    const opened = await api(server.url, server.token, 'POST', '/api/calls', {
      title: 'Only IS3C',
      audience: 'someDcs',
      dcs: ['is3c'],
      closes: { at: '2040-01-01T12:00', zone: 'UTC' },
      fields: [{ id: 'note', label: 'Note', kind: 'longText' }],
    });
    const response = await post(
      { dc: 'dcad', submit: true, values: {} },
      `/api/calls/${opened.body.call.id}/answers`,
    );
    expect(response.status).toBe(403);
    expect(response.body.error.fields.dc).toMatch(/not addressed to your DC/);
  });
});
