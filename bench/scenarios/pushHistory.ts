/**
 * Loads a history into a server the way it would get there in real life: a client sends
 * the updates one by one. A keeper client stays connected while the scenario measures, so
 * servers that unload empty documents (Hocuspocus, ours after its grace period) keep this
 * one loaded, and it also tells when the push is complete: the last update carries a marker,
 * and the keeper seeing it relayed means the server has accepted everything before it (ours
 * relays only what it has stored).
 */
import type { BenchClient } from '../driver/BenchClient';
import { MarkerTag, forEachMarker } from '../driver/markers';
import { waitUntil } from '../driver/time';
import { encodeUpdateMessage } from '../driver/wire';
import type { History } from '../fixtures/history';
import type { ScenarioContext } from './types';

const HIGH_WATER_BYTES = 8 * 1024 * 1024;
const LOW_WATER_BYTES = 1024 * 1024;

/** Pushes `history` into `docName` and returns the keeper client, still connected. */
export async function pushHistory(
  ctx: ScenarioContext,
  docName: string,
  history: History,
): Promise<BenchClient> {
  let arrived = false;
  const [keeper] = await ctx.clients.openSynced(
    [
      {
        ...ctx.clientOptions(docName),
        onSyncPayload: (payload) =>
          forEachMarker(payload, MarkerTag.history, (n) => {
            if (n === history.lastMarker) arrived = true;
          }),
      },
    ],
    1,
    ctx.timeoutMs,
  );
  const [pusher] = await ctx.clients.openSynced([ctx.clientOptions(docName)], 1, ctx.timeoutMs);
  if (keeper === undefined || pusher === undefined) throw new Error('clients did not open');
  for (const update of history.updates) {
    pusher.send(encodeUpdateMessage(update));
    if (pusher.bufferedAmount > HIGH_WATER_BYTES) {
      await waitUntil(() => pusher.bufferedAmount < LOW_WATER_BYTES, ctx.timeoutMs, 'push drain');
    }
  }
  await waitUntil(
    () => arrived,
    4 * ctx.timeoutMs,
    `${history.updates.length} updates relayed`,
    20,
  );
  await ctx.clients.close([pusher]);
  return keeper;
}
