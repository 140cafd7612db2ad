/**
 * The ledger (shared/comments/ledger.ts) from known threads (threadFixtures.ts): one row per
 * thread with section, quote, opening comment, author and DC from the directory, date, kind,
 * status, replies and resolution; as CSV with every formula-like value neutralized, and as
 * Markdown with user text escaped.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  LEDGER_HEADERS,
  ledgerCsv,
  ledgerMarkdown,
  ledgerRows,
  type LedgerRow,
} from '../../../shared/comments/ledger';
import type { ThreadView } from '../../../shared/comments/readThreads';
import { DCS, DC_NAMES, NAMES, THREADS } from './threadFixtures';

const SECTIONS: Record<string, string> = { t1: 'Goals', t2: 'Agenda', t3: '', t4: '+Risks' };
const rowsOf = (threads: readonly ThreadView[], timeZone?: string) =>
  ledgerRows(
    threads,
    (t) => SECTIONS[t.id] ?? '',
    (id) => (NAMES[id] ? { name: NAMES[id], dcs: DCS[id] ?? [] } : undefined),
    (id) => DC_NAMES[id] ?? id,
    timeZone,
  );

const EXPECTED: LedgerRow[] = [
  {
    section: 'Goals',
    quote: 'quote of t1',
    comment: 'Is this right?',
    author: 'Ann',
    dc: 'DC Alpha',
    date: '2026-05-04 12:00 UTC',
    kind: 'Question',
    status: 'Open',
    replies: [
      'Bo, 2026-05-04 12:05 UTC: Yes @Ann',
      'Cy, 2026-05-04 12:06 UTC: Ask @DC Alpha',
      'Ann, 2026-05-04 12:07 UTC: Thanks',
    ],
    resolution: '',
  },
  {
    section: 'Agenda',
    quote: 'quote of t2',
    comment: 'Move to Tuesday, @Dee?',
    author: 'Bo',
    dc: 'DC Beta',
    date: '2026-05-04 12:10 UTC',
    kind: 'Proposal (accepted)',
    status: 'Resolved',
    replies: [
      'Ann, 2026-05-04 12:11 UTC: Fine by me',
      'Cy, 2026-05-04 12:12 UTC: (comment deleted)',
    ],
    resolution:
      'Proposal accepted by Cy on 2026-05-04 12:20 UTC; Resolved by Bo on 2026-05-04 12:21 UTC',
  },
  {
    section: '',
    quote: 'quote of t3',
    comment: '=SUM(A1) for @DC Beta',
    author: 'Ann',
    dc: 'DC Alpha',
    date: '2026-05-04 12:30 UTC',
    kind: 'Comment',
    status: 'Open',
    replies: [],
    resolution: '',
  },
  {
    section: '+Risks',
    quote: 'quote of t4',
    comment: '-1 here',
    author: 'Dee',
    dc: 'DC Alpha, DC Beta',
    date: '2026-05-04 12:40 UTC',
    kind: 'Comment',
    status: 'Open',
    replies: ['Bo, 2026-05-04 12:41 UTC: @Ann and @DC Alpha'],
    resolution: '',
  },
];

describe('ledger rows', () => {
  it('gives one row per thread, worked out by hand', () => {
    expect(rowsOf(THREADS)).toEqual(EXPECTED);
  });

  it('shows dates in a chosen time zone, and unknown people as such', () => {
    const [row] = rowsOf([THREADS[0]!], 'Europe/Warsaw');
    expect(row!.date).toBe('2026-05-04 14:00 Europe/Warsaw');
    const [stranger] = ledgerRows(
      [{ ...THREADS[0]!, authorId: 'gone' }],
      () => '',
      () => undefined,
      (id) => id,
    );
    expect(stranger).toMatchObject({ author: 'Unknown person', dc: '' });
  });
});

describe('ledger CSV', () => {
  it('writes the header and the rows, exactly, with formulas neutralized', () => {
    expect(ledgerCsv(rowsOf([THREADS[2]!]))).toBe(
      [
        'Section,Quoted text,Comment,Author,DC,Date,Kind,Status,Replies,Resolution',
        ",quote of t3,'=SUM(A1) for @DC Beta,Ann,DC Alpha,2026-05-04 12:30 UTC,Comment,Open,,",
      ].join('\r\n'),
    );
  });

  it('reads back as the rows (replies one per line), neutralized where needed', () => {
    const parsed = Papa.parse<string[]>(ledgerCsv(rowsOf(THREADS)), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual([...LEDGER_HEADERS]);
    expect(parsed.slice(1)).toEqual(
      EXPECTED.map((row) =>
        [
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
        ].map((value) => (/^[=+\-@]/.test(value) ? `'${value}` : value)),
      ),
    );
    expect(parsed[4]![0]).toBe("'+Risks");
    expect(parsed[4]![2]).toBe("'-1 here");
  });

  it('is just the header without threads', () => {
    expect(ledgerCsv([])).toBe(LEDGER_HEADERS.join(','));
  });
});

describe('ledger Markdown', () => {
  it('writes one section per thread, user text escaped', () => {
    expect(ledgerMarkdown('Main *session* plan', rowsOf(THREADS.slice(1, 4)))).toBe(
      [
        '# Comments: Main \\*session\\* plan',
        '',
        '## 1. Agenda',
        '',
        '> quote of t2',
        '',
        '- **Author:** Bo (DC Beta)',
        '- **Date:** 2026-05-04 12:10 UTC',
        '- **Kind:** Proposal (accepted)',
        '- **Status:** Resolved',
        '- **Resolution:** Proposal accepted by Cy on 2026-05-04 12:20 UTC; Resolved by Bo on 2026-05-04 12:21 UTC',
        '',
        'Move to Tuesday, @Dee?',
        '',
        '**Replies:**',
        '',
        '- Ann, 2026-05-04 12:11 UTC: Fine by me',
        '- Cy, 2026-05-04 12:12 UTC: (comment deleted)',
        '',
        '## 2. (no section)',
        '',
        '> quote of t3',
        '',
        '- **Author:** Ann (DC Alpha)',
        '- **Date:** 2026-05-04 12:30 UTC',
        '- **Kind:** Comment',
        '- **Status:** Open',
        '',
        '\\=SUM(A1) for @DC Beta',
        '',
        '## 3. +Risks',
        '',
        '> quote of t4',
        '',
        '- **Author:** Dee (DC Alpha, DC Beta)',
        '- **Date:** 2026-05-04 12:40 UTC',
        '- **Kind:** Comment',
        '- **Status:** Open',
        '',
        '\\-1 here',
        '',
        '**Replies:**',
        '',
        '- Bo, 2026-05-04 12:41 UTC: @Ann and @DC Alpha',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no threads', () => {
    expect(ledgerMarkdown('Empty', [])).toBe('# Comments: Empty\n\nNo comments yet.\n');
  });
});
