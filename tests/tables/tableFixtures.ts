/**
 * Known tables for the mapping-table tests: a small table with DC rows and area columns whose
 * cells hold given plain text, and helpers to write rich text (lists, links, bold) into a cell.
 */
import * as Y from 'yjs';
import { setCellPlainText } from '../../shared/tables/cellPlainText';
import { initializeTable, setRowStatus, type NewTable } from '../../shared/tables/tableOperations';
import { cellText, type RowStatus } from '../../shared/tables/tableSchema';

/** A table with `settings`, its cells filled from `cells` (row id → column id → plain text). */
export function knownTable(
  settings: NewTable,
  cells: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
  statuses: Readonly<Record<string, RowStatus>> = {},
): Y.Doc {
  const doc = new Y.Doc();
  initializeTable(doc, settings);
  doc.transact(() => {
    for (const [rowId, row] of Object.entries(cells)) {
      for (const [columnId, text] of Object.entries(row)) {
        setCellPlainText(cellText(doc, rowId, columnId)!, text);
      }
    }
    for (const [rowId, status] of Object.entries(statuses)) {
      setRowStatus(doc, rowId, {
        status,
        userId: `user-${rowId}`,
        userName: `Member of ${rowId}`,
        at: '2026-09-01T08:30:00.000Z',
      });
    }
  });
  return doc;
}

/** Three DCs and three area columns plus a free-text one. */
export const smallTable: NewTable = {
  title: 'Small mapping',
  rowSource: 'dcs',
  deadline: { at: '2026-09-10T21:59:00.000Z', timeZone: 'Europe/Warsaw' },
  columns: [
    { id: 'connectivity', title: 'Connectivity', area: 'connectivity' },
    { id: 'human-rights', title: 'Human rights', area: 'human-rights' },
    { id: 'ai-cooperation', title: 'AI', area: 'ai-cooperation' },
    { id: 'notes', title: 'Notes' },
  ],
  rows: [
    { id: 'dcad', dc: 'dcad' },
    { id: 'dc-iot', dc: 'dc-iot' },
    { id: 'irpc', dc: 'irpc' },
  ],
};

/** Writes a rich cell: a paragraph with bold and a link, a bullet list, a numbered list. */
export function writeRichCell(fragment: Y.XmlFragment): void {
  const doc = fragment.doc!;
  doc.transact(() => {
    const intro = new Y.XmlElement('paragraph');
    const bullets = new Y.XmlElement('bulletList');
    const numbers = new Y.XmlElement('orderedList');
    fragment.insert(0, [intro, bullets, numbers]);
    const introText = new Y.XmlText();
    intro.insert(0, [introText]);
    introText.insert(0, 'See ');
    introText.insert(4, 'our report', { link: { href: 'https://example.org/report' } });
    introText.insert(14, ' and ');
    introText.insert(19, 'act', { bold: true });
    for (const [list, words] of [
      [bullets, ['first', 'second']],
      [numbers, ['one', 'two']],
    ] as const) {
      for (const word of words) {
        const item = new Y.XmlElement('listItem');
        list.insert(list.length, [item]);
        const p = new Y.XmlElement('paragraph');
        item.insert(0, [p]);
        p.insert(0, [new Y.XmlText(word)]);
      }
    }
  });
}
