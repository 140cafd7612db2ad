/**
 * A scripted stand-in for a browser WebSocket, so the sync provider's protocol behaviour is
 * tested frame by frame without a network. Frames the provider sends are decoded with the
 * server's own reader, so a malformed frame fails the test.
 */
import type { ClientMessage } from '../../../shared/protocol/readClientMessage';
import { readClientMessage } from '../../../shared/protocol/readClientMessage';
import type { WebSocketLike } from '../../../client/src/sync/SyncProvider';

/** A fake socket the test drives. */
export class FakeSocket implements WebSocketLike {
  binaryType = 'blob';
  readyState = 0;
  readonly sent: ClientMessage[] = [];
  closedWith: { code?: number; reason?: string } | null = null;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: Uint8Array): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    const result = readClientMessage(data);
    if (!result.ok) throw new Error(`malformed frame: ${result.error.reason}`);
    this.sent.push(result.message);
  }

  close(code?: number, reason?: string): void {
    this.closedWith = { code, reason };
    this.readyState = 3;
  }

  /** The server accepts the connection. */
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  /** The server sends `frame`. */
  receive(frame: Uint8Array): void {
    const copy = frame.slice();
    this.onmessage?.({ data: copy.buffer });
  }

  /** The connection ends with `code` (server close or network drop). */
  drop(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }

  /** Sent messages of one kind. */
  sentOf<K extends ClientMessage['kind']>(kind: K): Array<Extract<ClientMessage, { kind: K }>> {
    return this.sent.filter(
      (message): message is Extract<ClientMessage, { kind: K }> => message.kind === kind,
    );
  }
}

/** Network signals the test flips. */
export class FakeNetwork {
  online = true;
  private readonly listeners = new Set<(online: boolean) => void>();

  isOnline = (): boolean => this.online;

  subscribe = (onChange: (online: boolean) => void): (() => void) => {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  };

  set(online: boolean): void {
    this.online = online;
    for (const listener of [...this.listeners]) listener(online);
  }
}
