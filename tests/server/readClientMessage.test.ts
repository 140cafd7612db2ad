/** The pure frame reader accepts every well-formed client message and names what is wrong with others. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { readClientMessage } from '../../shared/protocol/readClientMessage';
import {
  writeQueryAwarenessMessage,
  writeSaveRequestMessage,
  writeSyncStep1FromStateVector,
  writeSyncStep1Message,
  writeSyncStep2FromUpdate,
  writeSyncStep2Message,
  writeUpdateMessage,
} from '../../shared/protocol/writeMessage';

describe('readClientMessage', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hi');

  it('reads each well-formed message', () => {
    expect(readClientMessage(writeSyncStep1Message(doc))).toMatchObject({
      ok: true,
      message: { kind: 'syncStep1' },
    });
    expect(readClientMessage(writeSyncStep2Message(doc))).toMatchObject({
      ok: true,
      message: { kind: 'syncStep2' },
    });
    expect(readClientMessage(writeUpdateMessage(Y.encodeStateAsUpdate(doc)))).toMatchObject({
      ok: true,
      message: { kind: 'update' },
    });
    expect(readClientMessage(writeQueryAwarenessMessage())).toEqual({
      ok: true,
      message: { kind: 'queryAwareness' },
    });
    expect(readClientMessage(writeSaveRequestMessage(300))).toEqual({
      ok: true,
      message: { kind: 'saveRequest', requestId: 300 },
    });
  });

  it('writes the same sync frames from encoded state as from a Y.Doc', () => {
    expect(writeSyncStep1FromStateVector(Y.encodeStateVector(doc))).toEqual(
      writeSyncStep1Message(doc),
    );
    expect(writeSyncStep2FromUpdate(Y.encodeStateAsUpdate(doc))).toEqual(
      writeSyncStep2Message(doc),
    );
  });

  it('names the problem of a malformed frame', () => {
    expect(readClientMessage(new Uint8Array([99]))).toEqual({
      ok: false,
      error: { code: CloseCode.malformedMessage, reason: 'unknown message type 99' },
    });
    expect(readClientMessage(new Uint8Array([0, 2, 10, 1]))).toMatchObject({
      ok: false,
      error: { code: CloseCode.malformedMessage },
    });
    expect(readClientMessage(new Uint8Array([0, 2, 2, 9, 9]))).toMatchObject({
      ok: false,
      error: { code: CloseCode.invalidUpdate },
    });
  });
});
