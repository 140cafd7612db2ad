/**
 * Per-person limits (SPEC A11): the message rate trips with 4429 and a plain reason, and
 * recovers once the person slows down; the connection cap per person refuses the extra socket.
 */
import { afterEach, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { writeQueryAwarenessMessage } from '../../shared/protocol/writeMessage';
import { connectRaw } from '../helpers/clients';
import { emptyWorkspace, startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

it('A11: a message flood closes the socket with 4429; after a pause the person can work again', async () => {
  server = await startTestServer({
    workspace: emptyWorkspace,
    config: { maxMessagesPerSecond: 5 },
  });
  const flooding = await connectRaw(`${server.syncUrl}limited`, { token: server.token });
  for (let i = 0; i < 40; i++) flooding.send(writeQueryAwarenessMessage());
  expect(await flooding.waitClosed()).toBe(CloseCode.tooManyConnections);
  expect(flooding.closeReason).toMatch(/too fast/);

  await new Promise((resolve) => setTimeout(resolve, 1500));
  const calm = await connectRaw(`${server.syncUrl}limited`, { token: server.token });
  calm.send(writeQueryAwarenessMessage());
  await waitFor(() => calm.frames.length >= 1);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(calm.closeCode).toBeNull();
  calm.ws.close();
});

it('A11: one person cannot open more than MAX_CONNECTIONS_PER_USER sockets', async () => {
  server = await startTestServer({
    workspace: emptyWorkspace,
    config: { maxConnectionsPerUser: 2 },
  });
  const first = await connectRaw(`${server.syncUrl}capped`, { token: server.token });
  const second = await connectRaw(`${server.syncUrl}capped`, { token: server.token });
  await waitFor(() => first.frames.length > 0 && second.frames.length > 0);
  const third = await connectRaw(`${server.syncUrl}capped`, { token: server.token });
  expect(await third.waitClosed()).toBe(CloseCode.tooManyConnections);
  expect(third.closeReason).toMatch(/too many connections/);
  const someoneElse = await server.createPerson('facilitator');
  const other = await connectRaw(`${server.syncUrl}capped`, { token: someoneElse.token });
  await waitFor(() => other.frames.length > 0);
  expect(other.closeCode).toBeNull();
  for (const socket of [first, second, other]) socket.ws.close();
});
