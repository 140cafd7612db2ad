/**
 * Seeds the DCCG workspace on first start: every catalogue document and every seeded mapping
 * table that has nothing stored yet gets its initial content. A document someone has already
 * edited is never touched.
 */
import type { Logger } from 'pino';
import type { DocumentStore } from './storage/DocumentStore';

/** Where seed content comes from. */
export interface SeedSource {
  readonly catalog: ReadonlyArray<{ readonly name: string }>;
  /** The initial Yjs update of a document, or null when it starts empty. */
  readonly buildSeedUpdate: (name: string) => Uint8Array | null;
  /**
   * The mapping tables a workspace starts with, built for the moment of seeding (a deadline
   * depends on the day); none when absent.
   */
  readonly seedTables?: (now: Date) => ReadonlyArray<{ name: string; update: Uint8Array }>;
}

/** Stores the seed content of every catalogue document that is still empty. */
export async function seedWorkspace(
  store: DocumentStore,
  source: SeedSource,
  log: Logger,
  now: Date = new Date(),
): Promise<void> {
  const stored = new Set((await store.list()).map((info) => info.name));
  const documents = source.catalog
    .filter((doc) => !stored.has(doc.name))
    .flatMap((doc) => {
      const update = source.buildSeedUpdate(doc.name);
      return update ? [{ name: doc.name, update }] : [];
    });
  const tables = (source.seedTables?.(now) ?? []).filter((table) => !stored.has(table.name));
  const entries = [...documents, ...tables];
  if (entries.length === 0) return;
  await store.append(entries);
  log.info({ documents: entries.map((e) => e.name) }, 'seeded the workspace');
}
