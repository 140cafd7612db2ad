/**
 * A fake client connection for driving a Room without a network: it records what the room
 * sends and how it was closed, and can decode the frames it got.
 */
import type { RoomConnection } from '../../server/room/RoomConnection';
import { readServerMessage, type ServerMessage } from '../../shared/protocol/readServerMessage';

/** A RoomConnection that records everything. */
export class FakeConnection implements RoomConnection {
  readonly sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;

  send(frame: Uint8Array): void {
    if (!this.closed) this.sent.push(frame);
  }

  close(code: number, reason: string): void {
    this.closed ??= { code, reason };
  }

  /** Everything received, decoded. */
  messages(): ServerMessage[] {
    return this.sent.map((frame) => {
      const message = readServerMessage(frame);
      if (!message) throw new Error('the room sent a frame the client cannot read');
      return message;
    });
  }

  /** The decoded messages of one kind. */
  messagesOf<K extends ServerMessage['kind']>(kind: K): Array<Extract<ServerMessage, { kind: K }>> {
    return this.messages().filter((m): m is Extract<ServerMessage, { kind: K }> => m.kind === kind);
  }
}
