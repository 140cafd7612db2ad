/**
 * The Secretariat's tools for a table: rename it, set or move its deadline, reopen it; add,
 * rename, reorder, remove and restore columns and rows; reopen one row after the deadline.
 * Every change is one Yjs transaction on the shared document, so it reaches everyone live and
 * the server checks it like any other change. Removal is soft: removed rows and columns keep
 * their text and are listed here with "Restore".
 */
import { useState } from 'react';
import type { TableView } from '../../../shared/tables/readTable';
import {
  addColumn,
  addRow,
  moveColumn,
  moveRow,
  removeColumn,
  removeRow,
  renameColumn,
  renameRow,
  restoreColumn,
  restoreRow,
  setRowReopened,
  setTableTitle,
} from '../../../shared/tables/tableOperations';
import { columnsOf, rowsOf } from '../../../shared/tables/tableSchema';
import type { DocumentSession } from '../sync/documentSession';
import { DeadlineForm } from './DeadlineForm';
import { TitleForm } from './StructureControls';
import { ColumnsSection } from './StructureColumns';
import { RowsSection } from './StructureRows';
import { neighboursForMove, newColumnId, shortRandomId } from './structureIds';
import { rowLabel } from './tableAbilities';

/** Props of StructurePanel. */
export interface StructurePanelProps {
  readonly session: DocumentSession;
  readonly table: TableView;
  readonly onClose: () => void;
}

/** The Secretariat's structure tools. */
export function StructurePanel({ session, table, onClose }: StructurePanelProps) {
  const { doc } = session;
  const [message, setMessage] = useState<string | null>(null);
  const act = (change: () => boolean | void, done: string) => {
    try {
      if (change() === false)
        setMessage('That row or column no longer exists; the table changed meanwhile.');
      else setMessage(done);
    } catch {
      // Two entries placed at the same spot by two people at once cannot be told apart.
      setMessage('That move could not be made because the table just changed. Try again.');
    }
  };

  return (
    <section
      className="structure-panel"
      aria-labelledby="structure-heading"
      data-testid="structure-panel"
    >
      <div className="structure-panel__top">
        <h2 id="structure-heading">Edit table</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <TitleForm
        title={table.title}
        onRename={(title) => act(() => setTableTitle(doc, title), `Table renamed to “${title}”.`)}
      />
      <DeadlineForm doc={doc} table={table} />
      <ColumnsSection
        columns={table.columns}
        removed={table.removedColumns}
        onAdd={(title, area) =>
          act(
            () =>
              addColumn(doc, {
                id: newColumnId(area, (id) => columnsOf(doc).has(id)),
                title,
                ...(area !== null ? { area } : {}),
              }),
            `Column “${title}” added.`,
          )
        }
        onRename={(column, title) =>
          act(() => renameColumn(doc, column.id, title), `Column renamed to “${title}”.`)
        }
        onMove={(index, direction) => {
          const places = neighboursForMove(table.columns, index, direction);
          const column = table.columns[index];
          if (places && column)
            act(
              () => moveColumn(doc, column.id, places.after, places.before),
              `Column “${column.title}” moved.`,
            );
        }}
        onRemove={(column) =>
          act(
            () => removeColumn(doc, column.id, new Date().toISOString()),
            `Column “${column.title}” removed; its text is kept.`,
          )
        }
        onRestore={(column) =>
          act(() => restoreColumn(doc, column.id), `Column “${column.title}” restored.`)
        }
      />
      <RowsSection
        table={table}
        onAddDc={(dc) =>
          act(() => addRow(doc, { id: dc, dc }), `Row for ${rowLabel({ dc, label: '' })} added.`)
        }
        onAddCustom={(label) =>
          act(() => {
            let id = shortRandomId();
            while (rowsOf(doc).has(id)) id = shortRandomId();
            return addRow(doc, { id, label });
          }, `Row “${label}” added.`)
        }
        onRename={(row, label) =>
          act(() => renameRow(doc, row.id, label), `Row renamed to “${label}”.`)
        }
        onMove={(index, direction) => {
          const places = neighboursForMove(table.rows, index, direction);
          const row = table.rows[index];
          if (places && row)
            act(
              () => moveRow(doc, row.id, places.after, places.before),
              `Row “${rowLabel(row)}” moved.`,
            );
        }}
        onReopen={(row) =>
          act(
            () => setRowReopened(doc, row.id, !row.reopened),
            row.reopened
              ? `Row “${rowLabel(row)}” closed again.`
              : `Row “${rowLabel(row)}” reopened.`,
          )
        }
        onRemove={(row) =>
          act(
            () => removeRow(doc, row.id, new Date().toISOString()),
            `Row “${rowLabel(row)}” removed; its text is kept.`,
          )
        }
        onRestore={(row) => act(() => restoreRow(doc, row.id), `Row “${rowLabel(row)}” restored.`)}
      />
      <p className="structure-done" role="status" data-testid="structure-message">
        {message}
      </p>
    </section>
  );
}
