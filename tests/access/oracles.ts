/**
 * Ground truth for the property test of the write rules, computed without describeUpdate:
 * apply the update to a copy of the server's document and look at what Yjs itself reports as
 * changed (observeDeep events, the transaction's changed types) and at the document's plain
 * state before and after. Each oracle states the policy in those terms.
 */
import * as Y from 'yjs';
import {
  CommentFields,
  MAX_COMMENT_LENGTH,
  MAX_QUOTE_LENGTH,
  ThreadFields,
  isProposalStatus,
  isThreadAnchor,
  isThreadKind,
  isThreadStatus,
} from '../../shared/comments/threadSchema';
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
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const THREAD_FIELDS = new Set<string>(Object.values(ThreadFields));
const COMMENT_FIELDS = new Set<string>(Object.values(CommentFields));
const STATUS_FIELDS = new Set<string>([
  ThreadFields.status,
  ThreadFields.statusBy,
  ThreadFields.statusAt,
]);
const PROPOSAL_FIELDS = new Set<string>([
  ThreadFields.proposalStatus,
  ThreadFields.proposalBy,
  ThreadFields.proposalAt,
]);

/** A comment `me` may add: by `me`, complete, known fields, plain values within limits. */
function newCommentOk(comment: unknown, me: string): boolean {
  if (!(comment instanceof Y.Map)) return false;
  const c = comment as Y.Map<unknown>;
  const body = c.get(CommentFields.body);
  return (
    c.get(CommentFields.authorId) === me &&
    typeof c.get(CommentFields.id) === 'string' &&
    typeof body === 'string' &&
    body.length <= MAX_COMMENT_LENGTH &&
    isTime(c.get(CommentFields.createdAt)) &&
    [...c.entries()].every(([key, value]) => COMMENT_FIELDS.has(key) && !isType(value))
  );
}

/**
 * A thread `me` may start: by `me`, every field present and valid, resolved (if at all) by
 * `me`, an undecided proposal unless `me` moderates (then decided by `me`, if at all), and at
 * least one comment, every one by `me`.
 */
function newThreadOk(thread: unknown, me: string, moderator: boolean): boolean {
  if (!(thread instanceof Y.Map)) return false;
  const t = thread as Y.Map<unknown>;
  const comments = t.get(ThreadFields.comments);
  const kind = t.get(ThreadFields.kind);
  const quote = t.get(ThreadFields.quote);
  const statusBy = t.get(ThreadFields.statusBy);
  const statusAt = t.get(ThreadFields.statusAt);
  const proposalStatus = t.get(ThreadFields.proposalStatus);
  const proposalBy = t.get(ThreadFields.proposalBy);
  const proposalAt = t.get(ThreadFields.proposalAt);
  const proposalOk =
    kind === 'proposal'
      ? moderator
        ? isProposalStatus(proposalStatus) && (proposalBy === null || proposalBy === me)
        : proposalStatus === 'open' && proposalBy === null
      : proposalStatus === null && proposalBy === null;
  return (
    t.get(ThreadFields.authorId) === me &&
    [...THREAD_FIELDS].every((field) => t.has(field)) &&
    [...t.entries()].every(
      ([key, value]) => THREAD_FIELDS.has(key) && (key === ThreadFields.comments || !isType(value)),
    ) &&
    isTime(t.get(ThreadFields.createdAt)) &&
    isThreadAnchor(t.get(ThreadFields.anchor)) &&
    typeof quote === 'string' &&
    quote.length <= MAX_QUOTE_LENGTH &&
    isThreadKind(kind) &&
    isThreadStatus(t.get(ThreadFields.status)) &&
    (statusBy === null || statusBy === me) &&
    (statusAt === null || isTime(statusAt)) &&
    proposalOk &&
    (proposalAt === null || isTime(proposalAt)) &&
    comments instanceof Y.Array &&
    comments.length > 0 &&
    comments.toArray().every((c) => newCommentOk(c, me))
  );
}

/** Each thread's author and comments (id → author) before the update, read from the raw maps. */
function readBefore(doc: Y.Doc) {
  const threads = new Map<
    string,
    { author: unknown; kind: unknown; comments: Map<unknown, unknown> }
  >();
  for (const [id, value] of doc.getMap<unknown>('threads').entries()) {
    if (!(value instanceof Y.Map)) continue;
    const list = value.get(ThreadFields.comments);
    const comments = new Map<unknown, unknown>();
    if (list instanceof Y.Array) {
      for (const c of list.toArray()) {
        if (c instanceof Y.Map)
          comments.set(c.get(CommentFields.id), c.get(CommentFields.authorId));
      }
    }
    threads.set(id, {
      author: value.get(ThreadFields.authorId),
      kind: value.get(ThreadFields.kind),
      comments,
    });
  }
  return { keys: new Set(doc.getMap('threads').keys()), threads };
}

