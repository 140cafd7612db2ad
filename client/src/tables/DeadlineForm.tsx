/**
 * Setting, moving or clearing a table's deadline, and reopening the table after it: a date and
 * time in a chosen time zone (the viewer's own by default, or the zone the deadline was set
 * in), shown back in UTC before it is saved.
 */
import type { FormEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { TableView } from '../../../shared/tables/readTable';
import { isPastDeadline } from '../../../shared/tables/readTable';
import { setDeadline, setTableReopened } from '../../../shared/tables/tableOperations';
import { formatUtc, localInputValue, readDeadlineInput, viewerTimeZone } from './deadlineFormat';

/** Props of DeadlineForm. */
export interface DeadlineFormProps {
  readonly doc: Y.Doc;
  readonly table: TableView;
}

const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
};

/** The deadline settings. */
export function DeadlineForm({ doc, table }: DeadlineFormProps) {
  const id = useId();
  const initialZone = table.deadline?.timeZone ?? viewerTimeZone();
  const [zone, setZone] = useState(initialZone);
  const [local, setLocal] = useState(
    table.deadline ? localInputValue(table.deadline.at, initialZone) : '',
  );
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const zoneList = useMemo(zones, []);
  const preview = readDeadlineInput(local, zone);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = readDeadlineInput(local, zone);
    if (!result.ok) {
      setError({ field: result.field, message: result.message });
      setDone(null);
      return;
    }
    setDeadline(doc, { at: result.at, timeZone: result.timeZone });
    setError(null);
    setDone(`Deadline set to ${formatUtc(result.at)}.`);
  };

  const past = isPastDeadline(table, Date.now());
  return (
    <form
      className="structure-section"
      aria-labelledby={`${id}-heading`}
      onSubmit={handleSubmit}
      noValidate
    >
      <h3 id={`${id}-heading`}>Deadline</h3>
      <div className="structure-fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>
            Date and time
          </label>
          <input
            id={`${id}-date`}
            type="datetime-local"
            value={local}
            aria-invalid={error?.field === 'date'}
            onChange={(event) => {
              setLocal(event.target.value);
              setError(null);
            }}
            data-testid="deadline-input"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-zone`}>
            Time zone
          </label>
          <input
            id={`${id}-zone`}
            type="text"
            list={`${id}-zones`}
            value={zone}
            aria-invalid={error?.field === 'timeZone'}
            onChange={(event) => {
              setZone(event.target.value);
              setError(null);
            }}
            data-testid="deadline-zone"
          />
          <datalist id={`${id}-zones`}>
            {zoneList.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
      </div>
      <p className="field__hint">
        {preview.ok
          ? `That is ${formatUtc(preview.at)}.`
          : 'Everyone sees it in their own time zone and in UTC.'}
      </p>
      <p className="form-error" role="alert">
        {error?.message}
      </p>
      <div className="structure-actions">
        <button type="submit" className="button button--primary button--small">
          {table.deadline ? 'Move deadline' : 'Set deadline'}
        </button>
        {table.deadline ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setDeadline(doc, null);
              setLocal('');
              setDone('The table has no deadline now.');
            }}
          >
            Remove deadline
          </button>
        ) : null}
        {past || table.reopened ? (
          <button
            type="button"
            className="button button--small"
            data-testid="reopen-table"
            onClick={() => setTableReopened(doc, !table.reopened)}
          >
            {table.reopened ? 'Close the table again' : 'Reopen the table'}
          </button>
        ) : null}
      </div>
      <p role="status" className="structure-done">
        {done}
      </p>
    </form>
  );
}
