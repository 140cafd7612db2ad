/**
 * The published calendar as iCalendar (SPEC K4): the whole calendar and one session download
 * as .ics, parsed back with ical.js to the same UTC instants; the subscribable feed URL works
 * without a session, shows only accepted sessions, and stops when replaced, turned off, or the
 * person is disabled.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { SeededCallIds } from '../../shared/calls/seedCalls';
import { api } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
let dc: string;
let acceptedId: string;
let pendingId: string;
const SESSIONS = `/api/calls/${SeededCallIds.preparatorySessions}/answers`;

const session = (title: string, start: string, end: string, zone: string) => ({
  dc: 'dcad',
  submit: true,
  values: {
    title,
    description:
      'Accessible hybrid meetings, with captions; commas, semicolons; and a long line '.repeat(3),
    when: { start, end, zone },
    participation: 'Zoom',
    registration: 'https://example.org/register?x=1&y=2',
  },
});

function events(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

beforeAll(async () => {
  server = await startTestServer();
  dc = (await server.createPerson(Roles.dcMember, { dcs: ['dcad'] })).token;
  // Tokyo 23:00 to 01:00 the next day: crosses midnight there.
  const accepted = await api(
    server.url,
    dc,
    'POST',
    SESSIONS,
    session('Across midnight', '2030-10-05T23:00', '2030-10-06T01:00', 'Asia/Tokyo'),
  );
  acceptedId = accepted.body.answer.id;
  await api(server.url, server.token, 'POST', `/api/answers/${acceptedId}/review`, {
    decision: 'accepted',
  });
  const pending = await api(
    server.url,
    dc,
    'POST',
    SESSIONS,
    session('Not yet', '2030-10-07T10:00', '2030-10-07T11:00', 'UTC'),
  );
  pendingId = pending.body.answer.id;
});
afterAll(() => server.close());

describe('K4 iCalendar', () => {
  it('the whole calendar parses back to the accepted sessions at the same instants', async () => {
    const response = await api(server.url, dc, 'GET', '/api/calendar/ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="dc-sessions.ics"/,
    );
    const parsed = events(response.text);
    expect(parsed).toHaveLength(1);
    const event = parsed[0]!;
    expect(event.summary).toBe('Across midnight (DC on Accessibility and Disability)');
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-10-05T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-10-05T16:00:00.000Z');
    expect(event.description).toContain('commas, semicolons; and a long line');
    expect(event.description).toContain('https://example.org/register?x=1&y=2');
    expect(event.uid).toContain(acceptedId);
    expect(response.text).not.toContain('Not yet');
  });

  it('one session downloads on its own; a session not on the calendar is 404', async () => {
    const one = await api(server.url, dc, 'GET', `/api/calendar/sessions/${acceptedId}/ics`);
    expect(one.headers.get('content-disposition')).toMatch(/filename="across-midnight.ics"/);
    expect(events(one.text).map((e) => e.uid)).toEqual([expect.stringContaining(acceptedId)]);
    const pending = await api(server.url, dc, 'GET', `/api/calendar/sessions/${pendingId}/ics`);
    expect(pending.status).toBe(404);
  });

  it('the feed works without a session, and stops when replaced, turned off or the person is disabled', async () => {
    const observer = await server.createPerson(Roles.observer);
    expect((await api(server.url, observer.token, 'GET', '/api/calendar/feed-token')).body).toEqual(
      {
        exists: false,
        createdAt: null,
      },
    );
    const made = await api(server.url, observer.token, 'POST', '/api/calendar/feed-token');
    expect(made.status).toBe(201);
    const url: string = made.body.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/feed\/dcp_feed_[\w-]+\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(events(await feed.text()).map((e) => e.summary)).toEqual([
      'Across midnight (DC on Accessibility and Disability)',
    ]);
    expect(
      (await api(server.url, observer.token, 'GET', '/api/calendar/feed-token')).body.exists,
    ).toBe(true);

    const replaced = await api(server.url, observer.token, 'POST', '/api/calendar/feed-token');
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(replaced.body.url)).status).toBe(200);

    await server.accounts.store.updateUser(observer.user.id, { status: 'disabled' });
    expect((await fetch(replaced.body.url)).status).toBe(404);
    await server.accounts.store.updateUser(observer.user.id, { status: 'active' });
    await api(server.url, observer.token, 'DELETE', '/api/calendar/feed-token');
    expect((await fetch(replaced.body.url)).status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/feed/dcp_feed_guessed.ics`)).status).toBe(404);
  });
});
