/**
 * The DCCG workspace the server lists and seeds: the catalogue and seed content from
 * shared/workspace, in the shape startServer expects.
 */
import { buildSeedUpdate, workspaceDocuments } from '../shared/workspace/workspaceDocuments';
import type { ServerOptions } from './createServer';

/** The seeded DCCG workspace. */
export const workspace: ServerOptions['workspace'] = {
  catalog: workspaceDocuments,
  buildSeedUpdate,
};
