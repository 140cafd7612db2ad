/**
 * Helpers for the write-rule tests: a server document and client replicas, the update a
 * client's edit produces, people of each role, and effects in a form that is easy to compare.
 */
import * as Y from 'yjs';
import { defaultAccessContext, type AccessContext, type Role } from '../../shared/access/roles';
import {
  SEQUENCE,
  formatPath,
  type TypeNode,
  type UpdateEffect,
} from '../../shared/access/updateEffect';

/** Shorthand for a sequence position in expected paths. */
export const S: typeof SEQUENCE = SEQUENCE;

/** A new replica holding everything `server` has. */
export function replicaOf(server: Y.Doc, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return doc;
}

/** The update `edit` produces on `doc` (all its transactions merged); empty when none. */
export function captureUpdate(doc: Y.Doc, edit: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  try {
    edit();
  } finally {
    doc.off('update', record);
  }
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

/** Runs `edit` in a fresh replica of `server` and returns the update it produced. */
export function editOf(server: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const client = replicaOf(server);
  return captureUpdate(client, () => edit(client));
}

/** A server document built by `build` (one transaction, fixed client id). */
export function serverDoc(build: (doc: Y.Doc) => void): Y.Doc {
  const author = new Y.Doc();
  author.clientID = 1;
  author.transact(() => build(author));
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(author));
  return server;
}

/** A person with a role's default access; `access` overrides it. */
export function person(
  userId: string,
  role: Role,
  options: { dcs?: readonly string[]; access?: AccessContext['access'] } = {},
): AccessContext {
  const ctx = defaultAccessContext(userId, role, options.dcs ?? []);
  return options.access ? { ...ctx, access: options.access } : ctx;
}

function describeValue(value: unknown): string {
  if (isTypeNode(value)) return `<${value.kind}${value.isNew ? ' new' : ''}>`;
  return JSON.stringify(value) ?? String(value);
}

/** Whether `value` is a TypeNode (as found in proposed and existing values). */
export function isTypeNode(value: unknown): value is TypeNode {
  return typeof value === 'object' && value !== null && 'proposed' in value && 'isNew' in value;
}

/** One line per effect: `insert threads/t1/authorId = "u1"`, `delete default/[] <xmlElement>`. */
export function summarize(effects: readonly UpdateEffect[] | null): string[] | null {
  if (effects === null) return null;
  return effects.map((effect) => {
    const where = `${effect.kind} ${formatPath(effect.path)}`;
    if (effect.kind === 'delete')
      return effect.node ? `${where} ${describeValue(effect.node)}` : where;
    const content = effect.content;
    switch (content.kind) {
      case 'value':
        return `${where} = ${content.values.map(describeValue).join(', ')}`;
      case 'text':
        return `${where} text ${JSON.stringify(content.text)}`;
      case 'format':
        return `${where} format ${content.key}=${JSON.stringify(content.value)}`;
      case 'type':
        return `${where} ${describeValue(content.node)}`;
      case 'deleted':
        return `${where} deleted(${content.length})`;
      case 'subdocument':
        return `${where} subdocument`;
    }
  });
}

/** Everything a document holds (its whole state and root names), for "nothing changed" checks. */
export function snapshot(doc: Y.Doc): string {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  return JSON.stringify({ roots: [...doc.share.keys()].sort(), state });
}
