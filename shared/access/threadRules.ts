/**
 * Who may change comment threads (root map `threads`, shared/comments/threadSchema.ts), in
 * every document kind alike. These rules bind everyone, editors and the Secretariat included
 * (the `threads` root is guarded, see writeRules.ts): what someone wrote in a comment is theirs
 * alone, and nothing others saw is ever removed.
 *
 * - Anyone who may comment starts threads as themselves, complete, with a first comment of
 *   their own; nobody removes a thread or changes its author, time, anchor, quote or kind.
 * - The thread's author, a facilitator or the Secretariat resolves and reopens it, signing as
 *   themselves; a facilitator or the Secretariat decides a proposal, signing as themselves.
 * - Anyone who may comment adds comments as themselves; only a comment's author changes its
 *   body or marks it edited or deleted; no comment is removed from its thread.
 *
 * New content is judged on every value the update proposes, not only the last one, so a forged
 * update cannot hide a second author behind the first. Values that were overwritten before the
 * update was sent (an offline author who also resolved their thread) are allowed, as long as
 * each one the update does carry is allowed.
 */
import {
  CommentFields,
  MAX_COMMENT_LENGTH,
  MAX_QUOTE_LENGTH,
  ProposalStatuses,
  THREADS_ROOT,
  ThreadFields,
  ThreadKinds,
  isProposalStatus,
  isThreadAnchor,
  isThreadKind,
  isThreadStatus,
} from '../comments/threadSchema';
import { Roles, type AccessContext } from './roles';
import { SEQUENCE, type InsertedContent, type TypeNode, type UpdateEffect } from './updateEffect';
import type { RuleInput, WriteRule } from './writeRules';

const START_REFUSAL =
  'You can start a thread only as yourself, complete and with your own first comment.';
const REMOVE_REFUSAL = 'Threads and comments are never removed.';
const FIXED_REFUSAL = "A thread's author, date, anchor, quote and kind cannot be changed.";
const STATUS_REFUSAL =
  "Only the thread's author, a facilitator or the Secretariat can resolve or reopen it, as themselves.";
const PROPOSAL_REFUSAL =
  'Only a facilitator or the Secretariat can accept or decline a proposal, as themselves.';
const COMMENT_REFUSAL = 'You can add comments as yourself and edit or delete only your own.';

const STATUS_FIELDS: ReadonlySet<string> = new Set([
  ThreadFields.status,
  ThreadFields.statusBy,
  ThreadFields.statusAt,
]);
const PROPOSAL_FIELDS: ReadonlySet<string> = new Set([
  ThreadFields.proposalStatus,
  ThreadFields.proposalBy,
  ThreadFields.proposalAt,
]);
const THREAD_FIELDS: ReadonlySet<string> = new Set(Object.values(ThreadFields));
const COMMENT_FIELDS: ReadonlySet<string> = new Set(Object.values(CommentFields));
/** What an author may change in their own comment. */
const AUTHOR_FIELDS: ReadonlySet<string> = new Set([
  CommentFields.body,
  CommentFields.editedAt,
  CommentFields.deletedAt,
]);

/** Facilitators and the Secretariat moderate threads. */
const moderates = (ctx: AccessContext) =>
  ctx.role === Roles.facilitator || ctx.role === Roles.secretariat;

const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isTimeOrNull = (value: unknown) => value === null || isTime(value);
const isBody = (value: unknown) => typeof value === 'string' && value.length <= MAX_COMMENT_LENGTH;

/** The new type an insert creates, if it is a new map. */
function newMap(content: InsertedContent): TypeNode | null {
  return content.kind === 'type' && content.node.kind === 'map' ? content.node : null;
}

/**
 * An existing thread or comment the update removes: what it says about the fields inside is
 * beside the point (and which of them is judged first depends on client ids).
 */
const removed = (node: TypeNode | null) => node !== null && !node.isNew && node.deletedByUpdate;

/** A plain value, or a placeholder for one overwritten before the update was sent. */
const plainField = (content: InsertedContent) =>
  content.kind === 'value' || content.kind === 'deleted';

/** Every value proposed at `key` passes `ok`, and there is at least one. */
function allProposed(node: TypeNode, key: string, ok: (value: unknown) => boolean): boolean {
  const values = node.proposed(key);
  return values.length > 0 && values.every(ok);
}

