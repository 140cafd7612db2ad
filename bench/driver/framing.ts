/**
 * What differs between the wire formats the benchmark speaks. y-websocket servers (ours,
 * @y/websocket-server, the floor) carry bare y-protocols messages, one document per socket;
 * Hocuspocus prefixes every message with the document name and wants an authentication
 * message first. Each format is one small adapter implementing this interface, so the
 * clients and scenarios never branch on the server.
 */

/** How a message type of a framing maps to the y-protocols meaning the driver cares about. */
export type MessageKind = 'sync' | 'awareness' | 'auth' | 'other';

/** One wire format: how to open a document, wrap outgoing messages and unwrap incoming ones. */
export interface Framing {
  /** Short name for logs and the results file. */
  readonly id: 'plain' | 'hocuspocus';
  /** Frames to send as soon as the socket opens, before sync step 1. */
  openingFrames(docName: string): readonly Uint8Array[];
  /** Wraps one y-protocols message for `docName`. */
  wrap(docName: string, message: Uint8Array): Uint8Array;
  /** Where the y-protocols message starts in a received frame; -1 to ignore the frame. */
  messageOffset(frame: Uint8Array): number;
  /** What a message type number means in this framing. */
  kindOf(type: number): MessageKind;
  /** Whether an auth message with this subtype refuses the connection. */
  isPermissionDenied(authSubtype: number): boolean;
}
