/**
 * Write rules of mapping tables (SPEC W6, T2, T3): every role against every part of a table.
 * The Secretariat changes everything; a DC member changes the cells and status of their own
 * DCs' rows (the status as themselves) until the deadline, unless the table or the row is
 * reopened, but not a row's DC, order, label, removal, nor which rows exist, nor the columns
 * and settings; everyone else changes nothing. Comment threads follow the same rules as in
 * rich text, for everyone with at least commenter access (richTextRules.test.ts has them all).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import { DEADLINE_REFUSAL, mappingTableRules as rules } from '../../shared/access/documentRules';
import { VIEWER_REFUSAL, checkEffects, checkUpdate } from '../../shared/access/writeRules';
import type { AccessContext } from '../../shared/access/roles';
import {
  addColumn,
  addRow,
  moveRow,
  removeColumn,
  removeRow,
  renameRow,
  setDeadline,
  setRowReopened,
  setRowStatus,
  setTableReopened,
  setTableTitle,
  type StatusChange,
} from '../../shared/tables/tableOperations';
import { RowFields, cellText, rowsOf } from '../../shared/tables/tableSchema';
import {
  addComment,
  createThread,
  editComment,
  setThreadStatus,
  threadsOf,
} from '../../shared/comments/threadSchema';
import { captureUpdate, editOf, person, serverDoc } from './accessHelpers';

const ROWS = 'Only the Secretariat can add or remove rows.';
const OWNER = 'Only the Secretariat can change which DC a row belongs to.';
const OWN_ROW = "You can change only your own DC's rows.";
const DEFINITION = "Only the Secretariat can change the table's columns and settings.";
const ROW_SETTINGS = 'Only the Secretariat can rename, move, remove or reopen rows.';
const STATUS =
  'A status must be one of not started, draft or submitted, set as yourself with its time.';

/** A status change as person `userId`. */
const byAnn = (status: StatusChange['status'] = 'draft', userId = 'ann'): StatusChange => ({
  status,
  userId,
  userName: 'Ann',
  at: '2026-09-01T10:00:00.000Z',
});

/** Rows of DC A (with a cell) and DC B, one column, a title. */
function table(): Y.Doc {
  return serverDoc((doc) => {
    addColumn(doc, { id: 'c1', title: 'Activities' });
    setTableTitle(doc, 'Mapping');
    addRow(doc, { id: 'ra', dc: 'dc-a' });
    addRow(doc, { id: 'rb', dc: 'dc-b' });
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Workshop')]);
    cellText(doc, 'ra', 'c1')!.insert(0, [paragraph]);
  });
}

