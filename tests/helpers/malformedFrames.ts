/**
 * Generates frames that are malformed by construction, from a seed, each labelled with the
 * close code the server must answer with. Random update payloads are kept only when Yjs
 * itself refuses them, so no generated frame is secretly a valid change.
 */
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { MessageType } from '../../shared/protocol/messageTypes';
import {
  writeAwarenessMessage,
  writeSaveRequestMessage,
  writeSyncStep1Message,
  writeUpdateMessage,
} from '../../shared/protocol/writeMessage';

/** A malformed frame and the close code it must cause. */
export interface MalformedFrame {
  readonly label: string;
  readonly frame: Uint8Array | string;
  readonly expectedCode: number;
}

function frameOf(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function validFrames(gen: prng.PRNG): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, prng.word(gen, 1, 40));
  doc.getMap('m').set(prng.word(gen, 1, 5), prng.uint32(gen, 0, 1000));
  const update = Y.encodeStateAsUpdate(doc);
  const awareness = frameOf((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, prng.uint32(gen, 1, 1 << 30));
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, JSON.stringify({ user: { name: prng.word(gen) } }));
  });
  return [
    writeUpdateMessage(update),
    writeSyncStep1Message(doc),
    writeAwarenessMessage(awareness),
    writeSaveRequestMessage(prng.uint32(gen, 1, 1 << 20)),
  ];
}

function garbageUpdate(gen: prng.PRNG): Uint8Array {
  for (;;) {
    const bytes = prng.uint8Array(gen, prng.uint32(gen, 1, 64));
    try {
      Y.applyUpdate(new Y.Doc(), bytes);
    } catch {
      return bytes;
    }
  }
}

const generators: Array<(gen: prng.PRNG) => MalformedFrame> = [
  (gen) => ({
    label: 'text frame',
    frame: prng.utf16String(gen, 20) || 'x',
    expectedCode: CloseCode.unsupportedData,
  }),
  (gen) => {
    const valid = prng.oneOf(gen, validFrames(gen));
    const cut = prng.uint32(gen, 1, valid.length - 1);
    return {
      label: `truncated at ${cut}/${valid.length}`,
      frame: valid.slice(0, cut),
      expectedCode: CloseCode.malformedMessage,
    };
  },
  (gen) => {
    const valid = prng.oneOf(gen, validFrames(gen));
    const extra = prng.uint8Array(gen, prng.uint32(gen, 1, 8));
    return {
      label: 'trailing bytes',
      frame: new Uint8Array([...valid, ...extra]),
      expectedCode: CloseCode.malformedMessage,
    };
  },
  (gen) => ({
    label: 'varint out of range',
    frame: new Uint8Array([...new Array<number>(prng.uint32(gen, 9, 12)).fill(0xff), 0x01]),
    expectedCode: CloseCode.malformedMessage,
  }),
  (gen) => ({
    label: 'unterminated varint',
    frame: new Uint8Array(new Array<number>(prng.uint32(gen, 1, 6)).fill(0x80)),
    expectedCode: CloseCode.malformedMessage,
  }),
  (gen) => {
    const known = new Set<number>(Object.values(MessageType));
    let type = prng.uint32(gen, 0, 300);
    while (known.has(type)) type += 1;
    return {
      label: `unknown message type ${type}`,
      frame: frameOf((e) => {
        encoding.writeVarUint(e, type);
        encoding.writeUint8Array(e, prng.uint8Array(gen, prng.uint32(gen, 0, 6)));
      }),
      expectedCode: CloseCode.malformedMessage,
    };
  },
  (gen) => ({
    label: 'unknown sync step',
    frame: frameOf((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      encoding.writeVarUint(e, prng.uint32(gen, 3, 200));
      encoding.writeVarUint8Array(e, prng.uint8Array(gen, 3));
    }),
    expectedCode: CloseCode.malformedMessage,
  }),
  () => ({
    label: 'empty frame',
    frame: new Uint8Array(0),
    expectedCode: CloseCode.malformedMessage,
  }),
  (gen) => ({
    label: 'undecodable update',
    frame: frameOf((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      encoding.writeVarUint(e, prng.bool(gen) ? 1 : 2);
      encoding.writeVarUint8Array(e, garbageUpdate(gen));
    }),
    expectedCode: CloseCode.invalidUpdate,
  }),
  (gen) => ({
    label: 'undecodable state vector',
    frame: frameOf((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, new Uint8Array([5, ...prng.uint8Array(gen, 3)]));
    }),
    expectedCode: CloseCode.invalidUpdate,
  }),
  (gen) => ({
    label: 'awareness with bad JSON',
    frame: writeAwarenessMessage(
      frameOf((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, prng.uint32(gen, 1, 1000));
        encoding.writeVarUint(e, 1);
        encoding.writeVarString(e, `{${prng.word(gen, 1, 10)}`);
      }),
    ),
    expectedCode: CloseCode.invalidUpdate,
  }),
];

/** `count` malformed frames from `seed`, cycling through every kind. */
export function generateMalformedFrames(seed: number, count: number): MalformedFrame[] {
  const gen = prng.create(seed);
  return Array.from({ length: count }, (_, i) => generators[i % generators.length]!(gen));
}
