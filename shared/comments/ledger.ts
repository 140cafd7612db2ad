/**
 * The ledger of a document's threads, for the record of a review: one row per thread with the
 * section it sits in, the quoted text, who started it from which DC and when, its kind, status,
 * the conversation and how it ended, as CSV (for spreadsheets) and Markdown (for reading).
 * Names come from the directory, passed in, so this stays pure. CSV values are neutralized like
 * table exports, so a spreadsheet never runs a comment as a formula.
 */
import Papa from 'papaparse';
import { DateTime } from 'luxon';
import { neutralizeSpreadsheetText } from '../tables/exportTable';
import { commentPlainText } from './mentions';
import type { CommentView, ThreadView } from './readThreads';

/** One thread in the ledger, every value as text. */
export interface LedgerRow {
  /** The nearest heading before the anchor (or the table's name); empty when none. */
  readonly section: string;
  readonly quote: string;
  /** The thread's opening comment, as plain text. */
  readonly comment: string;
  readonly author: string;
  /** The author's DCs, by name, comma-separated. */
  readonly dc: string;
  readonly date: string;
  readonly kind: string;
  readonly status: string;
  /** Every later comment: "Name, date: text". */
  readonly replies: readonly string[];
  /** Who resolved it and when, and the decision on a proposal; empty while open and undecided. */
  readonly resolution: string;
}

/** A person as the ledger names them. */
export interface LedgerPerson {
  readonly name: string;
  readonly dcs: readonly string[];
}

/** Column headers of the CSV, in order. */
export const LEDGER_HEADERS = [
  'Section',
  'Quoted text',
  'Comment',
  'Author',
  'DC',
  'Date',
  'Kind',
  'Status',
  'Replies',
  'Resolution',
] as const;

const KIND_LABELS = { comment: 'Comment', question: 'Question', proposal: 'Proposal' } as const;
const STATUS_LABELS = { open: 'Open', resolved: 'Resolved' } as const;
const PROPOSAL_LABELS = { open: 'open', accepted: 'accepted', declined: 'declined' } as const;
/** Said in place of a deleted comment. */
export const DELETED_COMMENT = '(comment deleted)';
/** Said for a person the directory does not know. */
export const UNKNOWN_PERSON = 'Unknown person';

/**
 * The ledger rows of `threads`, in the order given (document order is the caller's choice).
 * Dates read `2026-05-04 14:30 UTC`, or in `timeZone` with its name.
 */
export function ledgerRows(
  threads: readonly ThreadView[],
  sectionOf: (thread: ThreadView) => string,
  people: (id: string) => LedgerPerson | undefined,
  dcName: (id: string) => string,
  timeZone = 'UTC',
): LedgerRow[] {
  const nameOf = (id: string | null) => (id && people(id)?.name) || UNKNOWN_PERSON;
  const dateOf = (ms: number) => {
    const at = DateTime.fromMillis(ms, { zone: timeZone });
    const zone = at.isValid ? timeZone : 'UTC';
    const shown = at.isValid ? at : DateTime.fromMillis(ms, { zone: 'utc' });
    return `${shown.toFormat('yyyy-MM-dd HH:mm')} ${zone === 'utc' ? 'UTC' : zone}`;
  };
  const said = (comment: CommentView) =>
    comment.deletedAt !== null ? DELETED_COMMENT : commentPlainText(comment.body);
  return threads.map((thread) => {
    const [first, ...replies] = thread.comments;
    const resolution: string[] = [];
    if (thread.proposalStatus && thread.proposalStatus !== 'open') {
      const when = thread.proposalAt !== null ? ` on ${dateOf(thread.proposalAt)}` : '';
      resolution.push(
        `Proposal ${PROPOSAL_LABELS[thread.proposalStatus]} by ${nameOf(thread.proposalBy)}${when}`,
      );
    }
    if (thread.status === 'resolved') {
      const when = thread.statusAt !== null ? ` on ${dateOf(thread.statusAt)}` : '';
      resolution.push(`Resolved by ${nameOf(thread.statusBy)}${when}`);
    }
    return {
      section: sectionOf(thread),
      quote: thread.quote,
      comment: first ? said(first) : '',
      author: nameOf(thread.authorId),
      dc: (people(thread.authorId)?.dcs ?? []).map(dcName).join(', '),
      date: dateOf(thread.createdAt),
      kind:
        thread.proposalStatus !== null
          ? `${KIND_LABELS[thread.kind]} (${PROPOSAL_LABELS[thread.proposalStatus]})`
          : KIND_LABELS[thread.kind],
      status: STATUS_LABELS[thread.status],
      replies: replies.map((c) => `${nameOf(c.authorId)}, ${dateOf(c.createdAt)}: ${said(c)}`),
      resolution: resolution.join('; '),
    };
  });
}

/** The ledger as CSV (RFC 4180, CRLF line ends, a header line), every value neutralized. */
export function ledgerCsv(rows: readonly LedgerRow[]): string {
  const lines = rows.map((row) => [
    row.section,
    row.quote,
    row.comment,
    row.author,
    row.dc,
    row.date,
    row.kind,
    row.status,
    row.replies.join('\n'),
    row.resolution,
  ]);
  return Papa.unparse(
    [[...LEDGER_HEADERS], ...lines].map((line) => line.map(neutralizeSpreadsheetText)),
    { newline: '\r\n' },
  );
}

/** `text` with Markdown's inline specials escaped and line breaks folded into spaces. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Like inline, for text that starts a line (no heading, list or quote by accident). */
function block(text: string): string {
  return inline(text)
    .replace(/^[#+\-=>]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The ledger as a Markdown document titled `title`: one section per thread. */
export function ledgerMarkdown(title: string, rows: readonly LedgerRow[]): string {
  const out = [`# Comments: ${inline(title)}`, ''];
  if (rows.length === 0) out.push('No comments yet.', '');
  rows.forEach((row, index) => {
    out.push(`## ${index + 1}. ${row.section ? inline(row.section) : '(no section)'}`, '');
    if (row.quote) out.push(`> ${inline(row.quote)}`, '');
    out.push(
      `- **Author:** ${inline(row.author)}${row.dc ? ` (${inline(row.dc)})` : ''}`,
      `- **Date:** ${inline(row.date)}`,
      `- **Kind:** ${inline(row.kind)}`,
      `- **Status:** ${inline(row.status)}`,
    );
    if (row.resolution) out.push(`- **Resolution:** ${inline(row.resolution)}`);
    out.push('', block(row.comment) || '_(no text)_', '');
    if (row.replies.length > 0) {
      out.push('**Replies:**', '', ...row.replies.map((reply) => `- ${inline(reply)}`), '');
    }
  });
  return out.join('\n');
}
