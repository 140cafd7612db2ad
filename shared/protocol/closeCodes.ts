/**
 * WebSocket close codes used by DC Planner, shared by server and client so that the client
 * can tell the person in plain words why the connection ended and whether to retry.
 * Codes 4000–4999 are reserved by RFC 6455 for applications; 1009 is the standard code the
 * websocket layer itself uses for frames over the size limit.
 */

/** Close codes, by name. */
export const CloseCode = {
  /** Normal end of a connection (the client left). */
  normal: 1000,
  /** A frame was larger than the server's MAX_MESSAGE_BYTES. Sent by the websocket layer. */
  messageTooLarge: 1009,
  /** A binary frame could not be decoded: truncated, an oversized varint, trailing bytes, unknown type. */
  malformedMessage: 4400,
  /** The connection needs a signed-in session or API token (access control). */
  unauthenticated: 4401,
  /** The signed-in person may not open this document, or tried to change what they may not. */
  forbidden: 4403,
  /** The person's role or access changed; reconnect to get the new rights. */
  accessChanged: 4409,
  /** The document name in the URL is not allowed. */
  invalidDocumentName: 4404,
  /** A text frame arrived: the sync protocol is binary only. */
  unsupportedData: 4415,
  /** A Yjs update, state vector or awareness update could not be decoded. */
  invalidUpdate: 4422,
  /** Too many connections (server, document or person) or messages sent too fast. */
  tooManyConnections: 4429,
  /** The server could not store changes; nothing already stored is affected. */
  storageFailure: 4500,
  /** The server is restarting or shutting down; reconnect shortly. */
  serverShuttingDown: 4503,
} as const;

/** A close code known to DC Planner. */
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

interface CloseCodeInfo {
  /** What to tell the person, in plain words. */
  readonly message: string;
  /** Whether reconnecting may help. */
  readonly retry: boolean;
}

const closeCodeInfo: Readonly<Record<number, CloseCodeInfo>> = {
  [CloseCode.normal]: { message: 'Disconnected.', retry: true },
  [CloseCode.messageTooLarge]: {
    message:
      'A change was too large for the server to accept. Try splitting it into smaller edits.',
    retry: true,
  },
  [CloseCode.malformedMessage]: {
    message: 'The server could not read a message from this browser. Reload the page.',
    retry: true,
  },
  [CloseCode.unauthenticated]: { message: 'Please sign in again to keep working.', retry: false },
  [CloseCode.forbidden]: {
    message: 'You do not have permission for that change. Your copy was reset to the shared one.',
    retry: true,
  },
  [CloseCode.invalidDocumentName]: {
    message: 'This document address is not valid. Go back to the document list.',
    retry: false,
  },
  [CloseCode.unsupportedData]: {
    message: 'The server received data it does not understand. Reload the page.',
    retry: true,
  },
  [CloseCode.invalidUpdate]: {
    message: 'The server could not read a change from this browser. Reload the page.',
    retry: true,
  },
  [CloseCode.accessChanged]: {
    message: 'Your access to this document changed. Reconnecting with your new rights.',
    retry: true,
  },
  [CloseCode.tooManyConnections]: {
    message: 'Too many connections or changes at once. Retrying shortly.',
    retry: true,
  },
  [CloseCode.storageFailure]: {
    message: 'The server could not save changes. Your edits are kept in this browser; retrying.',
    retry: true,
  },
  [CloseCode.serverShuttingDown]: {
    message: 'The server is restarting. Reconnecting shortly.',
    retry: true,
  },
};

/**
 * What a close code means to a person, and whether reconnecting may help.
 * Unknown codes (network drops, 1006) are treated as a lost connection worth retrying.
 */
export function describeCloseCode(code: number): CloseCodeInfo {
  return closeCodeInfo[code] ?? { message: 'The connection was lost. Reconnecting.', retry: true };
}
