/**
 * Decodes one frame sent by the server, for DC Planner's own client. A frame the client
 * cannot read is reported, not thrown, so the connection layer can drop and resync.
 */
import * as decoding from 'lib0/decoding';
import { MessageType, SyncStep } from './messageTypes';

/** A message from the server. */
export type ServerMessage =
  | { readonly kind: 'syncStep1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'syncStep2'; readonly update: Uint8Array }
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'queryAwareness' }
  | { readonly kind: 'saved'; readonly requestId: number }
  | { readonly kind: 'permissionDenied'; readonly reason: string };

/** Reads one server frame; `null` when it is not a message this client understands. */
export function readServerMessage(frame: Uint8Array): ServerMessage | null {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SyncStep.step1) return { kind: 'syncStep1', stateVector: payload };
        if (step === SyncStep.step2) return { kind: 'syncStep2', update: payload };
        if (step === SyncStep.update) return { kind: 'update', update: payload };
        return null;
      }
      case MessageType.awareness:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MessageType.queryAwareness:
        return { kind: 'queryAwareness' };
      case MessageType.saved:
        return { kind: 'saved', requestId: decoding.readVarUint(decoder) };
      case MessageType.auth:
        // y-protocols auth: a varuint (0 = permission denied) then a reason string.
        decoding.readVarUint(decoder);
        return { kind: 'permissionDenied', reason: decoding.readVarString(decoder) };
      default:
        return null;
    }
  } catch {
    return null;
  }
}
