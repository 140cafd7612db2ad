/**
 * GET /api/live: a server-sent-events stream that names a topic (`calls`, `calendar`,
 * `actions`) whenever something of that kind changes; the browser then re-fetches what it shows
 * through the permission-checked API. Nothing else travels on it. A comment line every
 * HEARTBEAT_MS keeps proxies from closing it and re-checks the person's credential, so a revoked
 * session's stream ends.
 */
import { streamSSE } from 'hono/streaming';
import type { AccountService } from '../accounts/AccountService';
import type { LiveChannel } from '../live/LiveChannel';
import type { LiveTopic } from '../../shared/live/liveTopics';
import { presentedSecret, requireIdentity, type AppHono } from './identity';

/** How often an idle stream sends a heartbeat and re-checks the credential, in ms. */
export const HEARTBEAT_MS = 20_000;

/** Registers GET /api/live. */
export function registerLiveRoute(
  app: AppHono,
  deps: {
    readonly channel: LiveChannel;
    readonly accounts: AccountService;
    readonly heartbeatMs?: number;
  },
): void {
  app.get('/api/live', async (c) => {
    requireIdentity(c);
    const secret = presentedSecret(c);
    return streamSSE(c, async (stream) => {
      const pending: LiveTopic[] = [];
      let wake: (() => void) | null = null;
      let ended = false;
      const end = () => {
        ended = true;
        wake?.();
      };
      const unsubscribe = deps.channel.subscribe((topic) => {
        if (!pending.includes(topic)) pending.push(topic);
        wake?.();
      });
      const unregister = deps.channel.onClose(end);
      stream.onAbort(end);
      await stream.writeSSE({ event: 'ready', data: 'ready' });
      while (!ended && !stream.aborted) {
        const timedOut = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(true), deps.heartbeatMs ?? HEARTBEAT_MS);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
          if (pending.length > 0 || ended) wake();
        });
        wake = null;
        if (ended || stream.aborted) break;
        for (const topic of pending.splice(0))
          await stream.writeSSE({ event: 'change', data: topic });
        if (timedOut) {
          if (!secret || !(await deps.accounts.authenticate(secret))) break;
          await stream.write(': heartbeat\n\n');
        }
      }
      unsubscribe();
      unregister();
    });
  });
}
