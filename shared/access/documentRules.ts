/**
 * The write rules of each document kind, declared to the one mechanism in writeRules.ts.
 * Rich-text documents: editors change everything; commenters start threads and write, edit and
 * delete comments as themselves, and never touch the text. Mapping tables: the Secretariat
 * changes everything; a DC member changes the rows of their own DCs, but not which DC owns a
 * row, nor which rows exist; everyone else nothing. Viewers change nothing anywhere.
 */
import { CommentFields, THREADS_ROOT, ThreadFields } from '../comments/threadSchema';
import { RowFields, TableRoots } from '../tables/tableSchema';
import { DocumentAccessLevels, TableScopes, roleDefaults, type AccessContext } from './roles';
import type { InsertedContent, TypeNode } from './updateEffect';
import { defineWriteRules, type RuleInput } from './writeRules';

/** Root of a rich-text document's text: Tiptap's XmlFragment (shared/editor DOCUMENT_FRAGMENT). */
export const RICH_TEXT_ROOT = 'default';

const TEXT_REFUSAL = 'Your role can comment but not edit the text.';
const THREAD_REFUSAL = 'You can start threads as yourself, but only editors change or remove them.';
const COMMENT_REFUSAL = 'You can add comments as yourself and change or delete only your own.';

const THREAD_FIELDS: ReadonlySet<string> = new Set([
  ThreadFields.authorId,
  ThreadFields.createdAt,
  ThreadFields.anchor,
  ThreadFields.status,
]);
const COMMENT_FIELDS: ReadonlySet<string> = new Set(Object.values(CommentFields));
/** What an author may change in their own comment. */
const EDITABLE_COMMENT_FIELDS: ReadonlySet<string> = new Set([
  CommentFields.body,
  CommentFields.editedAt,
]);

// Viewers never reach these predicates (writeRules.ts refuses them first), so a context that
// is not an editor here is a commenter.
const editor = (ctx: AccessContext) => ctx.access === DocumentAccessLevels.editor;
const isEditor = ({ ctx }: RuleInput) => editor(ctx);

/** The new type an insert creates, if it is a new map. */
function newMap(content: InsertedContent): TypeNode | null {
  return content.kind === 'type' && content.node.kind === 'map' ? content.node : null;
}

/** A new map whose author, as proposed by the update, is the person (every value of it). */
function authoredByMe(node: TypeNode | null, ctx: AccessContext): boolean {
  const authors = node?.proposed(CommentFields.authorId) ?? [];
  return authors.length > 0 && authors.every((author) => author === ctx.userId);
}

/**
 * A plain field value (or a placeholder for one deleted before it was sent). The author of a
 * new thread or comment is checked on the thread or comment itself (authoredByMe), which sees
 * every author value the update proposes.
 */
function plainField(content: InsertedContent): boolean {
  return content.kind === 'value' || content.kind === 'deleted';
}

/** An entry of the `threads` map: a new thread by the person; never a removal. */
function threadEntry({ ctx, effect }: RuleInput): boolean {
  if (editor(ctx)) return true;
  if (effect.kind !== 'insert') return false;
  return effect.content.kind === 'deleted' || authoredByMe(newMap(effect.content), ctx);
}

/** The comments array of a thread: only created along with a new thread. */
function threadComments({ ctx, effect, typeAt }: RuleInput): boolean {
  if (editor(ctx)) return true;
  if (effect.kind !== 'insert') return false;
  const content = effect.content;
  return content.kind === 'type' && content.node.kind === 'array' && !!typeAt('threadId')?.isNew;
}

/** A thread field: set when the person creates the thread, never changed afterwards. */
function threadField({ ctx, effect, params, typeAt }: RuleInput): boolean {
  if (editor(ctx)) return true;
  if (effect.kind !== 'insert' || !typeAt('threadId')?.isNew) return false;
  const field = params['field'] ?? '';
  return THREAD_FIELDS.has(field) && plainField(effect.content);
}

/** A comment in a thread: added as the person, deleted only by its author. */
function commentEntry({ ctx, effect }: RuleInput): boolean {
  if (editor(ctx)) return true;
  if (effect.kind === 'delete') return effect.node?.existing(CommentFields.authorId) === ctx.userId;
  return effect.content.kind === 'deleted' || authoredByMe(newMap(effect.content), ctx);
}

/** A comment field: set freely as the person in a new comment; body and editedAt in their own. */
function commentField({ ctx, effect, params, typeAt }: RuleInput): boolean {
  if (editor(ctx)) return true;
  const comment = typeAt('comment');
  const field = params['field'] ?? '';
  if (!comment || !COMMENT_FIELDS.has(field)) return false;
  if (comment.isNew) return effect.kind === 'insert' && plainField(effect.content);
  if (comment.existing(CommentFields.authorId) !== ctx.userId) return false;
  if (effect.kind === 'delete') {
    return EDITABLE_COMMENT_FIELDS.has(field) || comment.deletedByUpdate;
  }
  return EDITABLE_COMMENT_FIELDS.has(field) && plainField(effect.content);
}

/** Rules of rich-text documents (the text plus its comment threads). */
export const richTextRules = defineWriteRules({
  editorsChangeEverything: true,
  rules: [
    { match: [RICH_TEXT_ROOT, '**'], allow: isEditor, reason: TEXT_REFUSAL },
    { match: [THREADS_ROOT, ':threadId'], allow: threadEntry, reason: THREAD_REFUSAL },
    {
      match: [THREADS_ROOT, ':threadId', ThreadFields.comments],
      allow: threadComments,
      reason: THREAD_REFUSAL,
    },
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
    { match: [THREADS_ROOT, ':threadId', ':field'], allow: threadField, reason: THREAD_REFUSAL },
    { match: [THREADS_ROOT, '**'], allow: isEditor, reason: COMMENT_REFUSAL },
    { match: ['**'], allow: isEditor, reason: TEXT_REFUSAL },
  ],
});

const wholeTable = (ctx: AccessContext) => roleDefaults[ctx.role].tables === TableScopes.everything;
const changesWholeTable = ({ ctx }: RuleInput) => wholeTable(ctx);
const ROWS_REFUSAL = 'Only the Secretariat can add or remove rows.';
const OWNER_REFUSAL = 'Only the Secretariat can change which DC a row belongs to.';
const OWN_ROW_REFUSAL = "You can change only your own DC's rows.";
const DEFINITION_REFUSAL = "Only the Secretariat can change the table's columns and settings.";

/** Inside a row: an editor whose role may change own rows, in a row of one of their DCs. */
function ownRow({ ctx, typeAt }: RuleInput): boolean {
  if (wholeTable(ctx)) return true;
  if (roleDefaults[ctx.role].tables !== TableScopes.ownRows) return false;
  if (ctx.access !== DocumentAccessLevels.editor) return false;
  const owner = typeAt('rowId')?.existing(RowFields.dc); // undefined for rows new in the update
  return typeof owner === 'string' && ctx.dcs.includes(owner);
}

/** Rules of mapping tables. */
export const mappingTableRules = defineWriteRules({
  editorsChangeEverything: false,
  rules: [
    { match: [TableRoots.rows, ':rowId'], allow: changesWholeTable, reason: ROWS_REFUSAL },
    {
      match: [TableRoots.rows, ':rowId', RowFields.dc],
      allow: changesWholeTable,
      reason: OWNER_REFUSAL,
    },
    { match: [TableRoots.rows, ':rowId', '**'], allow: ownRow, reason: OWN_ROW_REFUSAL },
    { match: ['**'], allow: changesWholeTable, reason: DEFINITION_REFUSAL },
  ],
});
