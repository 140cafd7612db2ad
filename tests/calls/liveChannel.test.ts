/**
 * The live channel (SPEC K5): GET /api/live streams the topic of every change, and nothing
 * else, to every signed-in person; a change by one person reaches another's stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { SeededCallIds } from '../../shared/calls/seedCalls';
import { api } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ liveHeartbeatMs: 100 });
});
afterAll(() => server.close());

/** Opens the stream as `token` and collects its raw text. */
async function listen(token: string) {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/live`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const state = { text: '' };
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        state.text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted
    }
  })();
  await waitFor(() => state.text.includes('event: ready'), { message: 'ready' });
  return { state, close: () => controller.abort() };
}

describe('K5 live topics', () => {
  it('a DC answer and an action item change reach another person as topics only', async () => {
    const observer = await server.createPerson(Roles.observer);
    const dc = await server.createPerson(Roles.dcMember, { dcs: ['dc-jobs'] });
    const stream = await listen(observer.token);
    await api(server.url, dc.token, 'POST', `/api/calls/${SeededCallIds.intersessional}/answers`, {
      dc: 'dc-jobs',
      submit: false,
      values: { contact: 'Secret draft contact' },
    });
    await waitFor(() => stream.state.text.includes('data: calls'), { message: 'calls topic' });
    await api(server.url, server.token, 'POST', '/api/actions', {
      meeting: 'DCCG 56',
      what: 'Test item',
      owners: [{ kind: 'secretariat' }],
    });
    await waitFor(() => stream.state.text.includes('data: actions'), { message: 'actions topic' });
    expect(stream.state.text).not.toContain('Secret draft contact');
    for (const line of stream.state.text.split('\n').filter((l) => l.startsWith('data: ')))
      expect(['data: ready', 'data: calls', 'data: calendar', 'data: actions']).toContain(line);
    stream.close();
    await waitFor(() => server.live.size === 0, { message: 'stream closed' });
  });

  it('a revoked session stream ends at the next heartbeat', async () => {
    const person = await server.createPerson(Roles.observer);
    const stream = await listen(person.token);
    await waitFor(() => stream.state.text.includes(': heartbeat'), { message: 'heartbeat' });
    const before = server.live.size;
    await server.accounts.revokeAll({ system: 'test' }, person.user.id);
    await waitFor(() => server.live.size === before - 1, { message: 'stream ended' });
    stream.close();
  });
});
