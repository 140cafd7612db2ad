/**
 * Known threads for the comments model tests: plain ThreadViews built field by field, so the
 * filters, inbox and ledger are tested on data whose expected output can be worked out by hand.
 *
 * People: ann (DC A), bo (DC B), cy (facilitator, no DC), dee (DC A and DC B).
 */
import type { CommentView, ThreadView } from '../../../shared/comments/readThreads';

/** 2026-05-04 12:00 UTC, and minutes after it. */
export const T0 = Date.UTC(2026, 4, 4, 12, 0);
export const at = (minutes: number) => T0 + minutes * 60_000;

/** A comment; `deletedAt` makes it deleted (body emptied, as the model does). */
export function comment(
  id: string,
  authorId: string,
  body: string,
  minutes: number,
  options: { editedAt?: number; deletedAt?: number } = {},
): CommentView {
  return {
    id,
    authorId,
    body: options.deletedAt !== undefined ? '' : body,
    createdAt: at(minutes),
    editedAt: options.editedAt ?? null,
    deletedAt: options.deletedAt ?? null,
  };
}

/** A thread on a cell with its comments; `fields` override the rest. */
export function thread(
  id: string,
  authorId: string,
  minutes: number,
  comments: CommentView[],
  fields: Partial<ThreadView> = {},
): ThreadView {
  return {
    id,
    authorId,
    createdAt: at(minutes),
    anchor: { kind: 'cell', rowId: 'r', columnId: 'c' },
    quote: `quote of ${id}`,
    kind: 'comment',
    status: 'open',
    statusBy: null,
    statusAt: null,
    proposalStatus: null,
    proposalBy: null,
    proposalAt: null,
    comments,
    ...fields,
  };
}

/** Which DCs each person represents. */
export const DCS: Record<string, string[]> = {
  ann: ['dc-a'],
  bo: ['dc-b'],
  cy: [],
  dee: ['dc-a', 'dc-b'],
};
export const NAMES: Record<string, string> = { ann: 'Ann', bo: 'Bo', cy: 'Cy', dee: 'Dee' };
export const DC_NAMES: Record<string, string> = { 'dc-a': 'DC Alpha', 'dc-b': 'DC Beta' };

/** The known threads, oldest first. */
export const THREADS: ThreadView[] = [
  // Ann asks; Bo replies mentioning Ann; Cy replies mentioning DC A; Ann answers herself.
  thread(
    't1',
    'ann',
    0,
    [
      comment('c1', 'ann', 'Is this right?', 0),
      comment('c2', 'bo', 'Yes @[Ann](person:ann)', 5),
      comment('c3', 'cy', 'Ask @[DC Alpha](dc:dc-a)', 6),
      comment('c4', 'ann', 'Thanks', 7),
    ],
    { kind: 'question' },
  ),
  // Bo proposes, mentioning Dee; Ann replies; a deleted reply by Cy mentioned Ann; resolved.
  thread(
    't2',
    'bo',
    10,
    [
      comment('c5', 'bo', 'Move to Tuesday, @[Dee](person:dee)?', 10),
      comment('c6', 'ann', 'Fine by me', 11),
      comment('c7', 'cy', '@[Ann](person:ann) gone', 12, { deletedAt: at(13) }),
    ],
    {
      kind: 'proposal',
      proposalStatus: 'accepted',
      proposalBy: 'cy',
      proposalAt: at(20),
      status: 'resolved',
      statusBy: 'bo',
      statusAt: at(21),
    },
  ),
  // Ann's own comment thread with no replies, mentioning DC B.
  thread('t3', 'ann', 30, [comment('c8', 'ann', '=SUM(A1) for @[DC Beta](dc:dc-b)', 30)]),
  // Dee comments; Bo replies (edited) mentioning DC A and Ann in one comment.
  thread('t4', 'dee', 40, [
    comment('c9', 'dee', '-1 here', 40),
    comment('c10', 'bo', '@[Ann](person:ann) and @[DC Alpha](dc:dc-a)', 41, { editedAt: at(42) }),
  ]),
];
