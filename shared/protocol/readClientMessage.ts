/**
 * Decodes and validates one frame sent by a client, without touching any document.
 * Everything a hostile client can send is checked here, so the room only ever sees
 * well-formed messages: a frame is exactly one message, varuints are in range, and
 * Yjs updates, state vectors and awareness updates decode completely.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import { MessageType, SyncStep } from './messageTypes';

/** A well-formed message from a client. */
export type ClientMessage =
  | { readonly kind: 'syncStep1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'syncStep2'; readonly update: Uint8Array }
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'queryAwareness' }
  | { readonly kind: 'saveRequest'; readonly requestId: number };

/** Why a frame was refused: the close code to use and a reason for the log and the client. */
export interface ProtocolError {
  readonly code: number;
  readonly reason: string;
}

/** Either a message or the reason it was refused. */
export type ReadResult =
  | { readonly ok: true; readonly message: ClientMessage }
  | { readonly ok: false; readonly error: ProtocolError };

const malformed = (reason: string): ReadResult => ({
  ok: false,
  error: { code: CloseCode.malformedMessage, reason },
});
const invalid = (reason: string): ReadResult => ({
  ok: false,
  error: { code: CloseCode.invalidUpdate, reason },
});

/** Reads one client frame. Never throws. */
export function readClientMessage(frame: Uint8Array): ReadResult {
  const decoder = decoding.createDecoder(frame);
  let result: ReadResult;
  try {
    result = readBody(decoder);
  } catch {
    return malformed('truncated frame or varint out of range');
  }
  if (result.ok && decoding.hasContent(decoder))
    return malformed('trailing bytes after the message');
  return result;
}

function readBody(decoder: decoding.Decoder): ReadResult {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return readSync(decoder);
    case MessageType.awareness: {
      const update = decoding.readVarUint8Array(decoder);
      return isValidAwarenessUpdate(update)
        ? { ok: true, message: { kind: 'awareness', update } }
        : invalid('awareness update could not be decoded');
    }
    case MessageType.queryAwareness:
      return { ok: true, message: { kind: 'queryAwareness' } };
    case MessageType.saveRequest:
      return {
        ok: true,
        message: { kind: 'saveRequest', requestId: decoding.readVarUint(decoder) },
      };
    default:
      return malformed(`unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): ReadResult {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (step) {
    case SyncStep.step1:
      return isValidStateVector(payload)
        ? { ok: true, message: { kind: 'syncStep1', stateVector: payload } }
        : invalid('state vector could not be decoded');
    case SyncStep.step2:
    case SyncStep.update:
      if (!isValidUpdate(payload)) return invalid('Yjs update could not be decoded');
      return {
        ok: true,
        message: { kind: step === SyncStep.step2 ? 'syncStep2' : 'update', update: payload },
      };
    default:
      return malformed(`unknown sync step ${step}`);
  }
}

/** Whether `update` is a complete, decodable Yjs (v1) update. */
export function isValidUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

function isValidStateVector(stateVector: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(stateVector);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    return !decoding.hasContent(decoder);
  } catch {
    return false;
  }
}

/** Whether `update` has the y-protocols awareness layout with JSON states. */
export function isValidAwarenessUpdate(update: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      JSON.parse(decoding.readVarString(decoder));
    }
    return !decoding.hasContent(decoder);
  } catch {
    return false;
  }
}
