/**
 * Opens a document's sync session as soon as its address is known, in parallel with the
 * download of the editor, and hands the same session to the editor when it mounts: the
 * websocket handshake and the browser copy load while the editor code is still being parsed.
 * Sessions are shared by reference count; the last release closes a session after a short
 * delay, so React's development double-mount or a quick back-and-forth does not reconnect.
 */
import type { DocumentSession } from './documentSession';

interface Entry {
  readonly promise: Promise<DocumentSession>;
  users: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

/** How long a session nobody uses stays open, in ms. */
const CLOSE_DELAY_MS = 1500;

const entries = new Map<string, Entry>();

/** Starts (or joins) the session of document `name`; pair every call with releaseSession. */
export function acquireSession(name: string): Promise<DocumentSession> {
  let entry = entries.get(name);
  if (!entry) {
    entry = {
      promise: import('./documentSession').then((module) => module.openDocumentSession(name)),
      users: 0,
      closeTimer: null,
    };
    entries.set(name, entry);
  }
  entry.users += 1;
  if (entry.closeTimer !== null) clearTimeout(entry.closeTimer);
  entry.closeTimer = null;
  return entry.promise;
}

/** Gives back one use of document `name`'s session; the last one closes it shortly after. */
export function releaseSession(name: string): void {
  const entry = entries.get(name);
  if (!entry) return;
  entry.users = Math.max(0, entry.users - 1);
  if (entry.users > 0 || entry.closeTimer !== null) return;
  entry.closeTimer = setTimeout(() => {
    if (entries.get(name) !== entry || entry.users > 0) return;
    entries.delete(name);
    void entry.promise.then((session) => session.destroy());
  }, CLOSE_DELAY_MS);
}

/** Starts document `name`'s session for a user that is about to join it (kept briefly if not). */
export function prewarmSession(name: string): void {
  void acquireSession(name);
  releaseSession(name);
}

/**
 * Resolves when document `name`'s first connection attempt has sent its handshake (at most
 * `timeoutMs` later), so the editor code can be evaluated while the server answers. Resolves
 * at once when no session of that document is open.
 */
export async function whenSyncStarted(name: string, timeoutMs = 250): Promise<void> {
  const entry = entries.get(name);
  if (!entry) return;
  const session = await entry.promise;
  await session.provider.whenFirstAttemptSettled(timeoutMs);
}
