/**
 * Closes open websockets whose session or API token has been revoked or has expired, within
 * a few seconds: every interval it asks the account store which of the credentials behind open
 * sockets are no longer valid. It also works for revocations made by the admin command in
 * another process, since it reads the shared database.
 */
import { CloseCode } from '../../shared/protocol/closeCodes';
import type { AccountStore } from '../accounts/AccountStore';

/** A socket to close when its credential stops being valid. */
export interface WatchedSocket {
  close(code: number, reason: string): void;
}

/** Watches the credentials of open sockets. */
export class CredentialWatcher {
  private readonly sockets = new Map<string, Set<WatchedSocket>>();
  private readonly byUser = new Map<string, Set<WatchedSocket>>();
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly store: AccountStore,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the periodic check. */
  start(): void {
    this.timer ??= setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref?.();
  }

  /** Stops the periodic check. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Watches `socket`, opened with `credentialId` by `userId`; returns the function that stops watching. */
  watch(credentialId: string, userId: string, socket: WatchedSocket): () => void {
    const add = (map: Map<string, Set<WatchedSocket>>, key: string) => {
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(socket);
    };
    add(this.sockets, credentialId);
    add(this.byUser, userId);
    return () => {
      this.remove(this.sockets, credentialId, socket);
      this.remove(this.byUser, userId, socket);
    };
  }

  /** Number of sockets a person has open. */
  countForUser(userId: string): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  /** Closes every socket of a person with `code` (their rights changed). */
  closeUser(userId: string, code: number, reason: string): void {
    for (const socket of [...(this.byUser.get(userId) ?? [])]) socket.close(code, reason);
  }

  /** Checks now; resolves when done. */
  async check(): Promise<void> {
    if (this.checking || this.sockets.size === 0) return;
    this.checking = true;
    try {
      const invalid = await this.store.findInvalidCredentials([...this.sockets.keys()], this.now());
      for (const id of invalid) {
        for (const socket of [...(this.sockets.get(id) ?? [])]) {
          socket.close(CloseCode.unauthenticated, 'your session ended; sign in again');
        }
        this.sockets.delete(id);
      }
    } finally {
      this.checking = false;
    }
  }

  private remove(map: Map<string, Set<WatchedSocket>>, key: string, socket: WatchedSocket): void {
    const set = map.get(key);
    set?.delete(socket);
    if (set?.size === 0) map.delete(key);
  }
}
