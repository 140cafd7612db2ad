// The floor: a plain `ws` broadcast server that relays every frame of a room to the room's
// other sockets without decoding it. It peeks at the first two bytes only, to stay usable by
// the same client driver: a sync step 1 [0, 0] is answered locally instead of being relayed
// to every socket, with the room's log of update frames and then an empty sync step 2; update
// frames [0, 2] are also appended to that log. The log is kept as ready-made websocket frames
// and written to a new client's socket in one go, so the floor's cost for a late joiner is
// moving the bytes, not merging anything. Rooms are dropped ROOM_GRACE_MS after their last
// socket leaves.
// Plain JavaScript on purpose: a TypeScript loader would add its own CPU and memory.
// Env: PORT, HOST (default 127.0.0.1), ROOM_GRACE_MS (default 30000).
import http from 'node:http';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? '1234');
const host = process.env.HOST ?? '127.0.0.1';
const graceMs = Number(process.env.ROOM_GRACE_MS ?? '30000');
const EMPTY_SYNC_STEP_2 = Buffer.from([0, 1, 2, 0, 0]);

/**
 * @typedef {object} Room
 * @property {Set<import('ws').WebSocket>} sockets
 * @property {Buffer[]} wire the logged update frames, each as header + payload
 * @property {Buffer | undefined} joined the wire concatenated, until the next update
 * @property {NodeJS.Timeout | undefined} timer
 */

/** @type {Map<string, Room>} */
const rooms = new Map();

/**
 * The header of an unmasked server-to-client binary frame of `length` bytes (RFC 6455, 5.2).
 * @param {number} length
 */
function frameHeader(length) {
  if (length < 126) return Buffer.from([0x82, length]);
  if (length < 65536) {
    const header = Buffer.from([0x82, 126, 0, 0]);
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.alloc(10);
  header[0] = 0x82;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/**
 * Writes the room's log to a socket as raw frames. Safe next to ws' own sends because
 * permessage-deflate is off: ws then writes every frame synchronously, never from a queue.
 * @param {import('ws').WebSocket} socket
 * @param {Room} room
 */
function replayLog(socket, room) {
  if (room.wire.length > 0) {
    room.joined ??= Buffer.concat(room.wire);
    // @ts-expect-error: ws keeps its net.Socket in a private field.
    socket._socket.write(room.joined);
  }
  socket.send(EMPTY_SYNC_STEP_2);
}

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('floor');
});
const wss = new WebSocketServer({
  server,
  perMessageDeflate: false,
  maxPayload: 512 * 1024 * 1024,
});

wss.on('connection', (socket, request) => {
  const name = (request.url ?? '/').slice(1);
  let room = rooms.get(name);
  if (room === undefined) {
    room = { sockets: new Set(), wire: [], joined: undefined, timer: undefined };
    rooms.set(name, room);
  }
  clearTimeout(room.timer);
  const current = room;
  current.sockets.add(socket);
  socket.on('message', (data, isBinary) => {
    if (!isBinary || !Buffer.isBuffer(data)) return;
    if (data[0] === 0 && data[1] === 0) {
      replayLog(socket, current);
      return;
    }
    if (data[0] === 0 && data[1] === 2) {
      current.wire.push(frameHeader(data.length), data);
      current.joined = undefined;
    }
    for (const other of current.sockets) if (other !== socket) other.send(data);
  });
  socket.on('error', () => socket.terminate());
  socket.on('close', () => {
    current.sockets.delete(socket);
    if (current.sockets.size > 0) return;
    current.timer = setTimeout(() => {
      if (current.sockets.size === 0 && rooms.get(name) === current) rooms.delete(name);
    }, graceMs);
  });
});

server.listen(port, host, () => console.log(`floor listening on ws://${host}:${port}`));
