/**
 * The standard y-websocket framing: a frame is exactly one y-protocols message and the
 * document is named by the socket's URL. Spoken by our server, @y/websocket-server and the
 * plain ws floor.
 */
import type { Framing, MessageKind } from './framing';
import { MessageType } from './wire';

/** y-protocols auth subtype for "permission denied" (y-protocols/auth.js). */
const PERMISSION_DENIED = 0;

function kindOf(type: number): MessageKind {
  switch (type) {
    case MessageType.sync:
      return 'sync';
    case MessageType.awareness:
      return 'awareness';
    case MessageType.auth:
      return 'auth';
    default:
      return 'other';
  }
}

/** The adapter for bare y-protocols frames. */
export const plainFraming: Framing = {
  id: 'plain',
  openingFrames: () => [],
  wrap: (_docName, message) => message,
  messageOffset: () => 0,
  kindOf,
  isPermissionDenied: (subtype) => subtype === PERMISSION_DENIED,
};