/** A new comment as the update proposes it: complete, by the person, within the limits. */
function validNewComment(node: TypeNode | null, ctx: AccessContext): boolean {
  return (
    node !== null &&
    allProposed(node, CommentFields.id, (id) => typeof id === 'string' && id.length > 0) &&
    allProposed(node, CommentFields.authorId, (id) => id === ctx.userId) &&
    allProposed(node, CommentFields.body, isBody) &&
    allProposed(node, CommentFields.createdAt, isTime) &&
    node.proposed(CommentFields.editedAt).every(isTimeOrNull) &&
    node.proposed(CommentFields.deletedAt).every(isTimeOrNull)
  );
}

/** Comments each new comments array receives, counted once per update (see commentsAdded). */
const addedByUpdate = new WeakMap<readonly UpdateEffect[], Map<TypeNode, number>>();

/**
 * How many comments the update puts (and leaves) in the new comments array `comments`. Counted
 * for all arrays in one pass, so an update with many new threads costs no more than its size.
 */
function commentsAdded({ effects }: RuleInput, comments: TypeNode): number {
  let counts = addedByUpdate.get(effects);
  if (!counts) {
    counts = new Map();
    for (const e of effects) {
      const isComment =
        e.kind === 'insert' &&
        e.path.length === 4 &&
        e.path[0] === THREADS_ROOT &&
        e.path[3] === SEQUENCE &&
        e.content.kind === 'type' &&
        !e.content.node.deletedByUpdate;
      const list = e.containers[2];
      if (isComment && list) counts.set(list, (counts.get(list) ?? 0) + 1);
    }
    addedByUpdate.set(effects, counts);
  }
  return counts.get(comments) ?? 0;
}

/** A new thread as the update proposes it: every field valid, signed by the person. */
function validNewThread(input: RuleInput, node: TypeNode): boolean {
  const { ctx } = input;
  const me = (id: unknown) => id === ctx.userId;
  const kinds = node.proposed(ThreadFields.kind);
  const proposal = kinds.includes(ThreadKinds.proposal);
  const comments = node.proposed(ThreadFields.comments);
  const decided = node
    .proposed(ThreadFields.proposalStatus)
    .some((status) => status === ProposalStatuses.accepted || status === ProposalStatuses.declined);
  return (
    allProposed(node, ThreadFields.authorId, me) &&
    allProposed(node, ThreadFields.createdAt, isTime) &&
    allProposed(node, ThreadFields.anchor, isThreadAnchor) &&
    allProposed(
      node,
      ThreadFields.quote,
      (q) => typeof q === 'string' && q.length <= MAX_QUOTE_LENGTH,
    ) &&
    allProposed(node, ThreadFields.kind, isThreadKind) &&
    new Set(kinds).size === 1 &&
    allProposed(node, ThreadFields.status, isThreadStatus) &&
    allProposed(node, ThreadFields.statusBy, (by) => by === null || me(by)) &&
    allProposed(node, ThreadFields.statusAt, isTimeOrNull) &&
    allProposed(node, ThreadFields.proposalStatus, (s) =>
      proposal ? isProposalStatus(s) : s === null,
    ) &&
    (!decided || moderates(ctx)) &&
    allProposed(node, ThreadFields.proposalBy, (by) => by === null || (me(by) && moderates(ctx))) &&
    allProposed(node, ThreadFields.proposalAt, isTimeOrNull) &&
    comments.length === 1 &&
    comments.every(
      (c) =>
        typeof c === 'object' &&
        c !== null &&
        (c as TypeNode).kind === 'array' &&
        (c as TypeNode).isNew,
    ) &&
    // A thread the same update removes again shows nothing, with or without comments.
    (node.deletedByUpdate || commentsAdded(input, comments[0] as TypeNode) > 0)
  );
}

/** An entry of the `threads` map: a new, valid thread by the person; never a removal. */
function threadEntry(input: RuleInput): boolean | string {
  const { effect } = input;
  if (effect.kind === 'delete') return REMOVE_REFUSAL;
  if (effect.content.kind === 'deleted') return true; // shows nothing, replaces nothing
  const node = newMap(effect.content);
  return (node !== null && validNewThread(input, node)) || START_REFUSAL;
}

/**
 * A field of an existing thread: its status (author, facilitator, Secretariat) or its proposal
 * decision (facilitator, Secretariat), each signed by the person; nothing else. Fields of a new
 * thread come with it and are judged by threadEntry.
 */