const cellWords = (doc: Y.Doc, rowId: string) =>
  (cellText(doc, rowId, 'c1')!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
const row = (doc: Y.Doc, rowId: string) => rowsOf(doc).get(rowId)!;

/** Each edit, and what a member of DC A only is told (true: allowed). */
const edits: Array<[string, (doc: Y.Doc) => void, true | string]> = [
  ['set the status of her row', (doc) => setRowStatus(doc, 'ra', byAnn('submitted')), true],
  ['type in a cell of her row', (doc) => cellWords(doc, 'ra').insert(8, 's'), true],
  ['format a cell of her row', (doc) => cellWords(doc, 'ra').format(0, 4, { bold: true }), true],
  [
    'start a new cell in her row',
    (doc) => cellText(doc, 'ra', 'c2')!.insert(0, [new Y.XmlElement('paragraph')]),
    true,
  ],
  [
    'clear a cell of her row',
    (doc) =>
      row(doc, 'ra').get('cells') instanceof Y.Map &&
      (row(doc, 'ra').get('cells') as Y.Map<unknown>).delete('c1'),
    true,
  ],
  ['set the status of a DC B row', (doc) => setRowStatus(doc, 'rb', byAnn()), OWN_ROW],
  [
    'set the status of her row as someone else',
    (doc) => setRowStatus(doc, 'ra', byAnn('draft', 'zed')),
    STATUS,
  ],
  [
    'set an unknown status',
    (doc) => setRowStatus(doc, 'ra', byAnn('final' as StatusChange['status'])),
    STATUS,
  ],
  ['set a status without saying who', (doc) => row(doc, 'ra').set('status', 'draft'), STATUS],
  [
    'set a status with a time that is not one',
    (doc) => setRowStatus(doc, 'ra', { ...byAnn(), at: 'soon' }),
    STATUS,
  ],
  ['move her row', (doc) => moveRow(doc, 'ra', null, null), ROW_SETTINGS],
  ['rename her row', (doc) => renameRow(doc, 'ra', 'Ours'), ROW_SETTINGS],
  ['remove her row softly', (doc) => removeRow(doc, 'ra', '2026-09-01T00:00Z'), ROW_SETTINGS],
  ['reopen her row', (doc) => setRowReopened(doc, 'ra', true), ROW_SETTINGS],
  [
    'remove a column softly',
    (doc) => removeColumn(doc, 'c1', '2026-09-01T00:00:00.000Z'),
    DEFINITION,
  ],
  ['reopen the table', (doc) => setTableReopened(doc, true), DEFINITION],
  ['move the deadline', (doc) => setDeadline(doc, null), DEFINITION],
  [
    'start a cell in a DC B row',
    (doc) => cellText(doc, 'rb', 'c1')!.insert(0, [new Y.XmlElement('paragraph')]),
    OWN_ROW,
  ],
  ['give her row to DC B', (doc) => row(doc, 'ra').set('dc', 'dc-b'), OWNER],
  ['take a DC B row', (doc) => row(doc, 'rb').set('dc', 'dc-a'), OWNER],
  ['remove the owner of her row', (doc) => row(doc, 'ra').delete('dc'), OWNER],
  ['add a row for her DC', (doc) => addRow(doc, { id: 'rc', dc: 'dc-a' }), ROWS],
  ['delete her row', (doc) => rowsOf(doc).delete('ra'), ROWS],
  ['add a column', (doc) => addColumn(doc, { id: 'c2', title: 'Partners' }), DEFINITION],
  ['rename the table', (doc) => setTableTitle(doc, 'Mine'), DEFINITION],
  ['write in another root', (doc) => doc.getMap('other').set('x', 1), DEFINITION],
];
const cases = edits.map(([name, edit, expected]) => ({ name, edit, expected }));

const memberA = person('ann', 'dcMember', { dcs: ['dc-a'] });
const verdictOf = (doc: Y.Doc, update: Uint8Array, ctx: AccessContext, now = Date.now()) => {
  const verdict = checkUpdate(doc, update, rules, ctx, now);
  return verdict.ok ? true : verdict.reason;
};

describe('mapping-table rules (W6)', () => {
  it.each(cases)('a member of DC A: $name → $expected', ({ edit, expected }) => {
    const doc = table();
    const update = editOf(doc, edit);
    expect(describeUpdate(doc, update)?.length).toBeGreaterThan(0);
    expect(verdictOf(doc, update, memberA)).toBe(expected);
  });

  it.each(cases)('the same person as a member of DC A and DC B: $name', ({ edit, expected }) => {
    const doc = table();
    const memberAB = person('ann', 'dcMember', { dcs: ['dc-a', 'dc-b'] });
    expect(verdictOf(doc, editOf(doc, edit), memberAB)).toBe(
      expected === OWN_ROW ? true : expected,
    );
  });

  it.each(cases)('the Secretariat may, with or without the shortcut: $name', ({ edit }) => {
    const doc = table();
    const secretariat = person('sec', 'secretariat');
    expect(checkUpdate(doc, editOf(doc, edit), rules, secretariat)).toEqual({
      ok: true,
    });
    const effects = describeUpdate(doc, editOf(doc, edit))!;
    expect(checkEffects(effects, rules, secretariat, { doc })).toEqual({ ok: true });
  });

  it.each(cases)(
    'facilitators, observers, commenters and viewers may not: $name',
    ({ edit, expected }) => {
      const doc = table();
      const update = editOf(doc, edit);
      const refusal = expected === true || expected === STATUS ? OWN_ROW : expected;
      expect(verdictOf(doc, update, person('fa', 'facilitator', { dcs: ['dc-a'] }))).toBe(refusal);
      expect(verdictOf(doc, update, person('ob', 'observer', { dcs: ['dc-a'] }))).toBe(refusal);
      expect(verdictOf(doc, update, { ...memberA, access: 'commenter' })).toBe(refusal);
      expect(verdictOf(doc, update, { ...memberA, access: 'viewer' })).toBe(VIEWER_REFUSAL);
    },
  );

  it('checks the name a status carries when the server knows the person’s name', () => {
    const doc = table();
    const named = { ...memberA, userName: 'Ann' };
    expect(
      verdictOf(
        doc,
        editOf(doc, (d) => setRowStatus(d, 'ra', byAnn())),
        named,
      ),
    ).toBe(true);
    const otherName = editOf(doc, (d) => setRowStatus(d, 'ra', { ...byAnn(), userName: 'Bo' }));
    expect(verdictOf(doc, otherName, named)).toBe(STATUS);
    expect(verdictOf(doc, otherName, memberA)).toBe(true);
  });

  it('refuses a row written over another without deleting it (Yjs would replace it)', () => {
    const doc = table();
    const stranger = new Y.Doc();
    const update = captureUpdate(stranger, () => addRow(stranger, { id: 'rb', dc: 'dc-a' }));
    expect(verdictOf(doc, update, memberA)).toBe(ROWS);
  });
});

describe('the deadline (T3)', () => {
  const DEADLINE = Date.parse('2026-09-10T21:59:00.000Z');
  const before = DEADLINE - 60_000;
  const after = DEADLINE + 60_000;

  /** The table with a deadline; `settings` reopens the table or row A. */
  function withDeadline(settings: { table?: boolean; row?: boolean } = {}): Y.Doc {
    return serverDoc((doc) => {
      addColumn(doc, { id: 'c1', title: 'Activities' });
      addRow(doc, { id: 'ra', dc: 'dc-a' });
      setDeadline(doc, { at: new Date(DEADLINE).toISOString(), timeZone: 'Europe/Warsaw' });
      if (settings.table) setTableReopened(doc, true);
      if (settings.row) setRowReopened(doc, 'ra', true);
    });
  }
  const typing = (doc: Y.Doc) =>
    cellText(doc, 'ra', 'c1')!.insert(0, [new Y.XmlText('late words')]);
  const submitting = (doc: Y.Doc) => setRowStatus(doc, 'ra', byAnn('submitted'));

  it.each([
    ['types in her row', typing],
    ['submits her row', submitting],
  ])('a DC member %s: allowed before the deadline, refused from it on', (_name, edit) => {
    const doc = withDeadline();
    const update = editOf(doc, edit);
    expect(verdictOf(doc, update, memberA, before)).toBe(true);
    expect(verdictOf(doc, update, memberA, DEADLINE)).toBe(DEADLINE_REFUSAL);
    expect(verdictOf(doc, update, memberA, after)).toBe(DEADLINE_REFUSAL);
  });

  it.each([
    ['the table', { table: true }],
    ['her row', { row: true }],
  ])('a DC member writes after the deadline when the Secretariat reopened %s', (_n, settings) => {
    const doc = withDeadline(settings);
    expect(verdictOf(doc, editOf(doc, typing), memberA, after)).toBe(true);
    expect(verdictOf(doc, editOf(doc, submitting), memberA, after)).toBe(true);
  });

  it('reopening one row leaves the others closed', () => {
    const doc = serverDoc((d) => {
      addColumn(d, { id: 'c1', title: 'Activities' });
      addRow(d, { id: 'ra', dc: 'dc-a' });
      addRow(d, { id: 'ra2', dc: 'dc-a' });
      setDeadline(d, { at: new Date(DEADLINE).toISOString(), timeZone: 'UTC' });
      setRowReopened(d, 'ra', true);
    });
    const other = editOf(doc, (d) => cellText(d, 'ra2', 'c1')!.insert(0, [new Y.XmlText('x')]));
    expect(verdictOf(doc, other, memberA, after)).toBe(DEADLINE_REFUSAL);
  });

  it('the Secretariat changes everything after the deadline, reopening included', () => {
    const doc = withDeadline();
    const secretariat = person('sec', 'secretariat');
    for (const edit of [typing, submitting, (d: Y.Doc) => setTableReopened(d, true)]) {
      expect(verdictOf(doc, editOf(doc, edit), secretariat, after)).toBe(true);
      const effects = describeUpdate(doc, editOf(doc, edit))!;
      expect(checkEffects(effects, rules, secretariat, { doc, now: after })).toEqual({ ok: true });
    }
  });

  it('without a deadline a row stays open', () => {
    const doc = table();
    const update = editOf(doc, (d) => cellWords(d, 'ra').insert(0, 'x'));
    expect(verdictOf(doc, update, memberA, Date.parse('2100-01-01T00:00:00Z'))).toBe(true);
  });

  it('a status that replaces another removes the old one; removing it alone is refused', () => {
    const doc = serverDoc((d) => {
      addRow(d, { id: 'ra', dc: 'dc-a' });
      setRowStatus(d, 'ra', byAnn('draft'));
    });
    expect(
      verdictOf(
        doc,
        editOf(doc, (d) => setRowStatus(d, 'ra', byAnn('submitted'))),
        memberA,
      ),
    ).toBe(true);
    expect(
      verdictOf(
        doc,
        editOf(doc, (d) => row(d, 'ra').delete(RowFields.statusBy)),
        memberA,
      ),
    ).toBe(STATUS);
  });
});

describe('comment threads in mapping tables (W6, same rules as rich text)', () => {
  const onCell = (id: string, authorId: string) => (doc: Y.Doc) =>
    createThread(doc, {
      id,
      authorId,
      createdAt: 1,
      anchor: { kind: 'cell', rowId: 'rb', columnId: 'c1' },
      quote: 'Workshop',
      kind: 'question',
      comment: { id: `${id}-c`, body: 'Which one?' },
    });
  const withThread = () => {
    const doc = table();
    Y.applyUpdate(doc, editOf(doc, onCell('t1', 'bo')));
    return doc;
  };
  const people = [
    person('fa', 'facilitator'),
    person('ob', 'observer'),
    person('ann', 'dcMember', { dcs: ['dc-a'] }),
    person('sec', 'secretariat'),
    person('ann', 'dcMember', { dcs: ['dc-a'], access: 'commenter' }),
  ];

  it.each(people)('$role ($access) comments on any cell, as themselves', (ctx) => {
    const doc = withThread();
    expect(verdictOf(doc, editOf(doc, onCell('t2', ctx.userId)), ctx)).toBe(true);
    const replying = (d: Y.Doc) =>
      addComment(d, 't1', { id: 'r', authorId: ctx.userId, body: 'Hi', createdAt: 2 });
    expect(verdictOf(doc, editOf(doc, replying), ctx)).toBe(true);
    expect(verdictOf(doc, editOf(doc, onCell('t2', 'bo')), ctx)).toMatch(/only as yourself/);
  });

  it.each(people)("$role ($access) never edits someone else's comment", (ctx) => {
    const doc = withThread();
    const edit = (d: Y.Doc) => editComment(d, 't1', 't1-c', { body: 'Changed', editedAt: 3 });
    expect(verdictOf(doc, editOf(doc, edit), ctx)).toMatch(/only your own/);
    const removal = (d: Y.Doc) => threadsOf(d).delete('t1');
    expect(verdictOf(doc, editOf(doc, removal), ctx)).toBe(
      'Threads and comments are never removed.',
    );
  });

  it('lets facilitators and the Secretariat resolve any thread, a DC member only their own', () => {
    const doc = withThread();
    const resolve = (by: string) => (d: Y.Doc) =>
      setThreadStatus(d, 't1', { status: 'resolved', by, at: 4 });
    expect(verdictOf(doc, editOf(doc, resolve('fa')), people[0]!)).toBe(true);
    expect(verdictOf(doc, editOf(doc, resolve('sec')), people[3]!)).toBe(true);
    expect(verdictOf(doc, editOf(doc, resolve('ann')), people[2]!)).toMatch(/author/);
    expect(verdictOf(doc, editOf(doc, resolve('bo')), person('bo', 'dcMember'))).toBe(true);
  });

  it('refuses viewers threads too', () => {
    const doc = withThread();
    const viewer = person('vi', 'observer', { access: 'viewer' });
    expect(verdictOf(doc, editOf(doc, onCell('t2', 'vi')), viewer)).toBe(VIEWER_REFUSAL);
  });
});
