/**
 * Keeps one Y.Doc and its awareness in sync with the server over the y-websocket wire protocol,
 * with what the stock provider lacks: reconnection with backoff and jitter, a connection state
 * people can read, close codes turned into plain words, and a saved state that only the
 * server's `saved` acknowledgements can turn to "All changes saved".
 *
 * Handshake: the server sends sync step 1; we answer with sync step 2 (everything it lacks,
 * including edits made offline) followed by a save request, so its acknowledgement covers
 * the offline edits. We also send our own step 1 to receive what we lack. Until our step 2 has
 * gone out, local edits are not sent one by one: they are in step 2, and an edit sent before
 * it would build on offline edits the server has not seen yet, which the server cannot check
 * and refuses.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode, describeCloseCode } from '../../../shared/protocol/closeCodes';
import { readServerMessage } from '../../../shared/protocol/readServerMessage';
import {
  writeAwarenessMessage,
  writeSaveRequestMessage,
  writeSyncStep1Message,
  writeSyncStep2Message,
  writeUpdateMessage,
} from '../../../shared/protocol/writeMessage';
import type { NetworkSignals } from './networkSignals';
import { browserNetworkSignals } from './networkSignals';
import type { ReconnectPolicy } from './reconnectDelay';
import { defaultReconnectPolicy, reconnectDelay } from './reconnectDelay';
import type { SavedState } from './SavedStateTracker';
import { SavedStateTracker } from './SavedStateTracker';

/** Where the connection stands. */
export type ConnectionState = 'connecting' | 'online' | 'offline';

/** Everything the interface shows about syncing; a new object on every change. */
export interface SyncStatus {
  readonly connection: ConnectionState;
  readonly saved: SavedState;
  /** Changes made in this browser that the server has not confirmed. */
  readonly unsavedChanges: number;
  /** Why the last connection ended, in plain words; null when nothing to report. */
  readonly problem: string | null;
  /** False when the server said retrying cannot help (the provider stopped). */
  readonly willRetry: boolean;
  /** The close code of the last connection while not online (4401: sign in again); else null. */
  readonly closeCode: number | null;
}

/** The parts of a browser WebSocket the provider uses (so tests can pass a fake). */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** Options of a SyncProvider. */
export interface SyncProviderOptions {
  /** The websocket URL of the document, e.g. wss://host/sync/main-session-plan. */
  readonly url: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Opens a socket; defaults to the browser WebSocket. */
  readonly createSocket?: (url: string) => WebSocketLike;
  readonly policy?: ReconnectPolicy;
  /** Source of jitter; defaults to Math.random. */
  readonly random?: () => number;
  /** Online/offline signals; defaults to the browser's. */
  readonly network?: NetworkSignals;
  /** Delay between a burst of local changes and the save request that follows, in ms. */
  readonly saveRequestDelayMs?: number;
  /** Silence after which a save request checks the connection is alive, in ms. */
  readonly heartbeatMs?: number;
  /** Clock, for the heartbeat; defaults to Date.now. */
  readonly now?: () => number;
  /**
   * Others' awareness (carets, presence) received within this many ms is applied together, so
   * twenty moving carets cost the editor one redraw per batch instead of one per message.
   */
  readonly awarenessBatchMs?: number;
  /**
   * The server refused a change and closed with 4403 after saying why: this copy holds
   * something the server will never accept, so the owner must drop it and sync afresh. The
   * provider stops; without this option it only shows the reason.
   */
  readonly onPermissionDenied?: (reason: string) => void;
}

const OPEN = 1;
/** Our own close code when the server stopped answering (4000-4999: application range). */
const UNRESPONSIVE = 4000;
/** Largest save request id before wrapping (fits a small varuint). */
const MAX_REQUEST_ID = 0x3fffffff;

/** Shown while the device itself has no network. */
export const OFFLINE_MESSAGE =
  'This device is offline. Your changes are kept in this browser and will be sent when the connection returns.';

