/**
 * The Secretariat's form for a new mapping table: a title, rows (one per DC, or a custom list),
 * columns (each with a title and optionally the issue or Roadmap area it stands for) and an
 * optional deadline in a chosen time zone. Checked in the browser with the same schema the
 * server uses (shared/tables/newTableSchema), so every message names its field; nothing typed
 * is lost when something is wrong.
 */
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { fieldErrors } from '../../../shared/accounts/fieldErrors';
import { newTableSchema } from '../../../shared/tables/newTableSchema';
import { issueAreas, roadmapAreas } from '../../../shared/workspace/referenceData';
import { ApiRequestError } from '../api/apiError';
import { navigate } from '../routing/useRoute';
import { tablePath } from '../routing/routes';
import { readDeadlineInput, viewerTimeZone } from './deadlineFormat';
import { createTable, type NewTableRequest } from './tablesApi';

interface ColumnDraft {
  readonly key: number;
  readonly title: string;
  readonly area: string;
}

/** Props of NewTableForm. */
export interface NewTableFormProps {
  readonly onCancel: () => void;
}

/** The new-table form. */
export function NewTableForm({ onCancel }: NewTableFormProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [rowSource, setRowSource] = useState<'dcs' | 'custom'>('dcs');
  const [rowLabels, setRowLabels] = useState('');
  const [columns, setColumns] = useState<ColumnDraft[]>([{ key: 1, title: '', area: '' }]);
  const [deadlineLocal, setDeadlineLocal] = useState('');
  const [zone, setZone] = useState(viewerTimeZone);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const updateColumn = (key: number, change: Partial<ColumnDraft>) =>
    setColumns((list) =>
      list.map((column) => (column.key === key ? { ...column, ...change } : column)),
    );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    let deadline: NewTableRequest['deadline'] = null;
    if (deadlineLocal !== '') {
      const read = readDeadlineInput(deadlineLocal, zone);
      if (read.ok) deadline = { at: read.at, timeZone: read.timeZone };
      else found[read.field === 'date' ? 'deadline' : 'timeZone'] = read.message;
    }
    const request: NewTableRequest = {
      title,
      rowSource,
      ...(rowSource === 'custom'
        ? {
            rows: rowLabels
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          }
        : {}),
      columns: columns.map((column) => ({
        title: column.title,
        ...(column.area !== '' ? { area: column.area } : {}),
      })),
      deadline,
    };
    const checked = newTableSchema.safeParse(request);
    if (!checked.success) Object.assign(found, fieldErrors(checked.error));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const name = await createTable(request);
      navigate(tablePath(name));
    } catch (error) {
      const apiError = error instanceof ApiRequestError ? error : null;
      setErrors({
        ...(apiError?.fields ?? {}),
        form: apiError?.message ?? 'The table could not be created. Try again.',
      });
      setBusy(false);
    }
  };

  const errorFor = (...fields: string[]): string | undefined =>
    Object.entries(errors).find(([field]) =>
      fields.some((name) => field === name || field.startsWith(`${name}.`)),
    )?.[1];

  return (
    <form
      className="new-table-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      data-testid="new-table-form"
    >
      <h2 id={`${id}-heading`}>New table</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          Title
        </label>
        <input
          id={`${id}-title`}
          value={title}
          aria-invalid={errorFor('title') !== undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        <p className="field__error">{errorFor('title')}</p>
      </div>
      <fieldset className="field">
        <legend className="field__label">Rows</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-rows`}
            checked={rowSource === 'dcs'}
            onChange={() => setRowSource('dcs')}
          />{' '}
          One row per DC (each DC fills in its own)
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-rows`}
            checked={rowSource === 'custom'}
            onChange={() => setRowSource('custom')}
          />{' '}
          A list of my own
        </label>
        {rowSource === 'custom' ? (
          <>
            <label className="field__label" htmlFor={`${id}-labels`}>
              Row labels, one per line
            </label>
            <textarea
              id={`${id}-labels`}
              rows={4}
              value={rowLabels}
              aria-invalid={errorFor('rows') !== undefined}
              onChange={(event) => setRowLabels(event.target.value)}
            />
          </>
        ) : null}
        <p className="field__error">{errorFor('rows', 'rowSource')}</p>
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">Columns</legend>
        <ol className="new-table-form__columns">
          {columns.map((column, index) => (
            <li key={column.key}>
              <input
                aria-label={`Title of column ${index + 1}`}
                value={column.title}
                onChange={(event) => updateColumn(column.key, { title: event.target.value })}
              />
              <select
                aria-label={`Area of column ${index + 1}`}
                value={column.area}
                onChange={(event) => updateColumn(column.key, { area: event.target.value })}
              >
                <option value="">No area (free text)</option>
                <optgroup label="IGF 2021 issue areas">
                  {issueAreas.map((area) => (
                    <option key={area.id} value={area.id}>
                      {area.name}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Roadmap for Digital Cooperation">
                  {roadmapAreas.map((area) => (
                    <option key={area.id} value={area.id}>
                      {area.n}. {area.name}
                    </option>
                  ))}
                </optgroup>
              </select>
              {columns.length > 1 ? (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Remove column ${index + 1}`}
                  onClick={() =>
                    setColumns((list) => list.filter((item) => item.key !== column.key))
                  }
                >
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setColumns((list) => [
              ...list,
              { key: Math.max(0, ...list.map((c) => c.key)) + 1, title: '', area: '' },
            ])
          }
        >
          Add a column
        </button>
        <p className="field__error">{errorFor('columns')}</p>
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">Deadline (optional)</legend>
        <div className="structure-fields">
          <input
            type="datetime-local"
            aria-label="Deadline date and time"
            value={deadlineLocal}
            aria-invalid={errorFor('deadline') !== undefined}
            onChange={(event) => setDeadlineLocal(event.target.value)}
          />
          <input
            aria-label="Deadline time zone"
            value={zone}
            aria-invalid={errorFor('timeZone') !== undefined}
            onChange={(event) => setZone(event.target.value)}
          />
        </div>
        <p className="field__error">{errorFor('deadline', 'timeZone')}</p>
      </fieldset>
      <p className="form-error" role="alert">
        {errors['form']}
      </p>
      <div className="structure-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create table'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
