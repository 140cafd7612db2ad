/**
 * The Hocuspocus framing (@hocuspocus/server 3.x, read from its MessageReceiver and
 * ClientConnection): every message starts with the document name as a lib0 varString, so
 * one socket can carry several documents; the server queues everything until it gets an
 * Auth message (type 2, subtype Token = 0, then a token string) and answers Authenticated.
 * It also answers sync with SyncReply (4), and acknowledges updates with SyncStatus (8).
 */
import * as encoding from 'lib0/encoding';
import type { Framing, MessageKind } from './framing';
import { Cursor } from './wire';

/** Hocuspocus message types (packages/server/src/types.ts). */
const HocuspocusType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  syncReply: 4,
} as const;

/** Hocuspocus auth subtypes (packages/common/src/auth.ts). */
const AuthSubtype = {
  token: 0,
  permissionDenied: 1,
} as const;

const prefixes = new Map<string, Uint8Array>();

function prefixFor(docName: string): Uint8Array {
  let prefix = prefixes.get(docName);
  if (prefix === undefined) {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, docName);
    prefix = encoding.toUint8Array(encoder);
    prefixes.set(docName, prefix);
  }
  return prefix;
}

function wrap(docName: string, message: Uint8Array): Uint8Array {
  const prefix = prefixFor(docName);
  const frame = new Uint8Array(prefix.length + message.length);
  frame.set(prefix, 0);
  frame.set(message, prefix.length);
  return frame;
}

function authentication(docName: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, HocuspocusType.auth);
  encoding.writeVarUint(encoder, AuthSubtype.token);
  // No onAuthenticate hook is configured, so any token passes; the provider sends '' too.
  encoding.writeVarString(encoder, '');
  return wrap(docName, encoding.toUint8Array(encoder));
}

function messageOffset(frame: Uint8Array): number {
  const cursor = new Cursor(frame, 0);
  const nameLength = cursor.readVarUint();
  return cursor.pos + nameLength;
}

function kindOf(type: number): MessageKind {
  switch (type) {
    case HocuspocusType.sync:
    case HocuspocusType.syncReply:
      return 'sync';
    case HocuspocusType.awareness:
      return 'awareness';
    case HocuspocusType.auth:
      return 'auth';
    default:
      return 'other';
  }
}

/** The adapter for Hocuspocus' document-name-prefixed frames. */
export const hocuspocusFraming: Framing = {
  id: 'hocuspocus',
  openingFrames: (docName) => [authentication(docName)],
  wrap,
  messageOffset,
  kindOf,
  isPermissionDenied: (subtype) => subtype === AuthSubtype.permissionDenied,
};
