/**
 * Node 20 has no global ErrorEvent, and @hono/node-ws constructs one when a socket errors
 * (for example on a frame over the size limit). Without this, the library throws a
 * ReferenceError internally and the connection is never cleaned up.
 */

/** Defines a minimal global ErrorEvent when the runtime lacks one. */
export function ensureErrorEvent(): void {
  if (typeof globalThis.ErrorEvent !== 'undefined') return;
  class ErrorEventPolyfill extends Event {
    readonly error: unknown;
    readonly message: string;
    constructor(type: string, init: { error?: unknown; message?: string } = {}) {
      super(type);
      this.error = init.error;
      this.message = init.message ?? (init.error instanceof Error ? init.error.message : '');
    }
  }
  (globalThis as { ErrorEvent?: unknown }).ErrorEvent = ErrorEventPolyfill;
}
