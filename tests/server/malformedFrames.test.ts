/**
 * A hostile client with a raw websocket: over a thousand malformed frames, each on its own
 * connection, each closing only that connection with its documented code (SPEC B1–B3),
 * while an honest client keeps syncing and the stored document stays exactly as it was.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { connectRaw, connectStockClient, type StockClient } from '../helpers/clients';
import { generateMalformedFrames } from '../helpers/malformedFrames';
import { emptyWorkspace, startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

const SEED = Number(process.env['MALFORMED_SEED'] ?? 20211209);
const COUNT = 1100;
const MAX_MESSAGE_BYTES = 64 * 1024;

let server: TestServer;
let writer: StockClient;
let reader: StockClient;

beforeAll(async () => {
  server = await startTestServer({
    workspace: emptyWorkspace,
    config: { maxMessageBytes: MAX_MESSAGE_BYTES },
  });
  writer = await connectStockClient(server, 'target');
  reader = await connectStockClient(server, 'target');
  writer.doc.getText('t').insert(0, 'before the attack. ');
  await waitFor(() => reader.doc.getText('t').toString() === 'before the attack. ');
});

afterAll(async () => {
  writer.destroy();
  reader.destroy();
  await server.close();
});

async function storedText(): Promise<string> {
  const doc = new Y.Doc();
  for (const update of (await server.store.load('target')).updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

it(`B1: ${COUNT} malformed frames each close only their own connection (seed ${SEED})`, async () => {
  const frames = generateMalformedFrames(SEED, COUNT);
  const before = await storedText();
  const batchSize = 50;
  for (let start = 0; start < frames.length; start += batchSize) {
    const batch = frames.slice(start, start + batchSize);
    const codes = await Promise.all(
      batch.map(async ({ frame }) => {
        const raw = await connectRaw(`${server.syncUrl}target`, { token: server.token });
        raw.send(frame);
        return raw.waitClosed();
      }),
    );
    codes.forEach((code, i) => {
      const { label, expectedCode } = batch[i]!;
      expect(code, `${label} (frame ${start + i}, seed ${SEED})`).toBe(expectedCode);
    });
    // The honest pair keeps syncing between every batch.
    const marker = `<${start}>`;
    writer.doc.getText('t').insert(writer.doc.getText('t').length, marker);
    await waitFor(() => reader.doc.getText('t').toString().endsWith(marker), {
      message: `sync after batch ${start}`,
    });
  }
  const after = await storedText();
  expect(after.startsWith(before)).toBe(true);
  expect(after).toBe(reader.doc.getText('t').toString());
  expect(writer.provider.wsconnected && reader.provider.wsconnected).toBe(true);
});

it('B2: a frame over MAX_MESSAGE_BYTES closes with 1009 and stores nothing', async () => {
  const before = await storedText();
  const big = new Y.Doc();
  big.getText('t').insert(0, 'x'.repeat(MAX_MESSAGE_BYTES * 2));
  const raw = await connectRaw(`${server.syncUrl}target`, { token: server.token });
  const encoded = Y.encodeStateAsUpdate(big);
  raw.send(new Uint8Array([0, 2, ...varuint(encoded.length), ...encoded]));
  expect(await raw.waitClosed()).toBe(CloseCode.messageTooLarge);
  expect(await storedText()).toBe(before);
  const healthy = await fetch(`${server.url}/healthz`);
  expect(healthy.status).toBe(200);
});

it('B3: a bad document name is refused with its own code and reason', async () => {
  for (const name of [
    'Upper',
    'has_underscore',
    '-dash',
    'a--b',
    'x'.repeat(65),
    '%E2%9C%93',
    '.hidden',
    'a.b',
  ]) {
    const raw = await connectRaw(`${server.syncUrl}${name}`, { token: server.token });
    expect(await raw.waitClosed(), name).toBe(CloseCode.invalidDocumentName);
    expect(raw.closeReason).toContain('document name');
  }
  const nested = await connectRaw(`${server.syncUrl}a/b`, { token: server.token });
  expect(await nested.waitClosed()).toBe(CloseCode.invalidDocumentName);
});

function varuint(value: number): number[] {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return bytes;
}
