/**
 * A raw sync session as one person: opens the socket with their token, asks for the document,
 * and can send a text edit or an awareness state, decoding what comes back. Used by the
 * authorization matrix.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { readServerMessage } from '../../shared/protocol/readServerMessage';
import {
  writeAwarenessMessage,
  writeSyncStep1Message,
  writeUpdateMessage,
} from '../../shared/protocol/writeMessage';
import { connectRaw, type RawClient } from '../helpers/clients';
import { waitFor } from '../helpers/waitFor';

/** A raw session with a local replica. */
export interface SyncSession {
  readonly raw: RawClient;
  readonly doc: Y.Doc;
  /** Whether the first sync brought the document (false when the socket was closed first). */
  synced: boolean;
  /** Sends an edit of the rich text (root 'default'); returns the update sent. */
  editText(text: string): Uint8Array;
  /** Publishes an awareness state for `clientId`. */
  publishAwareness(clientId: number, state: Record<string, unknown>): void;
  close(): void;
}

/** Opens `docName` as the holder of `token` (or anonymously) and waits for sync or close. */
export async function syncAs(
  syncUrl: string,
  docName: string,
  token: string | null,
  headers: Record<string, string> = {},
): Promise<SyncSession> {
  const raw = await connectRaw(`${syncUrl}${docName}`, { token, headers });
  const doc = new Y.Doc();
  const session: SyncSession = {
    raw,
    doc,
    synced: false,
    editText: (text) => {
      const before = Y.encodeStateVector(doc);
      const fragment = doc.getXmlFragment('default');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      fragment.insert(fragment.length, [paragraph]);
      const update = Y.encodeStateAsUpdate(doc, before);
      raw.send(writeUpdateMessage(update));
      return update;
    },
    publishAwareness: (clientId, state) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, JSON.stringify(state));
      raw.send(writeAwarenessMessage(encoding.toUint8Array(encoder)));
    },
    close: () => raw.ws.close(),
  };
  if (raw.closeCode !== null) return session;
  raw.send(writeSyncStep1Message(doc));
  await waitFor(
    () =>
      raw.closeCode !== null ||
      raw.frames.some((frame) => readServerMessage(frame)?.kind === 'syncStep2'),
    { message: `sync of ${docName}` },
  );
  for (const frame of raw.frames) {
    const message = readServerMessage(frame);
    if (message?.kind === 'syncStep2') {
      Y.applyUpdate(doc, message.update);
      session.synced = true;
    }
  }
  return session;
}

/** The plain text of the rich-text document. */
export function plainText(doc: Y.Doc): string {
  return doc.getXmlFragment('default').toString();
}

/** Awareness states received, by client id. */
export function awarenessSeen(session: SyncSession): Map<number, Record<string, unknown>> {
  const seen = new Map<number, Record<string, unknown>>();
  for (const frame of session.raw.frames) {
    const message = readServerMessage(frame);
    if (message?.kind !== 'awareness') continue;
    const decoded = decodeAwareness(message.update);
    for (const [id, state] of decoded) seen.set(id, state);
  }
  return seen;
}

function decodeAwareness(update: Uint8Array): Map<number, Record<string, unknown>> {
  const result = new Map<number, Record<string, unknown>>();
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    result.set(id, JSON.parse(decoding.readVarString(decoder)) as Record<string, unknown>);
  }
  return result;
}
