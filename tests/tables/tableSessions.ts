/**
 * Helpers for mapping-table tests through a real server: JSON API calls as a person, raw sync
 * sessions that send table edits made on their replica (tests/auth/syncAs.ts), the reason of a
 * refusal, stock clients on a table, and reading a table as the server stored it.
 */
import * as Y from 'yjs';
import { readServerMessage } from '../../shared/protocol/readServerMessage';
import { writeUpdateMessage } from '../../shared/protocol/writeMessage';
import { cellPlainText } from '../../shared/tables/cellPlainText';
import { columnsOf, existingCellText, metaOf, rowsOf } from '../../shared/tables/tableSchema';
import type { SyncSession } from '../auth/syncAs';
import { connectStockClient, type StockClient } from '../helpers/clients';
import type { TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';

/** A JSON API call as the holder of `token`; the body parsed when it is JSON. */
export async function apiJson(
  server: TestServer,
  token: string | null,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? ((await response.json()) as Record<string, unknown>) : {};
  return { status: response.status, body, headers: response.headers };
}

/** Makes `edit` on the session's replica and sends the update it produced. */
export function sendTableEdit(session: SyncSession, edit: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  session.doc.on('update', record);
  try {
    edit(session.doc);
  } finally {
    session.doc.off('update', record);
  }
  const update = Y.mergeUpdates(updates);
  session.raw.send(writeUpdateMessage(update));
  return update;
}

/** The reason of the permission-denied message the session received, if any. */
export function deniedReason(session: SyncSession): string | undefined {
  for (const frame of session.raw.frames) {
    const message = readServerMessage(frame);
    if (message?.kind === 'permissionDenied') return message.reason;
  }
  return undefined;
}

/** A stock y-websocket client on table `name` as the holder of `token`, synced. */
export function tableClient(server: TestServer, token: string, name: string): Promise<StockClient> {
  return connectStockClient({ syncUrl: server.syncUrl, token }, name);
}

/** The plain text of a cell ('' when it has none). */
export function cellTextOf(doc: Y.Doc, rowId: string, columnId: string): string {
  const fragment = existingCellText(doc, rowId, columnId);
  return fragment ? cellPlainText(fragment) : '';
}

/** The table as stored on disk right now (what a restart would load). */
export async function storedTable(server: TestServer, name: string): Promise<Y.Doc> {
  const { updates } = await server.store.load(name);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Appends a paragraph with `text` to a cell's fragment (a person typing a new line). */
export function typeParagraph(fragment: Y.XmlFragment, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [paragraph]);
}

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}

/** Everything a table holds (settings, columns, rows with their cells' rich text), as text. */
export function tableJson(doc: Y.Doc): string {
  return stableJson({
    meta: metaOf(doc).toJSON(),
    columns: columnsOf(doc).toJSON(),
    rows: rowsOf(doc).toJSON(),
  });
}

/** Waits until every client holds the same table, equal to what the server stored. */
export async function waitConverged(
  server: TestServer,
  name: string,
  clients: readonly StockClient[],
  message = 'every replica and the store to agree',
  timeoutMs = 30_000,
): Promise<string> {
  let agreed = '';
  const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  await waitFor(
    async () => {
      // State vectors first: cheap, and equal once every update has reached everyone.
      const first = vector(clients[0]!.doc);
      if (!clients.every((client) => vector(client.doc) === first)) return false;
      const stored = await storedTable(server, name);
      if (vector(stored) !== first) return false;
      agreed = tableJson(stored);
      return clients.every((client) => tableJson(client.doc) === agreed);
    },
    { message, timeoutMs, intervalMs: 25 },
  );
  return agreed;
}
