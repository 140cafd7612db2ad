/**
 * The columns part of the Secretariat's structure tools: rename in place, reorder, remove
 * (softly: the text is kept) and restore, and add a column that may stand for an issue area
 * or a Roadmap area (the coverage matrix counts those).
 */
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { ColumnView } from '../../../shared/tables/readTable';
import { issueAreas, roadmapAreas } from '../../../shared/workspace/referenceData';
import { OrderButtons, RenameInput, checkName } from './StructureControls';

/** Props of ColumnsSection. */
export interface ColumnsSectionProps {
  readonly columns: readonly ColumnView[];
  readonly removed: readonly ColumnView[];
  readonly onAdd: (title: string, area: string | null) => void;
  readonly onRename: (column: ColumnView, title: string) => void;
  readonly onMove: (index: number, direction: -1 | 1) => void;
  readonly onRemove: (column: ColumnView) => void;
  readonly onRestore: (column: ColumnView) => void;
}

/** The columns tools. */
export function ColumnsSection({
  columns,
  removed,
  onAdd,
  onRename,
  onMove,
  onRemove,
  onRestore,
}: ColumnsSectionProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [area, setArea] = useState('');
  const [error, setError] = useState<string | null>(null);
  const handleAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem =
      checkName('Column title', title) ??
      (columns.some((column) => column.title.trim().toLowerCase() === title.trim().toLowerCase())
        ? 'Column title: another column already has this title.'
        : null);
    setError(problem);
    if (problem !== null) return;
    onAdd(title.trim(), area || null);
    setTitle('');
    setArea('');
  };
  return (
    <div className="structure-section">
      <h3>Columns</h3>
      <ol className="structure-list" data-testid="structure-columns">
        {columns.map((column, index) => (
          <li key={column.id}>
            <RenameInput
              key={column.title}
              label={`Title of column ${index + 1}`}
              value={column.title}
              onRename={(value) => onRename(column, value)}
            />
            <OrderButtons
              name={column.title}
              index={index}
              count={columns.length}
              onMove={onMove}
            />
            <button type="button" className="button button--small" onClick={() => onRemove(column)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <form className="structure-add" onSubmit={handleAdd} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-title`}>
            New column title
          </label>
          <input
            id={`${id}-title`}
            value={title}
            aria-invalid={error !== null}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-area`}>
            Stands for the area
          </label>
          <select id={`${id}-area`} value={area} onChange={(event) => setArea(event.target.value)}>
            <option value="">No area (free text)</option>
            <optgroup label="IGF 2021 issue areas">
              {issueAreas.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Roadmap for Digital Cooperation">
              {roadmapAreas.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.n}. {item.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="button button--small">
          Add column
        </button>
        <p className="form-error" role="alert">
          {error}
        </p>
      </form>
      {removed.length > 0 ? (
        <>
          <h4>Removed columns</h4>
          <ul className="structure-list" data-testid="removed-columns">
            {removed.map((column) => (
              <li key={column.id}>
                <span>{column.title}</span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onRestore(column)}
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