/** Who writes: whether they edit the text, and whether they moderate threads. */
export interface ThreadWriter {
  readonly me: string;
  /** An editor: the text and other roots are theirs to change. */
  readonly editor: boolean;
  /** A facilitator or the Secretariat: resolves any thread, decides proposals. */
  readonly moderator: boolean;
}

/** Whether the changed fields of an existing thread are allowed to `writer`. */
function threadFieldsOk(
  thread: Y.Map<unknown>,
  keys: readonly string[],
  before: { author: unknown; kind: unknown },
  { me, moderator }: ThreadWriter,
): boolean {
  const statusKeys = keys.filter((key) => STATUS_FIELDS.has(key));
  const proposalKeys = keys.filter((key) => PROPOSAL_FIELDS.has(key));
  if (statusKeys.length + proposalKeys.length !== keys.length) return false;
  if (
    statusKeys.length > 0 &&
    !(
      (before.author === me || moderator) &&
      statusKeys.includes(ThreadFields.statusBy) &&
      thread.get(ThreadFields.statusBy) === me &&
      isThreadStatus(thread.get(ThreadFields.status)) &&
      isTime(thread.get(ThreadFields.statusAt))
    )
  ) {
    return false;
  }
  return (
    proposalKeys.length === 0 ||
    (moderator &&
      before.kind === 'proposal' &&
      proposalKeys.includes(ThreadFields.proposalBy) &&
      thread.get(ThreadFields.proposalBy) === me &&
      isProposalStatus(thread.get(ThreadFields.proposalStatus)) &&
      isTime(thread.get(ThreadFields.proposalAt)))
  );
}

/**
 * Whether `writer` may apply `update` to a rich-text document: the text and other roots only
 * when an editor; in the threads, only threads they start, comments they add, the status of
 * threads they started (any thread, for a moderator) signed by them, proposal decisions signed
 * by them (moderators only), and the body, edit and deletion times of their own comments;
 * nothing is removed.
 */
export function threadWriterMayApply(
  server: Y.Doc,
  update: Uint8Array,
  writer: ThreadWriter,
): boolean {
  const { me } = writer;
  const { before, copy, events, otherRootChanged } = observe(
    server,
    update,
    { default: (doc) => doc.getXmlFragment('default'), threads: (doc) => doc.getMap('threads') },
    readBefore,
  );
  if (!writer.editor && (otherRootChanged || events('default').length > 0)) return false;
  const threads = copy.getMap<unknown>('threads');
  for (const event of events('threads')) {
    const [threadId, field] = event.path as [string?, string?];
    if (threadId === undefined) {
      for (const key of event.keys) {
        if (before.keys.has(key)) return false;
        if (threads.has(key) && !newThreadOk(threads.get(key), me, writer.moderator)) return false;
      }
    } else if (event.path.length === 1) {
      const old = before.threads.get(threadId);
      if (!old || !threadFieldsOk(event.target as Y.Map<unknown>, event.keys, old, writer)) {
        return false;
      }
    } else if (field !== ThreadFields.comments) {
      return false;
    } else if (event.path.length === 2) {
      const old = before.threads.get(threadId)!.comments;
      const nowIds = new Set<unknown>();
      for (const comment of (event.target as Y.Array<unknown>).toArray()) {
        const id = comment instanceof Y.Map ? comment.get(CommentFields.id) : undefined;
        nowIds.add(id);
        if (!(typeof id === 'string' && old.has(id)) && !newCommentOk(comment, me)) return false;
      }
      for (const id of old.keys()) if (!nowIds.has(id)) return false;
    } else if (event.path.length === 3) {
      const comment = event.target as Y.Map<unknown>;
      const id = comment.get(CommentFields.id);
      if (before.threads.get(threadId)?.comments.get(id) !== me) return false;
      for (const key of event.keys) {
        const value = comment.get(key);
        if (key === CommentFields.body) {
          if (typeof value !== 'string' || value.length > MAX_COMMENT_LENGTH) return false;
        } else if (key === CommentFields.editedAt || key === CommentFields.deletedAt) {
          if (!isTime(value)) return false;
        } else {
          return false;
        }
      }
    } else {
      return false;
    }
  }
  return true;
}

/** Whether a commenter `me` (an observer: no text, no moderation) may apply `update`. */
export function commenterMayApply(server: Y.Doc, update: Uint8Array, me: string): boolean {
  return threadWriterMayApply(server, update, { me, editor: false, moderator: false });
}

/** Row fields a DC member sets: the status and who set it when. */
const ROW_STATUS_FIELDS = new Set<string>([
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
    if (event.keys.some((key) => key !== RowFields.cells && !ROW_STATUS_FIELDS.has(key)))
      return false;
    if (event.keys.some((key) => ROW_STATUS_FIELDS.has(key))) {
      const row = copy.getMap<Y.Map<unknown>>(TableRoots.rows).get(rowId);
      if (!row || row.get(RowFields.statusBy) !== me || !isRowStatus(row.get(RowFields.status)))
        return false;
    }
  }
  return true;
}
