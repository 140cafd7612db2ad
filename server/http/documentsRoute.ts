/**
 * GET /api/documents: the workspace's documents with title, kind, when each was last edited,
 * and who has each open right now (from the awareness states of its open room).
 */
import type { Hono } from 'hono';
import { defaultDocumentAccess, type DocumentAccess } from '../../shared/access/roles';
import type { AccountService } from '../accounts/AccountService';
import { requireIdentity, type IdentityVariables } from './identity';
import type { DocumentStore } from '../storage/DocumentStore';
import type { RoomRegistry } from '../room/RoomRegistry';
import { presentPeople, type PresentPerson } from './presentPeople';

/** A document of the workspace catalogue. */
export interface CatalogEntry {
  readonly name: string;
  readonly title: string;
  readonly kind: string;
}

/** One row of the document list. */
export interface DocumentListItem {
  readonly name: string;
  readonly title: string;
  readonly kind: string;
  readonly lastEditedAt: string | null;
  readonly present: readonly PresentPerson[];
  /** What the signed-in person may do in it: viewer, commenter or editor. */
  readonly access: DocumentAccess;
}

/** Registers GET /api/documents. */
export function registerDocumentsRoute(
  app: Hono<{ Variables: IdentityVariables }>,
  deps: {
    readonly store: DocumentStore;
    readonly registry: RoomRegistry;
    readonly catalog: readonly CatalogEntry[];
    readonly accounts: AccountService;
  },
): void {
  app.get('/api/documents', async (c) => {
    const { user } = requireIdentity(c);
    const stored = new Map((await deps.store.list()).map((info) => [info.name, info.updatedAt]));
    const documents: DocumentListItem[] = await Promise.all(
      deps.catalog.map(async (doc) => {
        const room = await deps.registry.peek(doc.name);
        const updatedAt = stored.get(doc.name);
        const override = (await deps.accounts.store.getDocumentAccess(doc.name)).get(user.id);
        return {
          access: override ?? defaultDocumentAccess(user.role),
          name: doc.name,
          title: doc.title,
          kind: doc.kind,
          lastEditedAt: updatedAt === undefined ? null : new Date(updatedAt).toISOString(),
          present: room ? presentPeople(room.awarenessStates()) : [],
        };
      }),
    );
    return c.json({ documents });
  });
}
