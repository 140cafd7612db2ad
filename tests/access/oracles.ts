/**
 * Ground truth for the property test of the write rules, computed without describeUpdate:
 * apply the update to a copy of the server's document and look at what Yjs itself reports as
 * changed (observeDeep events, the transaction's changed types) and at the document's plain
 * state before and after. Each oracle states the policy in those terms.
 */
import * as Y from 'yjs';
import { CommentFields, ThreadFields, readThreads } from '../../shared/comments/threadSchema';
import { RowFields, TableRoots, isRowStatus } from '../../shared/tables/tableSchema';

type Root = Y.Map<unknown> | Y.Array<unknown> | Y.XmlFragment;

/** What one Yjs event said, read while it fired (events cannot be read afterwards). */
interface Change {
  /** From the observed root to the changed type. */
  readonly path: ReadonlyArray<string | number>;
  readonly target: unknown;
  /**
   * Map keys that received or lost an item, visible or not (Yjs's own record: a value that
   * loses a conflict, or is deleted in the same update, still touched its key).
   */
  readonly keys: readonly string[];
}

/** A copy of `doc`, writing as `clientID` when given (seeded tests need fixed ids). */
export function copyOf(doc: Y.Doc, clientID?: number): Y.Doc {
  const copy = new Y.Doc({ guid: doc.guid }); // a random guid costs more than the copy
  if (clientID !== undefined) copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/**
 * Applies `update` to a copy of `server`, recording the deep events of `roots` (typed by
 * `make`) and whether any other root changed; `readBefore` reads the copy before the update.
 */
function observe<T>(
  server: Y.Doc,
  update: Uint8Array,
  roots: Record<string, (doc: Y.Doc) => Root>,
  readBefore: (copy: Y.Doc) => T,
) {
  const copy = copyOf(server);
  const events = new Map<string, Change[]>();
  for (const [name, make] of Object.entries(roots)) {
    const changes: Change[] = [];
    events.set(name, changes);
    make(copy).observeDeep((batch) => {
      for (const event of batch) {
        const keys = event instanceof Y.YMapEvent ? [...(event.keysChanged as Set<string>)] : [];
        changes.push({ path: event.path, target: event.target, keys });
      }
    });
  }
  let otherRootChanged = false;
  copy.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) {
      let top = type;
      while (top._item) top = top._item.parent as typeof top;
      if (!(Y.findRootTypeKey(top) in roots)) otherRootChanged = true;
    }
  });
  const before = readBefore(copy);
  Y.applyUpdate(copy, update);
  return { before, copy, events: (name: string) => events.get(name)!, otherRootChanged };
}

const isType = (value: unknown) => value instanceof Y.AbstractType;
const THREAD_FIELDS = new Set<string>(Object.values(ThreadFields));
const COMMENT_FIELDS = new Set<string>(Object.values(CommentFields));

/** A comment `me` may add: by `me`, known fields, plain values. */
function newCommentOk(comment: unknown, me: string): boolean {
  if (!(comment instanceof Y.Map)) return false;
  const entries = [...(comment as Y.Map<unknown>).entries()];
  return (
    comment.get(CommentFields.authorId) === me &&
    entries.every(([key, value]) => COMMENT_FIELDS.has(key) && !isType(value))
  );
}

/** A thread `me` may start: by `me`, known fields, comments that `me` may add. */
function newThreadOk(thread: unknown, me: string): boolean {
  if (!(thread instanceof Y.Map)) return false;
  const comments = thread.get(ThreadFields.comments);
  return (
    thread.get(ThreadFields.authorId) === me &&
    [...(thread as Y.Map<unknown>).entries()].every(
      ([key, value]) => THREAD_FIELDS.has(key) && (key === ThreadFields.comments || !isType(value)),
    ) &&
    (comments === undefined ||
      (comments instanceof Y.Array && comments.toArray().every((c) => newCommentOk(c, me))))
  );
}

/**
 * Whether a commenter `me` may apply `update`: nothing in the text or another root changes;
 * in the threads, only threads `me` starts, comments `me` adds, and the body and edit time of
 * comments by `me`, or their removal, change.
 */