function threadField({ ctx, effect, params, typeAt }: RuleInput): boolean | string {
  const thread = typeAt('threadId');
  const field = params['field'] ?? '';
  if (!thread) return FIXED_REFUSAL;
  if (removed(thread)) return REMOVE_REFUSAL;
  if (thread.isNew) {
    if (effect.kind !== 'insert' || !THREAD_FIELDS.has(field)) return START_REFUSAL;
    if (field === ThreadFields.comments) {
      return (
        (effect.content.kind === 'type' && effect.content.node.kind === 'array') || START_REFUSAL
      );
    }
    return plainField(effect.content) || START_REFUSAL;
  }
  const me = (id: unknown) => id === ctx.userId;
  const replaced = effect.kind === 'delete' ? thread.proposed(field).length > 0 : true;
  const values =
    effect.kind === 'insert' && effect.content.kind === 'value' ? effect.content.values : [];
  const plain = effect.kind === 'delete' || plainField(effect.content);
  if (STATUS_FIELDS.has(field)) {
    const may = me(thread.existing(ThreadFields.authorId)) || moderates(ctx);
    const signed = allProposed(thread, ThreadFields.statusBy, me);
    const valid =
      field === ThreadFields.status
        ? values.every(isThreadStatus)
        : field === ThreadFields.statusAt
          ? values.every(isTime)
          : true;
    return (may && signed && replaced && plain && valid) || STATUS_REFUSAL;
  }
  if (PROPOSAL_FIELDS.has(field)) {
    const proposal = thread.existing(ThreadFields.kind) === ThreadKinds.proposal;
    const signed = allProposed(thread, ThreadFields.proposalBy, me);
    const valid =
      field === ThreadFields.proposalStatus
        ? values.every(isProposalStatus)
        : field === ThreadFields.proposalAt
          ? values.every(isTime)
          : true;
    return (moderates(ctx) && proposal && signed && replaced && plain && valid) || PROPOSAL_REFUSAL;
  }
  return FIXED_REFUSAL;
}

/** The comments array's elements: new comments by the person; none removed. */
function commentEntry({ ctx, effect }: RuleInput): boolean | string {
  if (effect.kind === 'delete') return REMOVE_REFUSAL;
  if (effect.content.kind === 'deleted') return true;
  return validNewComment(newMap(effect.content), ctx) || COMMENT_REFUSAL;
}

/**
 * A field of a comment: anything, as set when the person adds the comment (judged whole by
 * commentEntry); in an existing comment, only its author, and only the body and the edited and
 * deleted times, each replacing the old value.
 */
function commentField({ ctx, effect, params, typeAt }: RuleInput): boolean | string {
  const comment = typeAt('comment');
  const field = params['field'] ?? '';
  if (!comment || !COMMENT_FIELDS.has(field)) return COMMENT_REFUSAL;
  if (removed(comment) || removed(typeAt('threadId'))) return REMOVE_REFUSAL;
  if (comment.isNew)
    return (effect.kind === 'insert' && plainField(effect.content)) || COMMENT_REFUSAL;
  if (comment.existing(CommentFields.authorId) !== ctx.userId || !AUTHOR_FIELDS.has(field)) {
    return COMMENT_REFUSAL;
  }
  if (effect.kind === 'delete') return comment.proposed(field).length > 0 || COMMENT_REFUSAL;
  if (effect.content.kind === 'deleted') return true;
  if (effect.content.kind !== 'value') return COMMENT_REFUSAL;
  const valid = field === CommentFields.body ? isBody : isTime;
  return effect.content.values.every(valid) || COMMENT_REFUSAL;
}

/**
 * The rules of the `threads` root, first in every document kind's list (they match nothing
 * else, and everything under `threads` that they do not allow is refused).
 */
export const threadRules: readonly WriteRule[] = [
  { match: [THREADS_ROOT, ':threadId'], allow: threadEntry, reason: START_REFUSAL },
  {
    match: [THREADS_ROOT, ':threadId', ThreadFields.comments, '#comment'],
    allow: commentEntry,
    reason: COMMENT_REFUSAL,
  },
  {
    match: [THREADS_ROOT, ':threadId', ThreadFields.comments, '#comment', ':field'],
    allow: commentField,
    reason: COMMENT_REFUSAL,
  },
  { match: [THREADS_ROOT, ':threadId', ':field'], allow: threadField, reason: FIXED_REFUSAL },
  { match: [THREADS_ROOT, '**'], allow: () => false, reason: COMMENT_REFUSAL },
];
