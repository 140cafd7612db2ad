/**
 * Random edits of a mapping table, for the property test of the write rules: inside rows of
 * either DC (cells and status, allowed to a member of the owning DC only, setting the status as
 * themselves), and of the table's shape (rows, owners, order, removal, columns, settings: the
 * Secretariat's).
 */
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import {
  addColumn,
  addRow,
  moveRow,
  removeRow,
  setRowReopened,
  setRowStatus,
  setTableTitle,
} from '../../shared/tables/tableOperations';
import { RowFields, RowStatuses, cellText, metaOf, rowsOf } from '../../shared/tables/tableSchema';

/** The DCs that own rows in the random tables. */
export const DCS = ['dc-a', 'dc-b'] as const;

let counter = 0;
const nextId = () => `r${++counter}`;

/** Restarts ids, so that a seed replays the same edits when run alone. */
export function resetTableIds(): void {
  counter = 0;
}

/** A starting table: two columns, a few rows of each DC, some with text. */
export function randomTable(gen: prng.PRNG): Y.Doc {
  const doc = new Y.Doc({ guid: 'random' });
  doc.clientID = 1;
  doc.transact(() => {
    addColumn(doc, { id: 'c1', title: 'Activities' });
    addColumn(doc, { id: 'c2', title: 'Partners' });
    metaOf(doc).set('title', 'Mapping');
    for (let i = prng.uint32(gen, 2, 5); i > 0; i--) {
      const id = nextId();
      addRow(doc, { id, dc: prng.oneOf(gen, [...DCS]) });
      if (prng.bool(gen)) cellText(doc, id, 'c1')!.insert(0, [new Y.XmlText(prng.word(gen, 2, 8))]);
    }
  });
  return doc;
}

/** How an edit is made. */
export interface EditOptions {
  /** Only in rows these DCs own (what a member of them may do); any row when absent. */
  readonly dcs?: readonly string[];
  /** Who sets statuses ('sec' by default). */
  readonly userId?: string;
  /** False to leave statuses alone. */
  readonly statuses?: boolean;
}

/** An edit. */
type Edit = (gen: prng.PRNG, doc: Y.Doc, options: EditOptions) => void;

/** A row id: any, or one owned by `dcs` when given. */
function anyRow(gen: prng.PRNG, doc: Y.Doc, dcs?: readonly string[]): string | undefined {
  const rows = [...rowsOf(doc).entries()].filter(
    ([, row]) => !dcs || dcs.includes(row.get(RowFields.dc) as string),
  );
  return rows.length > 0 ? prng.oneOf(gen, rows)[0] : undefined;
}

const STATUSES = Object.values(RowStatuses);

/** Sets a row's status as `userId`. */
const statusEdit: Edit = (gen, doc, { dcs, userId = 'sec' }) => {
  const rowId = anyRow(gen, doc, dcs);
  if (!rowId) return;
  setRowStatus(doc, rowId, {
    status: prng.oneOf(gen, STATUSES),
    userId,
    userName: `Name of ${userId}`,
    at: new Date(Date.UTC(2026, 8, prng.uint32(gen, 1, 10))).toISOString(),
  });
};

/** Changes inside a row's cells. */
const cellEdits: Edit[] = [
  (gen, doc, { dcs }) => {
    const rowId = anyRow(gen, doc, dcs);
    const cell = rowId ? cellText(doc, rowId, prng.oneOf(gen, ['c1', 'c2'])) : null;
    const first = cell?.get(0);
    if (first instanceof Y.XmlText)
      first.insert(prng.uint32(gen, 0, first.length), prng.word(gen, 1, 4));
    else cell?.insert(0, [new Y.XmlText(prng.word(gen, 1, 4))]);
  },
  (gen, doc, { dcs }) => {
    const rowId = anyRow(gen, doc, dcs);
    const first = rowId ? cellText(doc, rowId, 'c1')?.get(0) : undefined;
    if (first instanceof Y.XmlText && first.length > 0)
      first.format(0, first.length, { bold: true });
  },
  (gen, doc, { dcs }) => {
    const rowId = anyRow(gen, doc, dcs);
    const cells = rowId ? rowsOf(doc).get(rowId)?.get(RowFields.cells) : undefined;
    if (cells instanceof Y.Map) cells.delete(prng.oneOf(gen, ['c1', 'c2']));
  },
];

/** Changes of the table's shape. */
const shapeEdits: Edit[] = [
  (gen, doc) => {
    const rowId = anyRow(gen, doc);
    if (rowId)
      rowsOf(doc)
        .get(rowId)!
        .set(RowFields.dc, prng.oneOf(gen, [...DCS]));
  },
  (gen, doc) => void addRow(doc, { id: nextId(), dc: prng.oneOf(gen, [...DCS]) }),
  (gen, doc) => {
    const rowId = anyRow(gen, doc);
    if (rowId) rowsOf(doc).delete(rowId);
  },
  (gen, doc) => {
    const rowId = anyRow(gen, doc);
    if (rowId) moveRow(doc, rowId, null, 'a0');
  },
  (gen, doc) => {
    const rowId = anyRow(gen, doc);
    if (rowId) removeRow(doc, rowId, '2026-09-01T00:00:00.000Z');
  },
  (gen, doc) => {
    const rowId = anyRow(gen, doc);
    if (rowId) setRowReopened(doc, rowId, prng.bool(gen));
  },
  (gen, doc) => addColumn(doc, { id: `c${prng.uint32(gen, 3, 9)}`, title: 'More' }),
  (gen, doc) => setTableTitle(doc, prng.word(gen, 3, 8)),
];

/**
 * One random edit: mostly inside rows, sometimes of the shape; with `dcs`, only inside rows
 * those DCs own (what a member of them may do).
 */
export function randomTableEdit(gen: prng.PRNG, doc: Y.Doc, options: EditOptions = {}): void {
  const rowEdits = options.statuses === false ? cellEdits : [...cellEdits, statusEdit];
  if (options.dcs) prng.oneOf(gen, rowEdits)(gen, doc, options);
  else prng.oneOf(gen, prng.uint32(gen, 0, 3) < 3 ? rowEdits : shapeEdits)(gen, doc, options);
}
