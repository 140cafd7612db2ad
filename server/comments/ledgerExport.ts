/**
 * The ledger of one document's threads as CSV or Markdown (shared/comments/ledger.ts), with
 * what only the server can add: the section each thread sits in (the nearest heading before a
 * rich-text anchor, "Row · Column" for a table cell), threads in document order, and people's
 * names and DCs from the account store. Loaded on demand by the routes: it needs the editor
 * schema, which the server otherwise does not load.
 */
import {
  ledgerCsv,
  ledgerMarkdown,
  ledgerRows,
  type LedgerPerson,
} from '../../shared/comments/ledger';
import { readThreads, type ThreadView } from '../../shared/comments/readThreads';
import { anchorSections } from '../../shared/comments/textAnchors';
import { getDocumentSchema } from '../../shared/editor/schemaExtensions';
import { exportFileName, rowLabel } from '../../shared/tables/exportTable';
import { readTable } from '../../shared/tables/readTable';
import type { CommentDocument } from './CommentDocuments';
import { dcName } from './directory';

/** Added to the section of a thread whose text was deleted. */
export const DELETED_MARK = '(on deleted text)';

/** A ledger file. */
export interface LedgerFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string;
}

/** The section and document-order position of each thread. */
interface Placed {
  readonly thread: ThreadView;
  readonly section: string;
  /** Sort key: position in the document; deleted or unplaced threads go last. */
  readonly order: number;
}

function placeInRichText(document: CommentDocument, threads: readonly ThreadView[]): Placed[] {
  const sections = anchorSections(document.doc, getDocumentSchema());
  return threads.map((thread) => {
    const found = sections.get(thread.id);
    if (!found) return { thread, section: '', order: Number.POSITIVE_INFINITY };
    const section = found.section ?? '';
    return {
      thread,
      section: found.deleted ? [section, DELETED_MARK].filter(Boolean).join(' ') : section,
      order: found.from ?? Number.POSITIVE_INFINITY,
    };
  });
}

function placeInTable(document: CommentDocument, threads: readonly ThreadView[]): Placed[] {
  const table = readTable(document.doc);
  const rows = [...table.rows, ...table.removedRows];
  const columns = [...table.columns, ...table.removedColumns];
  return threads.map((thread) => {
    const anchor = thread.anchor;
    if (anchor.kind !== 'cell') return { thread, section: '', order: Number.POSITIVE_INFINITY };
    const rowIndex = rows.findIndex((row) => row.id === anchor.rowId);
    const columnIndex = columns.findIndex((column) => column.id === anchor.columnId);
    const row = rows[rowIndex];
    const column = columns[columnIndex];
    const removed = row?.removedAt != null || column?.removedAt != null;
    const section = [
      row ? rowLabel(row, dcName) : 'Unknown row',
      column ? column.title || 'Untitled column' : 'Unknown column',
    ].join(' · ');
    return {
      thread,
      section: removed ? `${section} (removed)` : section,
      order:
        row && column && !removed
          ? rowIndex * columns.length + columnIndex
          : Number.POSITIVE_INFINITY,
    };
  });
}

/** The ledger's rows of `document`, in document order (ties by creation time). */
function rowsOf(
  document: CommentDocument,
  people: (id: string) => LedgerPerson | undefined,
  timeZone: string,
) {
  const threads = readThreads(document.doc);
  const placed =
    document.kind === 'table'
      ? placeInTable(document, threads)
      : placeInRichText(document, threads);
  placed.sort(
    (a, b) =>
      (a.order === b.order ? 0 : a.order < b.order ? -1 : 1) ||
      a.thread.createdAt - b.thread.createdAt,
  );
  const sectionOf = new Map(placed.map((p) => [p.thread.id, p.section]));
  return ledgerRows(
    placed.map((p) => p.thread),
    (thread) => sectionOf.get(thread.id) ?? '',
    people,
    dcName,
    timeZone,
  );
}

/** A file name for the ledger of the document titled `title`. */
export function ledgerFileName(title: string, extension: 'csv' | 'md'): string {
  return exportFileName(title, 'csv').replace(/\.csv$/, `-comments.${extension}`);
}

/** The ledger of `document` in `format`. */
export function ledgerFile(
  document: CommentDocument,
  format: 'csv' | 'md',
  people: (id: string) => LedgerPerson | undefined,
  timeZone = 'UTC',
): LedgerFile {
  const rows = rowsOf(document, people, timeZone);
  if (format === 'csv') {
    return {
      fileName: ledgerFileName(document.title, 'csv'),
      contentType: 'text/csv; charset=utf-8',
      // The byte order mark makes spreadsheet programs read the file as UTF-8.
      body: `\uFEFF${ledgerCsv(rows)}`,
    };
  }
  return {
    fileName: ledgerFileName(document.title, 'md'),
    contentType: 'text/markdown; charset=utf-8',
    body: ledgerMarkdown(document.title, rows),
  };
}