/** Shown when the server closed with 4403 without saying which change it refused. */
export const NO_ACCESS_MESSAGE =
  'You do not have access to this document. Ask the Secretariat if you need it.';

const defaultCreateSocket = (url: string): WebSocketLike =>
  new WebSocket(url) as unknown as WebSocketLike;

/** Syncs one document with the server. Call destroy() when the document is closed. */
export class SyncProvider {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  private readonly url: string;
  private readonly createSocket: (url: string) => WebSocketLike;
  private readonly policy: ReconnectPolicy;
  private readonly random: () => number;
  private readonly network: NetworkSignals;
  private readonly saveRequestDelayMs: number;
  private readonly heartbeatMs: number;
  private readonly now: () => number;
  private readonly awarenessBatchMs: number;
  private pendingAwareness: Uint8Array[] = [];
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly tracker = new SavedStateTracker();
  private readonly listeners = new Set<() => void>();
  private socket: WebSocketLike | null = null;
  /** Whether this socket's handshake has sent our sync step 2 (local edits go out after it). */
  private answeredServer = false;
  private connection: ConnectionState = 'offline';
  private problem: string | null = null;
  private stopped = false;
  private destroyed = false;
  private attempt = 0;
  private nextRequestId = 1;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private lastMessageAt = 0;
  private status: SyncStatus;
  private readonly unsubscribeNetwork: () => void;
  private firstAttemptSettled = false;
  private readonly firstAttemptWaiters: Array<() => void> = [];
  private readonly onPermissionDenied: ((reason: string) => void) | null;
  /** The reason of a permission-denied message on the current socket. */
  private deniedReason: string | null = null;
  private closeCode: number | null = null;

  constructor(options: SyncProviderOptions) {
    this.doc = options.doc;
    this.awareness = options.awareness;
    this.url = options.url;
    this.createSocket = options.createSocket ?? defaultCreateSocket;
    this.policy = options.policy ?? defaultReconnectPolicy;
    this.random = options.random ?? Math.random;
    this.network = options.network ?? browserNetworkSignals();
    this.saveRequestDelayMs = options.saveRequestDelayMs ?? 40;
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
    this.now = options.now ?? Date.now;
    this.awarenessBatchMs = options.awarenessBatchMs ?? 50;
    this.onPermissionDenied = options.onPermissionDenied ?? null;
    this.status = this.buildStatus();
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
    this.unsubscribeNetwork = this.network.subscribe(this.handleNetworkChange);
    this.connect();
  }

  /** The current status (same object until something changes: fits useSyncExternalStore). */
  getStatus = (): SyncStatus => this.status;

