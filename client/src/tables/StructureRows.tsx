/**
 * The rows part of the Secretariat's structure tools: reorder, rename custom rows, reopen one
 * row after the deadline, remove (softly) and restore, and add a row for a DC that has none
 * (or a custom row).
 */
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { isPastDeadline, type RowView, type TableView } from '../../../shared/tables/readTable';
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';
import { OrderButtons, RenameInput, checkName } from './StructureControls';
import { rowLabel } from './tableAbilities';

/** Props of RowsSection. */
export interface RowsSectionProps {
  readonly table: TableView;
  readonly onAddDc: (dc: string) => void;
  readonly onAddCustom: (label: string) => void;
  readonly onRename: (row: RowView, label: string) => void;
  readonly onMove: (index: number, direction: -1 | 1) => void;
  readonly onReopen: (row: RowView) => void;
  readonly onRemove: (row: RowView) => void;
  readonly onRestore: (row: RowView) => void;
}

/** The rows tools. */
export function RowsSection({
  table,
  onAddDc,
  onAddCustom,
  onRename,
  onMove,
  onReopen,
  onRemove,
  onRestore,
}: RowsSectionProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const present = new Set([...table.rows, ...table.removedRows].map((row) => row.dc));
  // Reopening a row only matters once the deadline has passed (the table itself not reopened).
  const past = isPastDeadline(table, Date.now()) && !table.reopened;
  const missingDcs = dynamicCoalitions.filter((dc) => !present.has(dc.id));
  const handleAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (table.rowSource === 'dcs') {
      if (value === '') {
        setError('DC: choose the DC to add.');
        return;
      }
      onAddDc(value);
    } else {
      const problem = checkName('Row label', value);
      setError(problem);
      if (problem !== null) return;
      onAddCustom(value.trim());
    }
    setValue('');
    setError(null);
  };
  return (
    <div className="structure-section">
      <h3>Rows</h3>
      <ol className="structure-list" data-testid="structure-rows">
        {table.rows.map((row, index) => (
          <li key={row.id}>
            {row.dc === null ? (
              <RenameInput
                key={row.label}
                label={`Label of row ${index + 1}`}
                value={row.label}
                onRename={(label) => onRename(row, label)}
              />
            ) : (
              <span className="structure-list__name">{rowLabel(row)}</span>
            )}
            <OrderButtons
              name={rowLabel(row)}
              index={index}
              count={table.rows.length}
              onMove={onMove}
            />
            {past || row.reopened ? (
              <button type="button" className="button button--small" onClick={() => onReopen(row)}>
                {row.reopened ? 'Close again' : 'Reopen'}
              </button>
            ) : null}
            <button type="button" className="button button--small" onClick={() => onRemove(row)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {table.rowSource === 'dcs' && missingDcs.length === 0 ? (
        <p className="field__hint">Every DC has a row.</p>
      ) : (
        <form className="structure-add" onSubmit={handleAdd} noValidate>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-row`}>
              {table.rowSource === 'dcs' ? 'DC to add' : 'New row label'}
            </label>
            {table.rowSource === 'dcs' ? (
              <select
                id={`${id}-row`}
                value={value}
                aria-invalid={error !== null}
                onChange={(event) => setValue(event.target.value)}
              >
                <option value="">Choose a DC…</option>
                {missingDcs.map((dc) => (
                  <option key={dc.id} value={dc.id}>
                    {dc.name}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`${id}-row`}
                value={value}
                aria-invalid={error !== null}
                onChange={(event) => {
                  setValue(event.target.value);
                  setError(null);
                }}
              />
            )}
          </div>
          <button type="submit" className="button button--small">
            Add row
          </button>
          <p className="form-error" role="alert">
            {error}
          </p>
        </form>
      )}
      {table.removedRows.length > 0 ? (
        <>
          <h4>Removed rows</h4>
          <ul className="structure-list" data-testid="removed-rows">
            {table.removedRows.map((row) => (
              <li key={row.id}>
                <span>{rowLabel(row)}</span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onRestore(row)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
