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
  readonly buildSeedUpdate: (name: string) => Uint8Array | null | Promise<Uint8Array | null>;
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
  const entries: Array<{ name: string; update: Uint8Array }> = [];
  for (const doc of source.catalog) {
    if (stored.has(doc.name)) continue;
    const update = await source.buildSeedUpdate(doc.name);
    if (update) entries.push({ name: doc.name, update });
  }
  for (const table of source.seedTables?.(now) ?? []) {
    if (!stored.has(table.name)) entries.push(table);
  }
  if (entries.length === 0) return;
  await store.append(entries);
  log.info({ documents: entries.map((e) => e.name) }, 'seeded the workspace');
}
