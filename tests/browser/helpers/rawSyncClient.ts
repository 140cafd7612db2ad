/**
 * A bare-bones sync client on Node's `ws`: it speaks the wire protocol with the shared
 * encoders, holds its own Y.Doc, and can push any Yjs update, including hostile ones the
 * editor would never produce, then wait for the server's "saved" acknowledgement.
 */
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readServerMessage } from '../../../shared/protocol/readServerMessage';
import {
  writeAwarenessMessage,
  writeSaveRequestMessage,
  writeSyncStep1Message,
  writeSyncStep2Message,
  writeUpdateMessage,
} from '../../../shared/protocol/writeMessage';
import { waitFor } from '../../helpers/waitFor';

/** A connected raw client. */
export interface RawSyncClient {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Changes `doc` in `change`, sends the resulting update and waits until it is stored. */
  change(change: (doc: Y.Doc) => void): Promise<void>;
  /** Sends my awareness state. */
  publishAwareness(): void;
  close(): Promise<void>;
}

const ORIGIN = 'raw-sync-client';

/**
 * Connects to document `name` on the server at `baseUrl` (http://host:port) with the API
 * token `token` (Authorization: Bearer) and syncs.
 */
export async function connectRawSyncClient(
  baseUrl: string,
  name: string,
  token: string,
): Promise<RawSyncClient> {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/sync/${name}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  ws.binaryType = 'nodebuffer';
  let synced = false;
  let nextRequest = 1;
  const acknowledged = new Set<number>();
  ws.on('message', (data: Buffer) => {
    const message = readServerMessage(new Uint8Array(data));
    if (!message) return;
    if (message.kind === 'syncStep1') ws.send(writeSyncStep2Message(doc, message.stateVector));
    if (message.kind === 'syncStep2' || message.kind === 'update') {
      Y.applyUpdate(doc, message.update, ORIGIN);
      if (message.kind === 'syncStep2') synced = true;
    }
    if (message.kind === 'awareness') {
      awarenessProtocol.applyAwarenessUpdate(awareness, message.update, ORIGIN);
    }
    if (message.kind === 'saved') acknowledged.add(message.requestId);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(writeSyncStep1Message(doc));
  await waitFor(() => synced, { message: `raw client to sync ${name}` });

  return {
    doc,
    awareness,
    change: async (change) => {
      const updates: Uint8Array[] = [];
      const collect = (update: Uint8Array, origin: unknown) => {
        if (origin !== ORIGIN) updates.push(update);
      };
      doc.on('update', collect);
      try {
        change(doc);
      } finally {
        doc.off('update', collect);
      }
      for (const update of updates) ws.send(writeUpdateMessage(update));
      const id = nextRequest++;
      ws.send(writeSaveRequestMessage(id));
      await waitFor(() => acknowledged.has(id), { message: 'the server to store the update' });
    },
    publishAwareness: () => {
      ws.send(
        writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])),
      );
    },
    close: async () => {
      awareness.destroy();
      if (ws.readyState === WebSocket.CLOSED) return;
      await new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close(1000);
      });
    },
  };
}
