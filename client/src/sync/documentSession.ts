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
  destroy(): void;
}

/** The IndexedDB database name of document `name`. */
export function localCopyName(name: string): string {
  return `dc-planner/${name}`;
}

/** Opens document `name` (a valid document name). */
export function openDocumentSession(name: string): DocumentSession {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const persistence = new IndexeddbPersistence(localCopyName(name), doc);
  const provider = new SyncProvider({ url: syncUrl(window.location, name), doc, awareness });
  return {
    name,
    doc,
    awareness,
    provider,
    persistence,
    destroy: () => {
      provider.destroy();
      awareness.destroy();
      // A browser that refused IndexedDB (private mode) has nothing to close.
      void persistence
        .destroy()
        .catch(() => undefined)
        .finally(() => doc.destroy());
    },
  };
}
