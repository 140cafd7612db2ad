/**
 * The DCCG workspace the server lists and seeds: the catalogue and seed content from
 * shared/workspace and the two mapping tables from shared/tables, in the shape startServer
 * expects.
 */
import { seededTableUpdates } from '../shared/tables/seededTables';
import { buildSeedUpdate, workspaceDocuments } from '../shared/workspace/workspaceDocuments';
import type { ServerOptions } from './createServer';

/** The seeded DCCG workspace. */
export const workspace: ServerOptions['workspace'] = {
  catalog: workspaceDocuments,
  buildSeedUpdate,
  seedTables: seededTableUpdates,
};
