/**
 * A test server for the comment routes with known content: one rich-text document with two
 * sections ("Introduction", "Modalities") and one mapping table, four people, and helpers to
 * write threads into a document as stored (room not loaded) or into its open room, and to find
 * text positions for anchors.
 */
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { Roles } from '../../../shared/access/roles';
import { createTextAnchor, proseMirrorSnapshot } from '../../../shared/comments/textAnchors';
import type { TextAnchor } from '../../../shared/comments/threadSchema';
import { DOCUMENT_FRAGMENT, getDocumentSchema } from '../../../shared/editor/schemaExtensions';
import { buildTableUpdate, issueAreaTable } from '../../../shared/tables/seededTables';
import type { User } from '../../../server/accounts/AccountStore';
import type { CatalogEntry } from '../../../server/http/documentsRoute';
import { startTestServer, type TestServer } from '../../helpers/testServer';

/** The rich-text document's name and title. */
export const REVIEW_DOC = { name: 'review-doc', title: 'Review doc: "Q&A" / draft' } as const;
/** The table's name. */
export const TABLE = 'table-issue-areas';

const content = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Introduction' }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'The coalitions meet twice a year.' }],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Modalities' }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Sessions allow hybrid participation for everyone.' }],
    },
  ],
};

function seedUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1;
  prosemirrorJSONToYXmlFragment(
    getDocumentSchema(),
    content,
    doc.getXmlFragment(DOCUMENT_FRAGMENT),
  );
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** A person of the test with their token. */
export interface Person {
  readonly user: User;
  readonly token: string;
}

/** The server and its people. */
export interface CommentServer {
  readonly server: TestServer;
  /** DC member of dcad. */
  readonly alice: Person;
  /** DC member of irpc. */
  readonly bob: Person;
  readonly carol: Person;
  readonly olga: Person;
}

/** Starts the server with the review document and the issue-area table. */
export async function startCommentServer(): Promise<CommentServer> {
  const catalog: CatalogEntry[] = [
    { name: REVIEW_DOC.name, title: REVIEW_DOC.title, kind: 'review' },
  ];
  const server = await startTestServer({
    workspace: {
      catalog,
      buildSeedUpdate: (name) => (name === REVIEW_DOC.name ? seedUpdate() : null),
      seedTables: () => [{ name: TABLE, update: buildTableUpdate(issueAreaTable()) }],
    },
  });
  const alice = await server.createPerson(Roles.dcMember, { dcs: ['dcad'], name: 'Alice Adams' });
  const bob = await server.createPerson(Roles.dcMember, { dcs: ['irpc'], name: 'Bob Brown' });
  const carol = await server.createPerson(Roles.facilitator, { name: 'Carol Chen' });
  const olga = await server.createPerson(Roles.observer, { name: 'Olga Observer' });
  return { server, alice, bob, carol, olga };
}

/**
 * Makes `edit` on the document as stored and stores the change, as if a room had done it. The
 * document must not be open in a room.
 */
export async function editStored(
  server: TestServer,
  name: string,
  edit: (doc: Y.Doc) => void,
): Promise<void> {
  if (await server.registry.peek(name)) throw new Error(`${name} is open in a room`);
  const stored = await server.store.load(name);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(stored.updates as Uint8Array[]));
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  edit(doc);
  if (updates.length > 0) await server.store.append([{ name, update: Y.mergeUpdates(updates) }]);
  doc.destroy();
}

/**
 * Makes `edit` on the document's open room (loading it), as a client's update would, and
 * releases it again.
 */
export async function editLive(
  server: TestServer,
  name: string,
  edit: (doc: Y.Doc) => void,
): Promise<void> {
  const room = await server.registry.acquire(name);
  try {
    edit(room.doc);
  } finally {
    server.registry.release(name);
  }
}

/** A text anchor on the first occurrence of `text` in the document's rich text. */
export function anchorOn(doc: Y.Doc, text: string): TextAnchor {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const { node, mapping } = proseMirrorSnapshot(fragment, getDocumentSchema());
  let from = -1;
  node.descendants((child, pos) => {
    if (from >= 0 || !child.isText) return from < 0;
    const index = child.text!.indexOf(text);
    if (index >= 0) from = pos + index;
    return false;
  });
  if (from < 0) throw new Error(`"${text}" is not in the document`);
  return createTextAnchor(fragment, mapping, from, from + text.length);
}

/** Deletes the first occurrence of `text` from the document's rich text. */
export function deleteText(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  for (const paragraph of fragment.toArray()) {
    if (!(paragraph instanceof Y.XmlElement)) continue;
    for (const child of paragraph.toArray()) {
      if (!(child instanceof Y.XmlText)) continue;
      const index = child.toString().indexOf(text);
      if (index >= 0) {
        child.delete(index, text.length);
        return;
      }
    }
  }
  throw new Error(`"${text}" is not in the document`);
}
