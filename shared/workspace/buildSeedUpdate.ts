/**
 * Turns a catalogue document's seeded content into a Yjs update, in the XmlFragment the editor
 * binds to. The update is deterministic (fixed client id, fixed content), so seeding the same
 * document twice, on two servers or after a store was reset, yields identical Yjs items that
 * merge without duplicating anything in a browser's offline copy.
 */
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, getDocumentSchema } from '../editor/schemaExtensions';
import { findWorkspaceDocument } from './documentCatalogue';
import { dcPaperContent } from './seed/dcPaper';
import { hybridFaqContent } from './seed/hybridFaq';
import { mainSessionPlanContent } from './seed/mainSessionPlan';
import type { NodeJson } from './seed/proseMirrorJson';

/** The Yjs client id that authors all seeded content. */
export const SEED_CLIENT_ID = 1;

const contentByName: Readonly<Record<string, () => NodeJson>> = {
  'main-session-plan': mainSessionPlanContent,
  'hybrid-faq': hybridFaqContent,
  'dc-paper': dcPaperContent,
};

/** The seeded ProseMirror JSON of catalogue document `name`, or `null` for other names. */
export function seedContent(name: string): NodeJson | null {
  if (!findWorkspaceDocument(name)) return null;
  return contentByName[name]?.() ?? null;
}

/**
 * A Yjs update holding the seeded content of catalogue document `name` in the 'default'
 * XmlFragment, or `null` when `name` is not in the catalogue. Throws if the content does not
 * fit the schema (a programming error caught by the tests).
 */
export function buildSeedUpdate(name: string): Uint8Array | null {
  const content = seedContent(name);
  if (content === null) return null;
  const schema = getDocumentSchema();
  // Validates the content against the schema before it ever reaches a store.
  schema.nodeFromJSON(content).check();
  const ydoc = new Y.Doc({ gc: false });
  ydoc.clientID = SEED_CLIENT_ID;
  prosemirrorJSONToYXmlFragment(schema, content, ydoc.getXmlFragment(DOCUMENT_FRAGMENT));
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return update;
}