  /** Calls `listener` after every status change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Resolves once the first connection attempt has opened its socket and sent the handshake,
   * or has failed, or after `timeoutMs`: the moment to start other heavy work without delaying
   * the server's reply.
   */
  whenFirstAttemptSettled(timeoutMs: number): Promise<void> {
    if (this.firstAttemptSettled || this.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.firstAttemptWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Connects now if not connected, forgetting the backoff (e.g. "Retry now"). */
  reconnectNow(): void {
    if (this.destroyed) return;
    this.stopped = false;
    this.attempt = 0;
    this.closeCode = null;
    this.clearRetryTimer();
    this.connect();
    this.emit();
  }

  /** Leaves the document: tells others we left, closes the socket, stops everything. */
  destroy(): void {
    if (this.destroyed) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'leave');
    this.destroyed = true;
    this.clearRetryTimer();
    this.clearSaveTimer();
    this.clearAwarenessQueue();
    this.stopHeartbeat();
    this.unsubscribeNetwork();
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'left the document');
    }
    this.listeners.clear();
    this.settleFirstAttempt();
  }

  private connect(): void {
    if (this.destroyed || this.stopped || this.socket) return;
    if (!this.network.isOnline()) {
      this.problem = OFFLINE_MESSAGE;
      this.setConnection('offline');
      return;
    }
    let socket: WebSocketLike;
    try {
      socket = this.createSocket(this.url);
    } catch {
      this.handleClose(1006);
      return;
    }
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.answeredServer = false;
    this.deniedReason = null;
    socket.onopen = () => this.handleOpen(socket);
    socket.onmessage = (event) => this.handleMessage(socket, event.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.detach(socket);
      this.handleClose(event.code);
    };
    socket.onerror = () => {
      // A close event always follows; it carries the code.
    };
    this.setConnection('connecting');
  }

  private handleOpen(socket: WebSocketLike): void {
    if (this.socket !== socket) return;
    this.lastMessageAt = this.now();
    socket.send(writeSyncStep1Message(this.doc));
    const local = this.awareness.getLocalState();
    if (local !== null) {
      // Re-setting the state raises its clock, so the server accepts it even if it still
      // remembers this client from the previous connection; the update handler sends it.
      this.awareness.setLocalState(local);
    }
    this.startHeartbeat();
    this.settleFirstAttempt();
  }

  private handleMessage(socket: WebSocketLike, data: unknown): void {
    if (this.socket !== socket || !(data instanceof ArrayBuffer)) return;
    this.lastMessageAt = this.now();
    const message = readServerMessage(new Uint8Array(data));
    if (message === null) {
      // Something this client cannot read: drop the connection and resync from scratch.
      socket.close(UNRESPONSIVE, 'unreadable message');
      return;
    }
    switch (message.kind) {
      case 'syncStep1':
        socket.send(writeSyncStep2Message(this.doc, message.stateVector));
        this.answeredServer = true;
        this.sendSaveRequest();
        return;
      case 'syncStep2':
        Y.applyUpdate(this.doc, message.update, this);
        this.attempt = 0;
        this.problem = null;
        this.closeCode = null;
        this.setConnection('online');
        return;
      case 'update':
        Y.applyUpdate(this.doc, message.update, this);
        return;
      case 'awareness':
        this.queueAwareness(message.update);
        return;
      case 'queryAwareness':
        socket.send(
          writeAwarenessMessage(
            awarenessProtocol.encodeAwarenessUpdate(this.awareness, [
              ...this.awareness.getStates().keys(),
            ]),
          ),
        );
        return;
      case 'saved':
        this.tracker.recordSaved(message.requestId);
        this.emit();
        return;
      case 'permissionDenied':
        this.deniedReason = message.reason;
        this.problem = message.reason;
        this.emit();
        return;
    }
  }

  private handleClose(code: number): void {
    this.settleFirstAttempt();
    this.tracker.recordConnectionLost();
    this.clearSaveTimer();
    this.clearAwarenessQueue();
    this.stopHeartbeat();
    this.forgetRemotePeople();
    if (this.destroyed) return;
    this.closeCode = code;
    if (code === CloseCode.forbidden) {
      // Retrying would send the refused change again: stop, and let the owner reset the copy.
      this.stopped = true;
      const reason = this.deniedReason;
      this.problem = reason ?? NO_ACCESS_MESSAGE;
      this.setConnection('offline');
      if (reason !== null) this.onPermissionDenied?.(reason);
      return;
    }
    const info = describeCloseCode(code);
    this.problem = info.message;
    if (!info.retry) this.stopped = true;
    this.setConnection('offline');
    if (code === CloseCode.accessChanged) {
      // New rights are ready at once: no backoff.
      this.attempt = 0;
      this.connect();
      return;
    }
    if (!this.stopped) this.scheduleRetry();
  }

  private scheduleRetry(): void {
    this.clearRetryTimer();
    if (!this.network.isOnline()) return;
    const delay = reconnectDelay(this.attempt, this.random, this.policy);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private readonly handleNetworkChange = (online: boolean): void => {
    if (this.destroyed) return;
    if (online) {
      this.reconnectNow();
      return;
    }
    this.clearRetryTimer();
    // Browsers can keep a dead socket "open" for minutes after the network went away.
    const socket = this.socket;
    if (socket) {
      this.socket = null;
      this.detach(socket);
      socket.close(1000, 'offline');
      this.handleClose(1006);
    }
    this.problem = OFFLINE_MESSAGE;
    this.setConnection('offline');
  };

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.tracker.recordLocalChange();
    const socket = this.socket;
    if (socket && socket.readyState === OPEN && this.answeredServer) {
      socket.send(writeUpdateMessage(update));
      this.scheduleSaveRequest();
    }
    this.emit();
  };

  private readonly handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this) return;
    const mine = [...changes.added, ...changes.updated, ...changes.removed].filter(
      (id) => id === this.doc.clientID,
    );
    const socket = this.socket;
    if (mine.length === 0 || !socket || socket.readyState !== OPEN) return;
    socket.send(
      writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, mine)),
    );
  };

  private queueAwareness(update: Uint8Array): void {
    if (this.awarenessBatchMs <= 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
      return;
    }
    this.pendingAwareness.push(update);
    if (this.awarenessTimer !== null) return;
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = null;
      const updates = this.pendingAwareness;
      this.pendingAwareness = [];
      for (const pending of updates) {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, pending, this);
      }
    }, this.awarenessBatchMs);
  }

  private clearAwarenessQueue(): void {
    if (this.awarenessTimer !== null) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
    this.pendingAwareness = [];
  }

  private scheduleSaveRequest(): void {
    if (this.saveTimer !== null) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.sendSaveRequest();
    }, this.saveRequestDelayMs);
  }

  private sendSaveRequest(): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return;
    const id = this.nextRequestId;
    this.nextRequestId = id >= MAX_REQUEST_ID ? 1 : id + 1;
    this.tracker.recordSaveRequest(id);
    socket.send(writeSaveRequestMessage(id));
    this.emit();
  }

  private startHeartbeat(): void {
    this.stopHeartbeat();
    this.heartbeatTimer = setInterval(() => {
      const socket = this.socket;
      if (!socket || socket.readyState !== OPEN) return;
      const silence = this.now() - this.lastMessageAt;
      if (silence >= 2 * this.heartbeatMs) {
        socket.close(UNRESPONSIVE, 'the server stopped answering');
      } else if (silence >= this.heartbeatMs) {
        // Any message proves the connection alive; a save request always gets an answer.
        this.sendSaveRequest();
      }
    }, this.heartbeatMs);
  }

  private stopHeartbeat(): void {
    if (this.heartbeatTimer !== null) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  /** Others' carets disappear while we cannot see them; the next handshake brings them back. */
  private forgetRemotePeople(): void {
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    // Forget their clocks too, so their states are accepted again after reconnecting.
    for (const id of others) this.awareness.meta.delete(id);
  }

  private settleFirstAttempt(): void {
    if (this.firstAttemptSettled) return;
    this.firstAttemptSettled = true;
    for (const resolve of this.firstAttemptWaiters.splice(0)) resolve();
  }

  private detach(socket: WebSocketLike): void {
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    socket.onerror = null;
  }

  private clearRetryTimer(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearSaveTimer(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  private setConnection(connection: ConnectionState): void {
    this.connection = connection;
    this.emit();
  }

  private buildStatus(): SyncStatus {
    return {
      connection: this.connection,
      saved: this.tracker.state,
      unsavedChanges: this.tracker.unconfirmedChanges,
      problem: this.problem,
      willRetry: !this.stopped,
      closeCode: this.connection === 'online' ? null : this.closeCode,
    };
  }

  private emit(): void {
    const next = this.buildStatus();
    const previous = this.status;
    if (
      next.connection === previous.connection &&
      next.saved === previous.saved &&
      next.unsavedChanges === previous.unsavedChanges &&
      next.problem === previous.problem &&
      next.willRetry === previous.willRetry &&
      next.closeCode === previous.closeCode
    ) {
      return;
    }
    this.status = next;
    for (const listener of [...this.listeners]) listener();
  }
}
