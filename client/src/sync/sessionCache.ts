/**
 * Opens a document's sync session as soon as its address is known, in parallel with the
 * download of the editor, and hands the same session to the editor when it mounts: the
 * websocket handshake and the browser copy load while the editor code is still being parsed.
 * Sessions are shared by reference count; the last release closes a session after a short
 * delay, so React's development double-mount or a quick back-and-forth does not reconnect.
 *
 * When the server refuses a change (permission denied, then close 4403), this browser's copy
 * holds something the server will never take: the session is replaced by a fresh one over an
 * emptied copy, so the document comes back exactly as the server has it.
 */
import type { DocumentSession } from './documentSession';

interface Entry {
  promise: Promise<DocumentSession>;
  /** The session once open (so reconnecting can happen at once). */
  session: DocumentSession | null;
  users: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
  lastResetAt: number;
}

/** How long a session nobody uses stays open, in ms. */
const CLOSE_DELAY_MS = 1500;

/** A copy is reset at most once in this time, so a server that keeps refusing cannot loop us. */
const MIN_RESET_INTERVAL_MS = 10_000;

const entries = new Map<string, Entry>();
const listeners = new Set<(name: string) => void>();

const open = (
  name: string,
  entry: () => Entry | undefined,
  resetReason: string | null,
): Promise<DocumentSession> =>
  import('./documentSession').then((module) => {
    const session = module.openDocumentSession(name, {
      resetReason,
      onPermissionDenied: (reason) => {
        const current = entry();
        if (current) void resetSession(name, current, reason);
      },
    });
    const current = entry();
    if (current) current.session = session;
    return session;
  });

async function resetSession(name: string, entry: Entry, reason: string): Promise<void> {
  if (entries.get(name) !== entry || Date.now() - entry.lastResetAt < MIN_RESET_INTERVAL_MS) return;
  entry.lastResetAt = Date.now();
  entry.session = null;
  const previous = entry.promise;
  entry.promise = previous
    .then((session) => session.destroyAndForget())
    .then(() => open(name, () => (entries.get(name) === entry ? entry : undefined), reason));
  await entry.promise;
  if (entries.get(name) !== entry) return;
  for (const listener of [...listeners]) listener(name);
}

/** Starts (or joins) the session of document `name`; pair every call with releaseSession. */
export function acquireSession(name: string): Promise<DocumentSession> {
  let entry = entries.get(name);
  if (!entry) {
    const created: Entry = {
      promise: Promise.resolve(null as unknown as DocumentSession),
      session: null,
      users: 0,
      closeTimer: null,
      lastResetAt: 0,
    };
    created.promise = open(name, () => (entries.get(name) === created ? created : undefined), null);
    entries.set(name, created);
    entry = created;
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

/** The session document `name` has now (it changes when a refused copy is reset). */
export function currentSession(name: string): Promise<DocumentSession> | null {
  return entries.get(name)?.promise ?? null;
}

/** Calls `listener` with a document's name whenever its session was replaced. */
export function subscribeSessionChanges(listener: (name: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reconnects every open session now (after signing in again). */
export function reconnectAllSessions(): void {
  for (const entry of entries.values()) entry.session?.provider.reconnectNow();
}

/** Closes every session now (signing out): nothing keeps syncing as the previous person. */
export function closeAllSessions(): void {
  for (const [name, entry] of [...entries]) {
    if (entry.closeTimer !== null) clearTimeout(entry.closeTimer);
    entries.delete(name);
    void entry.promise.then((session) => session.destroy());
  }
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
