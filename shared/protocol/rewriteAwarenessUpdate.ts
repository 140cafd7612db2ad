/**
 * Rewrites an awareness update before the server applies it: entries for client ids that
 * belong to another connection are dropped, and each remaining state can be transformed (the
 * server stamps the authenticated person's name and DC over whatever the client claimed).
 * Expects an update already validated by readClientMessage.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** How to rewrite one update. */
export interface AwarenessRewrite {
  /** Whether this connection may publish the state of `clientId`. */
  readonly mayPublish: (clientId: number) => boolean;
  /** The state to publish instead of `state` (null means "gone"). */
  readonly transform: (state: Record<string, unknown> | null) => Record<string, unknown> | null;
}

/** The rewritten update, or null when no entry is left. */
export function rewriteAwarenessUpdate(
  update: Uint8Array,
  rewrite: AwarenessRewrite,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const entries: Array<{ clientId: number; clock: number; state: string }> = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = JSON.parse(decoding.readVarString(decoder)) as unknown;
    if (!rewrite.mayPublish(clientId)) continue;
    const state =
      raw !== null && typeof raw === 'object' && !Array.isArray(raw)
        ? (raw as Record<string, unknown>)
        : null;
    entries.push({ clientId, clock, state: JSON.stringify(rewrite.transform(state)) });
  }
  if (entries.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
