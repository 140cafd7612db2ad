/**
 * A client that already holds a document (a collaborator with the page open, or a client
 * reconnecting after a restart) answers the server's sync step 1 with exactly what the
 * server lacks. Many such clients share one encoded state, and the diffs for the state
 * vectors they meet are cached, so a thousand reconnecting clients cost the driver little.
 */
import * as Y from 'yjs';
import type { BenchClientOptions } from './BenchClient';

/** The sync behaviour of clients holding `state`. */
export interface HeldDocument {
  /** State vector of the held document. */
  readonly stateVector: Uint8Array;
  /** The answer to a server's sync step 1. */
  readonly answerStep1: (serverStateVector: Uint8Array) => Uint8Array;
}

/** Builds the shared sync behaviour for clients that hold the document `state`. */
export function holdDocument(state: Uint8Array): HeldDocument {
  const diffs = new Map<string, Uint8Array>();
  return {
    stateVector: Y.encodeStateVectorFromUpdate(state),
    answerStep1: (serverStateVector) => {
      const key = Buffer.from(serverStateVector).toString('base64');
      let diff = diffs.get(key);
      if (diff === undefined) {
        diff = Y.diffUpdate(state, serverStateVector);
        diffs.set(key, diff);
      }
      return diff;
    },
  };
}

/** Client options for holding `held`. */
export function heldOptions(
  held: HeldDocument,
): Pick<BenchClientOptions, 'stateVector' | 'answerStep1'> {
  return { stateVector: held.stateVector, answerStep1: held.answerStep1 };
}
