/**
 * The DCCG workspace the server lists and seeds: the catalogue and seed content from
 * shared/workspace and the two mapping tables from shared/tables, in the shape startServer
 * expects. The documents' seed content needs the editor schema
 * (Tiptap, ProseMirror), which is loaded only when a document is actually seeded: on every
 * later start the server neither spends the time nor keeps the memory.
 */
import { seededTableUpdates } from '../shared/tables/seededTables';
import { workspaceDocuments } from '../shared/workspace/documentCatalogue';
import type { ServerOptions } from './createServer';

/** The seeded DCCG workspace. */
export const workspace: ServerOptions['workspace'] = {
  catalog: workspaceDocuments,
  buildSeedUpdate: async (name) =>
    (await import('../shared/workspace/buildSeedUpdate')).buildSeedUpdate(name),
  seedTables: seededTableUpdates,
};