export function commenterMayApply(server: Y.Doc, update: Uint8Array, me: string): boolean {
  const { before, copy, events, otherRootChanged } = observe(
    server,
    update,
    { default: (doc) => doc.getXmlFragment('default'), threads: (doc) => doc.getMap('threads') },
    (doc) => ({
      keys: new Set(doc.getMap('threads').keys()), // threads or not
      threads: new Map(readThreads(doc).map((thread) => [thread.id, thread])),
    }),
  );
  if (otherRootChanged || events('default').length > 0) return false;
  const threads = copy.getMap<unknown>('threads');
  for (const event of events('threads')) {
    const [threadId, field] = event.path as [string?, string?];
    if (threadId === undefined) {
      for (const key of event.keys) {
        if (before.keys.has(key)) return false;
        if (threads.has(key) && !newThreadOk(threads.get(key), me)) return false;
      }
    } else if (field !== ThreadFields.comments) {
      return false;
    } else if (event.path.length === 2) {
      const old = new Map(before.threads.get(threadId)!.comments.map((c) => [c.id, c.authorId]));
      const nowIds = new Set<unknown>();
      for (const comment of (event.target as Y.Array<unknown>).toArray()) {
        const id = comment instanceof Y.Map ? comment.get(CommentFields.id) : undefined;
        nowIds.add(id);
        if (!(typeof id === 'string' && old.has(id)) && !newCommentOk(comment, me)) return false;
      }
      for (const [id, authorId] of old) if (!nowIds.has(id) && authorId !== me) return false;
    } else if (event.path.length === 3) {
      const id = (event.target as Y.Map<unknown>).get(CommentFields.id);
      const old = before.threads.get(threadId)!.comments.find((c) => c.id === id);
      if (old?.authorId !== me) return false;
      for (const key of event.keys) {
        const editable = key === CommentFields.body || key === CommentFields.editedAt;
        if (!editable || isType((event.target as Y.Map<unknown>).get(key))) return false;
      }
    } else {
      return false;
    }
  }
  return true;
}

/** Row fields a DC member sets: the status and who set it when. */
const STATUS_FIELDS = new Set<string>([
  RowFields.status,
  RowFields.statusBy,
  RowFields.statusByName,
  RowFields.statusAt,
]);

/**
 * Whether DC member `me` of `dcs` may apply `update` to a mapping table (with no deadline):
 * nothing but the cells and status of existing rows whose DC (before the update) is one of
 * `dcs` changes, and a changed status is a known one, set by `me`. (The random edits never
 * change a status concurrently, so the values after the update are the member's.)
 */
export function memberMayApply(
  server: Y.Doc,
  update: Uint8Array,
  dcs: readonly string[],
  me: string,
): boolean {
  const {
    before: owners,
    copy,
    events,
    otherRootChanged,
  } = observe(
    server,
    update,
    {
      rows: (doc) => doc.getMap(TableRoots.rows),
      meta: (doc) => doc.getMap(TableRoots.meta),
      columns: (doc) => doc.getMap(TableRoots.columns),
    },
    (doc) => {
      const rows = [...doc.getMap<unknown>(TableRoots.rows).entries()];
      return new Map(
        rows.map(([id, row]) => [id, row instanceof Y.Map ? row.get(RowFields.dc) : undefined]),
      );
    },
  );
  if (otherRootChanged || events('meta').length > 0 || events('columns').length > 0) return false;
  for (const event of events('rows')) {
    const [rowId] = event.path as [string?];
    if (rowId === undefined) return false; // rows added, removed or replaced
    const owner = owners.get(rowId);
    if (typeof owner !== 'string' || !dcs.includes(owner)) return false;
    if (event.path.length > 1) continue; // inside the cells
    if (event.keys.some((key) => key !== RowFields.cells && !STATUS_FIELDS.has(key))) return false;
    if (event.keys.some((key) => STATUS_FIELDS.has(key))) {
      const row = copy.getMap<Y.Map<unknown>>(TableRoots.rows).get(rowId);
      if (!row || row.get(RowFields.statusBy) !== me || !isRowStatus(row.get(RowFields.status)))
        return false;
    }
  }
  return true;
}
