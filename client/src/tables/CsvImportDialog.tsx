/**
 * Importing a CSV file into the table (Secretariat): the file is compared with the table in
 * this browser (shared/tables/csvImport), every cell that would change is listed with its
 * text before and after, and every line or column that cannot be placed is named; nothing
 * changes until "Apply". Applying is one transaction through the Secretariat's own sync
 * connection, so the server checks it like any edit and everyone sees it at once.
 */
import type { ChangeEvent } from 'react';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import {
  applyCsvImport,
  planCsvImport,
  type CsvImportPlan,
} from '../../../shared/tables/csvImport';

/** Props of CsvImportDialog. */
export interface CsvImportDialogProps {
  readonly doc: Y.Doc;
  readonly onClose: () => void;
}

/** Largest file read, in bytes (a table of two dozen rows is a few tens of kB). */
const MAX_FILE_BYTES = 2_000_000;

const PREVIEW_LIMIT = 200;

/** The import panel. */
export function CsvImportDialog({ doc, onClose }: CsvImportDialogProps) {
  const id = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [plan, setPlan] = useState<CsvImportPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPlan(null);
    setResult(null);
    setError(null);
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_FILE_BYTES) {
      setError(
        `File: ${file.name} is larger than 2 MB; export the table again and edit that file.`,
      );
      return;
    }
    try {
      setPlan(planCsvImport(doc, await file.text()));
    } catch {
      setError(
        `File: ${file.name} could not be read as CSV text. Save it as CSV (UTF-8) and try again.`,
      );
    }
  };

  const handleApply = () => {
    if (!plan) return;
    const applied = applyCsvImport(doc, plan);
    const skipped = applied.skipped.length;
    setResult(
      `${applied.applied} ${applied.applied === 1 ? 'cell' : 'cells'} updated.` +
        (skipped > 0
          ? ` ${skipped} ${skipped === 1 ? 'cell was' : 'cells were'} left alone because someone changed ${skipped === 1 ? 'it' : 'them'} after the preview: ${applied.skipped
              .map((change) => `${change.rowLabel} / ${change.columnTitle}`)
              .join('; ')}.`
          : ''),
    );
    setPlan(null);
  };

  return (
    <section className="import-panel" aria-labelledby={`${id}-heading`} data-testid="import-panel">
      <div className="structure-panel__top">
        <h2 id={`${id}-heading`}>Import CSV</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="field__hint">
        Use a file laid out like this table’s CSV export: rows are matched by DC name (or row
        label), columns by title. Status columns are ignored; each DC sets its own status.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          CSV file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void handleFile(event)}
          data-testid="import-file"
        />
      </div>
      <p className="form-error" role="alert">
        {error}
      </p>
      {plan ? (
        <div className="import-preview" data-testid="import-preview">
          <h3>
            What will change{fileName ? ` (${fileName})` : ''}: {plan.changes.length}{' '}
            {plan.changes.length === 1 ? 'cell' : 'cells'}
          </h3>
          {plan.problems.length > 0 ? (
            <div className="notice notice--error" data-testid="import-problems">
              <p>These parts of the file cannot be used and will be left out:</p>
              <ul>
                {plan.problems.map((problem, index) => (
                  <li key={index}>
                    Line {problem.line}: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {plan.changes.length === 0 ? (
            <p role="status">The file holds nothing new: the table already says the same.</p>
          ) : (
            <div className="coverage-scroll">
              <table className="import-changes" data-testid="import-changes">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Column</th>
                    <th scope="col">Now</th>
                    <th scope="col">After the import</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.changes.slice(0, PREVIEW_LIMIT).map((change) => (
                    <tr key={`${change.rowId}\u0000${change.columnId}`}>
                      <th scope="row">{change.rowLabel}</th>
                      <td>{change.columnTitle}</td>
                      <td className="import-changes__before">{change.before || '(empty)'}</td>
                      <td className="import-changes__after">{change.after || '(empty)'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {plan.changes.length > PREVIEW_LIMIT ? (
                <p>…and {plan.changes.length - PREVIEW_LIMIT} more.</p>
              ) : null}
            </div>
          )}
          <div className="structure-actions">
            <button
              type="button"
              className="button button--primary button--small"
              disabled={plan.changes.length === 0}
              onClick={handleApply}
              data-testid="import-apply"
            >
              Apply {plan.changes.length} {plan.changes.length === 1 ? 'change' : 'changes'}
            </button>
            <button type="button" className="button button--small" onClick={() => setPlan(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" data-testid="import-result">
        {result}
      </p>
    </section>
  );
}
