/**
 * The least a room needs of a client connection, so rooms can be driven in tests with fake
 * sockets and without a network (after tldraw's WebSocketMinimal), plus what the connection
 * may do, decided by the server from the authenticated person.
 */
import type * as Y from 'yjs';

/** The verdict on one incoming update. */
export type WriteVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The person behind a connection, as shown to others in awareness. */
export interface Presence {
  readonly id: string;
  readonly name: string;
  readonly dc: string;
  readonly color: string;
}

/** What a connection may do in its document. Absent: everything (trusted, tests). */
export interface ConnectionPermissions {
  /** False for viewers: any update that would change the document is refused. */
  readonly canWrite: boolean;
  /** Checks an update that would change the document; absent when every change is allowed. */
  readonly checkUpdate?: (doc: Y.Doc, update: Uint8Array) => WriteVerdict;
  /** Stamped on every awareness state the connection publishes, whatever the client claims. */
  readonly presence?: Presence;
}

/** A client connection as the room sees it. */
export interface RoomConnection {
  /** Sends one binary frame; a closed connection ignores it. */
  send(frame: Uint8Array): void;
  /**
   * Sends several frames in order, in one write where the transport can (optional: without it
   * the room calls `send` for each). The room passes the same array to every connection that
   * gets the same frames, so a transport may prepare the write once per array.
   */
  sendAll?(frames: readonly Uint8Array[]): void;
  /**
   * Sends a frame that many connections get: the room passes the same array to each, so a
   * transport may prepare it once, e.g. compress it (optional: without it the room calls `send`).
   */
  sendShared?(frame: Uint8Array): void;
  /** Closes the connection with a close code and a short reason (at most 123 bytes). */
  close(code: number, reason: string): void;
  readonly permissions?: ConnectionPermissions;
}
