/**
 * The threads of a document as plain data, for the sidebar, the inbox and the ledger. The
 * `threads` map is written by many clients and an old or broken client may have left anything
 * in it, so reading never throws: an entry that is not a well-formed thread is left out, and a
 * comment that is not well-formed is left out of its thread.
 */
import * as Y from 'yjs';
import {
  CommentFields,
  ThreadFields,
  isProposalStatus,
  isThreadAnchor,
  isThreadKind,
  isThreadStatus,
  threadsOf,
  type ProposalStatus,
  type ThreadAnchor,
  type ThreadKind,
  type ThreadStatus,
} from './threadSchema';

/** A comment as plain data. */
export interface CommentView {
  readonly id: string;
  readonly authorId: string;
  /** Empty once deleted. */
  readonly body: string;
  readonly createdAt: number;
  readonly editedAt: number | null;
  readonly deletedAt: number | null;
}

/** A thread as plain data. */
export interface ThreadView {
  readonly id: string;
  readonly authorId: string;
  readonly createdAt: number;
  readonly anchor: ThreadAnchor;
  readonly quote: string;
  readonly kind: ThreadKind;
  readonly status: ThreadStatus;
  readonly statusBy: string | null;
  readonly statusAt: number | null;
  /** Null unless the thread is a proposal. */
  readonly proposalStatus: ProposalStatus | null;
  readonly proposalBy: string | null;
  readonly proposalAt: number | null;
  /** In the order they were added; the first is the thread's opening comment. */
  readonly comments: readonly CommentView[];
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const timeOrNull = (value: unknown): number | null => (isTime(value) ? value : null);
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readComment(value: unknown): CommentView | null {
  if (!(value instanceof Y.Map)) return null;
  const comment = value as Y.Map<unknown>;
  const id = comment.get(CommentFields.id);
  const authorId = comment.get(CommentFields.authorId);
  const body = comment.get(CommentFields.body);
  const createdAt = comment.get(CommentFields.createdAt);
  if (typeof id !== 'string' || typeof authorId !== 'string' || !isTime(createdAt)) return null;
  const deletedAt = timeOrNull(comment.get(CommentFields.deletedAt));
  return {
    id,
    authorId,
    body: deletedAt === null && typeof body === 'string' ? body : '',
    createdAt,
    editedAt: timeOrNull(comment.get(CommentFields.editedAt)),
    deletedAt,
  };
}

/** The thread `id` from the value stored under it, or null when it is not a thread. */
export function readThread(id: string, value: unknown): ThreadView | null {
  if (!(value instanceof Y.Map)) return null;
  const thread = value as Y.Map<unknown>;
  const get = (field: string) => thread.get(field);
  const authorId = get(ThreadFields.authorId);
  const createdAt = get(ThreadFields.createdAt);
  const anchor = get(ThreadFields.anchor);
  const kind = get(ThreadFields.kind);
  const comments = get(ThreadFields.comments);
  if (typeof authorId !== 'string' || !isTime(createdAt) || !isThreadAnchor(anchor)) return null;
  if (!isThreadKind(kind) || !(comments instanceof Y.Array)) return null;
  const status = get(ThreadFields.status);
  const proposalStatus = get(ThreadFields.proposalStatus);
  const quote = get(ThreadFields.quote);
  return {
    id,
    authorId,
    createdAt,
    anchor,
    quote: typeof quote === 'string' ? quote : '',
    kind,
    status: isThreadStatus(status) ? status : 'open',
    statusBy: stringOrNull(get(ThreadFields.statusBy)),
    statusAt: timeOrNull(get(ThreadFields.statusAt)),
    proposalStatus:
      kind === 'proposal' ? (isProposalStatus(proposalStatus) ? proposalStatus : 'open') : null,
    proposalBy: stringOrNull(get(ThreadFields.proposalBy)),
    proposalAt: timeOrNull(get(ThreadFields.proposalAt)),
    comments: (comments as Y.Array<unknown>)
      .toArray()
      .map(readComment)
      .filter((c): c is CommentView => c !== null),
  };
}

/** Every well-formed thread of `doc`, oldest first (ties by id), malformed entries skipped. */
export function readThreads(doc: Y.Doc): ThreadView[] {
  const threads: ThreadView[] = [];
  for (const [id, value] of threadsOf(doc).entries()) {
    const thread = readThread(id, value);
    if (thread) threads.push(thread);
  }
  return threads.sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
