/**
 * The seeding API the server uses: the catalogue of seeded documents and the function that
 * builds each one's initial Yjs update. Kept apart from the catalogue so browser code that
 * only needs titles does not pull in the schema and Yjs.
 */
export type { DocumentKind, WorkspaceDocument } from './documentCatalogue';
export { documentKindLabels, findWorkspaceDocument, workspaceDocuments } from './documentCatalogue';
export { buildSeedUpdate, SEED_CLIENT_ID, seedContent } from './buildSeedUpdate';
