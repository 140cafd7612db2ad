/**
 * The write rules of each document kind, declared to the one mechanism in writeRules.ts.
 * Comment threads (root `threads`) follow the same rules in every kind, binding everyone
 * (threadRules.ts). Rich-text documents: editors change the text, commenters only comment.
 * Mapping tables: the Secretariat changes everything; a DC member changes the cells and status
 * of their own DCs' rows until the deadline (unless reopened), but not which DC owns a row,
 * which rows exist, their order, labels or removal; everyone else nothing but comments.
 * Viewers change nothing anywhere.
 */
import { THREADS_ROOT } from '../comments/threadSchema';
import { isRowOpen, readTableSettings } from '../tables/readTable';
import { RowFields, TableRoots, isRowStatus } from '../tables/tableSchema';
import { DocumentAccessLevels, TableScopes, roleDefaults, type AccessContext } from './roles';
import { threadRules } from './threadRules';
import type { InsertedContent } from './updateEffect';
import { defineWriteRules, type RuleInput } from './writeRules';

/** Root of a rich-text document's text: Tiptap's XmlFragment (shared/editor DOCUMENT_FRAGMENT). */
export const RICH_TEXT_ROOT = 'default';

const TEXT_REFUSAL = 'Your role can comment but not edit the text.';

const isEditor = ({ ctx }: RuleInput) => ctx.access === DocumentAccessLevels.editor;

/** Rules of rich-text documents (the text plus its comment threads). */
export const richTextRules = defineWriteRules({
  editorsChangeEverything: true,
  guardedRoots: [THREADS_ROOT],
  rules: [
    ...threadRules,
    { match: [RICH_TEXT_ROOT, '**'], allow: isEditor, reason: TEXT_REFUSAL },
    { match: ['**'], allow: isEditor, reason: TEXT_REFUSAL },
  ],
});

const wholeTable = (ctx: AccessContext) => roleDefaults[ctx.role].tables === TableScopes.everything;
const changesWholeTable = ({ ctx }: RuleInput) => wholeTable(ctx);
const ROWS_REFUSAL = 'Only the Secretariat can add or remove rows.';
const OWNER_REFUSAL = 'Only the Secretariat can change which DC a row belongs to.';
const OWN_ROW_REFUSAL = "You can change only your own DC's rows.";
const ROW_SETTINGS_REFUSAL = 'Only the Secretariat can rename, move, remove or reopen rows.';
const DEFINITION_REFUSAL = "Only the Secretariat can change the table's columns and settings.";
/** Said to a DC member writing in their row after the deadline. */
export const DEADLINE_REFUSAL =
  'The deadline has passed: this row is read-only. Ask the Secretariat to reopen it.';
const STATUS_REFUSAL =
  'A status must be one of not started, draft or submitted, set as yourself with its time.';

/** Fields of a row that its DC sets: the status and who set it when. */
const STATUS_FIELDS: ReadonlySet<string> = new Set([
  RowFields.status,
  RowFields.statusBy,
  RowFields.statusByName,
  RowFields.statusAt,
]);

/** Inside a row: an editor whose role may change own rows, in a row of one of their DCs. */
function ownRow({ ctx, typeAt }: RuleInput): boolean {
  if (wholeTable(ctx)) return true;
  if (roleDefaults[ctx.role].tables !== TableScopes.ownRows) return false;
  if (ctx.access !== DocumentAccessLevels.editor) return false;
  const owner = typeAt('rowId')?.existing(RowFields.dc); // undefined for rows new in the update
  return typeof owner === 'string' && ctx.dcs.includes(owner);
}

/**
 * Own row, and still open: before the deadline, or after it when the Secretariat reopened the
 * table or this row (SPEC T3). Without the document the deadline is not known: open.
 */
function ownOpenRow(input: RuleInput): boolean | string {
  if (!ownRow(input)) return false;
  if (wholeTable(input.ctx) || input.doc === null) return true;
  const rowReopened = input.typeAt('rowId')?.existing(RowFields.reopened) === true;
  return isRowOpen(readTableSettings(input.doc), { reopened: rowReopened }, input.now)
    ? true
    : DEADLINE_REFUSAL;
}

/** The values an insert puts at a map entry (placeholders of deleted content excluded). */
function insertedValues(content: InsertedContent): readonly unknown[] | null {
  if (content.kind === 'value') return content.values;
  if (content.kind === 'deleted') return [];
  return null;
}

/**
 * A row's status fields (SPEC T2): its DC sets them, only together and as themselves: every
 * status proposed is a known one, every `statusBy` the person (and `statusByName` their name,
 * when the server knows it), `statusAt` an instant; an old value may only be removed by the new
 * one that replaces it.
 */
function statusField(input: RuleInput): boolean | string {
  const open = ownOpenRow(input);
  if (open !== true || wholeTable(input.ctx)) return open;
  const { effect, params, ctx } = input;
  const row = input.typeAt('rowId');
  const field = params['field'] ?? '';
  const proposed = (name: string) => row?.proposed(name) ?? [];
  if (effect.kind === 'delete') return proposed(field).length > 0 || STATUS_REFUSAL;
  const values = insertedValues(effect.content);
  if (values === null) return STATUS_REFUSAL;
  const byMe = proposed(RowFields.statusBy);
  if (byMe.length === 0 || !byMe.every((id) => id === ctx.userId)) return STATUS_REFUSAL;
  switch (field) {
    case RowFields.status:
      return values.every(isRowStatus) || STATUS_REFUSAL;
    case RowFields.statusAt:
      return (
        values.every((at) => typeof at === 'string' && !Number.isNaN(Date.parse(at))) ||
        STATUS_REFUSAL
      );
    case RowFields.statusByName:
      return (
        values.every(
          (name) =>
            typeof name === 'string' &&
            name.length <= 200 &&
            (ctx.userName === undefined || name === ctx.userName),
        ) || STATUS_REFUSAL
      );
    default:
      return true; // statusBy: checked above
  }
}

/** A field of a row: the status fields are the DC's, the rest the Secretariat's. */
function rowField(input: RuleInput): boolean | string {
  const field = input.params['field'] ?? '';
  if (STATUS_FIELDS.has(field)) return statusField(input);
  if (field === RowFields.cells) return ownOpenRow(input);
  if (field === RowFields.dc) return wholeTable(input.ctx) || OWNER_REFUSAL;
  return wholeTable(input.ctx) || ROW_SETTINGS_REFUSAL;
}

/** Rules of mapping tables (SPEC W6, T2, T3). */
export const mappingTableRules = defineWriteRules({
  editorsChangeEverything: false,
  guardedRoots: [THREADS_ROOT],
  rules: [
    ...threadRules,
    { match: [TableRoots.rows, ':rowId'], allow: changesWholeTable, reason: ROWS_REFUSAL },
    { match: [TableRoots.rows, ':rowId', ':field'], allow: rowField, reason: OWN_ROW_REFUSAL },
    {
      match: [TableRoots.rows, ':rowId', RowFields.cells, '**'],
      allow: ownOpenRow,
      reason: OWN_ROW_REFUSAL,
    },
    { match: ['**'], allow: changesWholeTable, reason: DEFINITION_REFUSAL },
  ],
});
