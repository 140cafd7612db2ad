/**
 * The least a room needs of a client connection, so rooms can be driven in tests with fake
 * sockets and without a network (after tldraw's WebSocketMinimal).
 */

/** A client connection as the room sees it. */
export interface RoomConnection {
  /** Sends one binary frame; a closed connection ignores it. */
  send(frame: Uint8Array): void;
  /** Closes the connection with a close code and a short reason (at most 123 bytes). */
  close(code: number, reason: string): void;
}
