/**
 * Message types of the sync wire protocol. 0–3 are the standard y-websocket types
 * (y-protocols sync and awareness); the save-acknowledgement pair is DC Planner's own
 * addition, used only by clients that ask for it, so stock providers never see it.
 */

/** First varuint of every frame. */
export const MessageType = {
  /** y-protocols sync: step 1, step 2 or update follows. */
  sync: 0,
  /** y-protocols awareness update. */
  awareness: 1,
  /** y-protocols auth (server to client: permission denied). */
  auth: 2,
  /** Ask the other side for all awareness states. */
  queryAwareness: 3,
  /** Client to server: "tell me when everything I sent before this is stored"; varuint request id follows. */
  saveRequest: 20,
  /** Server to client: everything sent before the save request with this id is durably stored. */
  saved: 21,
} as const;

/** A message type number. */
export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType];

/** Second varuint of a sync frame. Same numbers as y-protocols' messageYjsSyncStep1/2/Update. */
export const SyncStep = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;
