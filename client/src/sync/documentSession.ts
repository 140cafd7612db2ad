/**
 * Opens one document for editing: the Y.Doc, its copy in this browser's IndexedDB (so edits
 * made offline survive a reload and merge later), the awareness of who is here, and the sync
 * provider. Sessions are opened and shared through sessionCache, one per open document.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SyncProvider } from './SyncProvider';
import { syncUrl } from './syncUrl';

/** An open document. */
export interface DocumentSession {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly provider: SyncProvider;
  readonly persistence: IndexeddbPersistence;
  /**
   * Why this session replaced an earlier one whose copy the server refused (the server's
   * reason); null for a session opened normally.
   */
  readonly resetReason: string | null;
  /** Closes everything; keeps this browser's copy. */
  destroy(): void;
  /** Closes everything and deletes this browser's copy (the server refused what it holds). */
  destroyAndForget(): Promise<void>;
}

/** Options of openDocumentSession. */
export interface OpenSessionOptions {
  /** The server refused a change from this copy (see SyncProvider's onPermissionDenied). */
  readonly onPermissionDenied?: (reason: string) => void;
  readonly resetReason?: string | null;
}

/** The IndexedDB database name of document `name`. */
export function localCopyName(name: string): string {
  return `dc-planner/${name}`;
}

/** Opens document `name` (a valid document name). */
export function openDocumentSession(
  name: string,
  options: OpenSessionOptions = {},
): DocumentSession {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const persistence = new IndexeddbPersistence(localCopyName(name), doc);
  const provider = new SyncProvider({
    url: syncUrl(window.location, name),
    doc,
    awareness,
    onPermissionDenied: options.onPermissionDenied,
  });
  const closeLive = (): void => {
    provider.destroy();
    awareness.destroy();
  };
  return {
    name,
    doc,
    awareness,
    provider,
    persistence,
    resetReason: options.resetReason ?? null,
    destroy: () => {
      closeLive();
      // A browser that refused IndexedDB (private mode) has nothing to close.
      void persistence
        .destroy()
        .catch(() => undefined)
        .finally(() => doc.destroy());
    },
    destroyAndForget: async () => {
      closeLive();
      // Deleting is queued before any later open of the same database, so a fresh session
      // opened right after starts from an empty copy.
      await persistence.clearData().catch(() => undefined);
      doc.destroy();
    },
  };
}
