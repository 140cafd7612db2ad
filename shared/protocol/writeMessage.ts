/**
 * Encoders for every frame DC Planner sends, on either side. Sync and awareness frames are
 * byte-for-byte the y-websocket ones (built with y-protocols), so stock providers and
 * servers understand them.
 */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { MessageType } from './messageTypes';

/** Sync step 1: "here is my state vector, send me what I am missing". */
export function writeSyncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1 from an encoded state vector (a document held encoded, not as a Y.Doc). */
export function writeSyncStep1FromStateVector(stateVector: Uint8Array): Uint8Array {
  return writeSyncPayload(syncProtocol.messageYjsSyncStep1, stateVector);
}

/** Sync step 2 carrying `update`: what the other side is missing, already computed. */
export function writeSyncStep2FromUpdate(update: Uint8Array): Uint8Array {
  return writeSyncPayload(syncProtocol.messageYjsSyncStep2, update);
}

/** A sync frame of `step` with its payload as y-protocols writes it (a length-prefixed array). */
function writeSyncPayload(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Sync step 2: everything in `doc` that the holder of `stateVector` is missing. */
export function writeSyncStep2Message(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** A sync update frame carrying one Yjs update. */
export function writeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness frame carrying one encoded awareness update. */
export function writeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** Asks the other side for all awareness states. */
export function writeQueryAwarenessMessage(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.queryAwareness);
  return encoding.toUint8Array(encoder);
}

/** Client to server: acknowledge once everything sent before this is stored. */
export function writeSaveRequestMessage(requestId: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.saveRequest);
  encoding.writeVarUint(encoder, requestId);
  return encoding.toUint8Array(encoder);
}

/** Server to client: everything sent before save request `requestId` is durably stored. */
export function writeSavedMessage(requestId: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.saved);
  encoding.writeVarUint(encoder, requestId);
  return encoding.toUint8Array(encoder);
}

/** Server to client: y-protocols auth "permission denied" with a reason for the person. */
export function writePermissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.auth);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}
