/**
 * One simulated collaborator: a raw `ws` socket speaking the sync protocol through a
 * framing adapter, with no Y.Doc unless a scenario gives it one. Thousands of these share
 * the driver process, so the hot path only reads frame headers and hands payloads (views,
 * not copies) to the scenario's callbacks.
 *
 * "Synced" means what a y-websocket provider means by it: the server's sync step 2 has
 * arrived in answer to our step 1.
 */
import WebSocket from 'ws';
import type { Framing } from './framing';
import { deferred, now, withTimeout } from './time';
import type { Deferred } from './time';
import {
  Cursor,
  EMPTY_STATE_VECTOR,
  EMPTY_UPDATE,
  SyncStep,
  encodeSyncStep1,
  encodeSyncStep2,
} from './wire';

/** What a client is and how it reacts to the server. */
export interface BenchClientOptions {
  /** WebSocket URL of the document on the server. */
  readonly url: string;
  /** Wire format of the server. */
  readonly framing: Framing;
  /** Document name, for framings that carry it in messages. */
  readonly docName: string;
  /** State vector sent in our sync step 1: what this client already has. Default: nothing. */
  readonly stateVector?: Uint8Array;
  /** The update answering the server's sync step 1. Default: an empty update. */
  readonly answerStep1?: (serverStateVector: Uint8Array) => Uint8Array;
  /** Messages sent right after our sync step 1, such as a whole document as one update. */
  readonly afterStep1?: readonly Uint8Array[];
  /** Receives each sync step 2 and update payload: a view into the frame, valid during the call. */
  readonly onSyncPayload?: (payload: Buffer, isStep2: boolean) => void;
  /** Receives each awareness update payload: a view into the frame, valid during the call. */
  readonly onAwareness?: (payload: Buffer) => void;
  /** Longest wait for the websocket opening handshake. Default: 60 s. */
  readonly handshakeTimeoutMs?: number;
  /** HTTP headers of the upgrade request, such as a session cookie. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A benchmark client; the socket starts connecting when it is constructed. */
export class BenchClient {
  /** When the connection attempt started (driver clock, ms). */
  readonly startedAt: number;
  /** When the server's sync step 2 arrived, once it has. */
  syncedAt: number | undefined;
  /** Bytes of all frames received. */
  bytesReceived = 0;
  /** Why the client failed, if it did. */
  failure: Error | undefined;

  private readonly socket: WebSocket;
  private readonly opened: Deferred<void> = deferred();
  private readonly synced: Deferred<number> = deferred();
  private readonly closedSignal: Deferred<void> = deferred();
  private closedFlag = false;

  constructor(private readonly options: BenchClientOptions) {
    this.startedAt = now();
    this.socket = new WebSocket(options.url, {
      // Offered as every browser offers it; a server may accept it and compress what it sends.
      // The driver itself never compresses (threshold), so every server gets the same bytes.
      perMessageDeflate: { threshold: Infinity, concurrencyLimit: 1000 },
      maxPayload: 512 * 1024 * 1024,
      handshakeTimeout: options.handshakeTimeoutMs ?? 60_000,
      headers: { ...options.headers },
    });
    this.socket.on('open', () => this.handleOpen());
    this.socket.on('message', (data, isBinary) => {
      if (isBinary) this.handleFrame(Buffer.isBuffer(data) ? data : toBuffer(data));
    });
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', (code) => {
      this.closedFlag = true;
      this.fail(new Error(`socket closed (code ${code})`));
      this.closedSignal.resolve();
    });
  }

  /** Resolves when the socket is open; rejects on error or after `timeoutMs`. */
  whenOpen(timeoutMs: number): Promise<void> {
    return withTimeout(this.opened.promise, timeoutMs, `open ${this.options.url}`);
  }

  /** Resolves with the time the client became synced; rejects on failure or after `timeoutMs`. */
  whenSynced(timeoutMs: number): Promise<number> {
    return withTimeout(this.synced.promise, timeoutMs, `sync ${this.options.docName}`);
  }

  /** Whether the socket has closed. */
  get isClosed(): boolean {
    return this.closedFlag;
  }

  /** Bytes queued in the socket but not yet handed to the kernel. */
  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  /** Sends one y-protocols message, framed for the server. */
  send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(this.options.framing.wrap(this.options.docName, message));
  }

  /** Starts a normal close; resolves when closed or after `timeoutMs` (then terminates). */
  async close(timeoutMs = 5_000): Promise<void> {
    if (this.closedFlag) return;
    if (this.socket.readyState === WebSocket.CONNECTING) this.socket.terminate();
    else this.socket.close(1000);
    try {
      await withTimeout(this.closedSignal.promise, timeoutMs, 'close');
    } catch {
      this.socket.terminate();
    }
  }

  /** Drops the connection at once, without a closing handshake. */
  terminate(): void {
    this.socket.terminate();
  }

  private handleOpen(): void {
    const { framing, docName } = this.options;
    for (const frame of framing.openingFrames(docName)) this.socket.send(frame);
    this.send(encodeSyncStep1(this.options.stateVector ?? EMPTY_STATE_VECTOR));
    for (const message of this.options.afterStep1 ?? []) this.send(message);
    this.opened.resolve();
  }

  private handleFrame(frame: Buffer): void {
    this.bytesReceived += frame.length;
    const { framing } = this.options;
    try {
      const offset = framing.messageOffset(frame);
      if (offset < 0) return;
      const cursor = new Cursor(frame, offset);
      const kind = framing.kindOf(cursor.readVarUint());
      if (kind === 'sync') this.handleSync(frame, cursor);
      else if (kind === 'awareness') {
        const [start, end] = cursor.readVarUint8ArrayBounds();
        this.options.onAwareness?.(frame.subarray(start, end));
      } else if (kind === 'auth' && framing.isPermissionDenied(cursor.readVarUint())) {
        this.fail(new Error('permission denied by the server'));
        this.socket.close();
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      this.socket.terminate();
    }
  }

  private handleSync(frame: Buffer, cursor: Cursor): void {
    const step = cursor.readVarUint();
    const [start, end] = cursor.readVarUint8ArrayBounds();
    const payload = frame.subarray(start, end);
    switch (step) {
      case SyncStep.step1: {
        const answer = this.options.answerStep1?.(payload) ?? EMPTY_UPDATE;
        this.send(encodeSyncStep2(answer));
        return;
      }
      case SyncStep.step2:
        if (this.syncedAt === undefined) {
          this.syncedAt = now();
          this.synced.resolve(this.syncedAt);
        }
        this.options.onSyncPayload?.(payload, true);
        return;
      case SyncStep.update:
        this.options.onSyncPayload?.(payload, false);
        return;
      default:
        return;
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.opened.reject(error);
    if (this.syncedAt === undefined) this.synced.reject(error);
  }
}

function toBuffer(data: ArrayBuffer | Buffer[]): Buffer {
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}
