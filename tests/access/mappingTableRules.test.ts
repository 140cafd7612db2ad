/**
 * Write rules of mapping tables (SPEC W6): every role against every part of a table. The
 * Secretariat changes everything; a DC member changes the rows of their own DCs but not a row's
 * DC, nor which rows exist, nor the columns and settings; everyone else changes nothing.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import { mappingTableRules } from '../../shared/access/documentRules';
import { VIEWER_REFUSAL, checkEffects, checkUpdate } from '../../shared/access/writeRules';
import type { AccessContext } from '../../shared/access/roles';
import {
  addColumn,
  addRow,
  cellText,
  metaOf,
  rowsOf,
  setRowStatus,
} from '../../shared/tables/tableSchema';
import { captureUpdate, editOf, person, serverDoc } from './accessHelpers';

const ROWS = 'Only the Secretariat can add or remove rows.';
const OWNER = 'Only the Secretariat can change which DC a row belongs to.';
const OWN_ROW = "You can change only your own DC's rows.";
const DEFINITION = "Only the Secretariat can change the table's columns and settings.";

/** Rows of DC A (with a cell) and DC B, one column, a title. */
function table(): Y.Doc {
  return serverDoc((doc) => {
    addColumn(doc, { id: 'c1', title: 'Activities' });
    metaOf(doc).set('title', 'Mapping');
    addRow(doc, { id: 'ra', dc: 'dc-a', status: 'draft' });
    addRow(doc, { id: 'rb', dc: 'dc-b', status: 'draft' });
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
  ['set the status of her row', (doc) => setRowStatus(doc, 'ra', 'final'), true],
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
  ['set the status of a DC B row', (doc) => setRowStatus(doc, 'rb', 'final'), OWN_ROW],
  [
    'start a cell in a DC B row',
    (doc) => cellText(doc, 'rb', 'c1')!.insert(0, [new Y.XmlElement('paragraph')]),
    OWN_ROW,
  ],
  ['give her row to DC B', (doc) => row(doc, 'ra').set('dc', 'dc-b'), OWNER],
  ['take a DC B row', (doc) => row(doc, 'rb').set('dc', 'dc-a'), OWNER],
  ['remove the owner of her row', (doc) => row(doc, 'ra').delete('dc'), OWNER],
  ['add a row for her DC', (doc) => addRow(doc, { id: 'rc', dc: 'dc-a', status: 'draft' }), ROWS],
  ['delete her row', (doc) => rowsOf(doc).delete('ra'), ROWS],
  ['add a column', (doc) => addColumn(doc, { id: 'c2', title: 'Partners' }), DEFINITION],
  ['rename the table', (doc) => metaOf(doc).set('title', 'Mine'), DEFINITION],
  ['write in another root', (doc) => doc.getMap('other').set('x', 1), DEFINITION],
];
const cases = edits.map(([name, edit, expected]) => ({ name, edit, expected }));

const memberA = person('ann', 'dcMember', { dcs: ['dc-a'] });
const verdictOf = (doc: Y.Doc, update: Uint8Array, ctx: AccessContext) => {
  const verdict = checkUpdate(doc, update, mappingTableRules, ctx);
  return verdict.ok ? true : verdict.reason;
};

describe('mapping-table rules (W6)', () => {
  it.each(cases)('a member of DC A: $name → $expected', ({ edit, expected }) => {
    const doc = table();
    const update = editOf(doc, edit);
    expect(describeUpdate(doc, update)?.length).toBeGreaterThan(0);
    expect(verdictOf(doc, update, memberA)).toBe(expected);
  });

  it.each(cases)('a member of DC A and DC B: $name', ({ edit, expected }) => {
    const doc = table();
    const memberAB = person('bo', 'dcMember', { dcs: ['dc-a', 'dc-b'] });
    expect(verdictOf(doc, editOf(doc, edit), memberAB)).toBe(
      expected === OWN_ROW ? true : expected,
    );
  });

  it.each(cases)('the Secretariat may, with or without the shortcut: $name', ({ edit }) => {
    const doc = table();
    const secretariat = person('sec', 'secretariat');
    expect(checkUpdate(doc, editOf(doc, edit), mappingTableRules, secretariat)).toEqual({
      ok: true,
    });
    const effects = describeUpdate(doc, editOf(doc, edit))!;
    expect(checkEffects(effects, mappingTableRules, secretariat)).toEqual({ ok: true });
  });

  it.each(cases)(
    'facilitators, observers, commenters and viewers may not: $name',
    ({ edit, expected }) => {
      const doc = table();
      const update = editOf(doc, edit);
      const refusal = expected === true ? OWN_ROW : expected;
      expect(verdictOf(doc, update, person('fa', 'facilitator', { dcs: ['dc-a'] }))).toBe(refusal);
      expect(verdictOf(doc, update, person('ob', 'observer', { dcs: ['dc-a'] }))).toBe(refusal);
      expect(verdictOf(doc, update, { ...memberA, access: 'commenter' })).toBe(refusal);
      expect(verdictOf(doc, update, { ...memberA, access: 'viewer' })).toBe(VIEWER_REFUSAL);
    },
  );

  it('refuses a row written over another without deleting it (Yjs would replace it)', () => {
    const doc = table();
    const stranger = new Y.Doc();
    const update = captureUpdate(stranger, () =>
      addRow(stranger, { id: 'rb', dc: 'dc-a', status: 'mine' }),
    );
    expect(verdictOf(doc, update, memberA)).toBe(ROWS);
  });
});
