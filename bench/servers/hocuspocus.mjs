// Starts @hocuspocus/server the way its README starts it: `new Server({ port })` and
// `listen()`, no extensions, so documents live in memory only and are unloaded as soon as
// their last connection leaves (unloadImmediately, the default). Plain JavaScript on purpose:
// running it through a TypeScript loader would add the loader's memory to Hocuspocus' RSS.
// Env: PORT, HOST (default 127.0.0.1). Prints a ready line once listening.
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT ?? '1234');
const address = process.env.HOST ?? '127.0.0.1';

const server = new Server({ port, address, quiet: true });
await server.listen();
console.log(`hocuspocus listening on ws://${address}:${port}`);
