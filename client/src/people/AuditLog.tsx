/**
 * The audit log for the Secretariat: who did what and when (invitations, sign-ins, locked
 * accounts, changes of role or access, refused changes), newest first, filtered by action
 * and by person.
 */
import { useEffect, useId, useState } from 'react';
import type { Account } from '../account/account';
import { formatFullTime } from '../home/formatLastEdited';
import type { AuditEntry } from './peopleApi';
import { fetchAudit } from './peopleApi';
import { auditActionLabel, auditActionLabels } from './peopleLabels';

/** Props of AuditLog. */
export interface AuditLogProps {
  readonly people: readonly Account[];
  /** Changes when something was done on the page, so the log shows it. */
  readonly refreshKey: number;
}

const detailText = (detail: Readonly<Record<string, unknown>>): string =>
  Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');

/** The audit log section. */
export function AuditLog({ people, refreshKey }: AuditLogProps) {
  const baseId = useId();
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchAudit({ action, actor, limit: 100 }, controller.signal).then(
      (found) => {
        setEntries(found);
        setError(null);
      },
      (caught: unknown) => {
        if (!controller.signal.aborted)
          setError(caught instanceof Error ? caught.message : 'The audit log could not be loaded.');
      },
    );
    return () => controller.abort();
  }, [action, actor, refreshKey, generation]);

  return (
    <section className="people-section" aria-labelledby={`${baseId}-title`}>
      <div className="people-section__head">
        <h2 id={`${baseId}-title`}>Audit log</h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => setGeneration((value) => value + 1)}
        >
          Refresh
        </button>
      </div>
      <div className="audit-filters">
        <div className="field">
          <label className="field__label" htmlFor={`${baseId}-action`}>
            Action
          </label>
          <select
            id={`${baseId}-action`}
            value={action}
            onChange={(event) => setAction(event.target.value)}
          >
            <option value="">All actions</option>
            {Object.entries(auditActionLabels).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${baseId}-actor`}>
            Done by
          </label>
          <select
            id={`${baseId}-actor`}
            value={actor}
            onChange={(event) => setActor(event.target.value)}
          >
            <option value="">Anyone</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {entries === null && !error ? <p role="status">Loading the audit log…</p> : null}
      {entries !== null && entries.length === 0 ? (
        <p role="status">Nothing recorded for this filter.</p>
      ) : null}
      {entries !== null && entries.length > 0 ? (
        <div className="table-scroll">
          <table className="people-table audit-table" aria-labelledby={`${baseId}-title`}>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">About</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label="When">
                    <time dateTime={new Date(entry.at).toISOString()}>
                      {formatFullTime(new Date(entry.at).toISOString())}
                    </time>
                  </td>
                  <td data-label="Who">{entry.actorName}</td>
                  <td data-label="What">{auditActionLabel(entry.action)}</td>
                  <td data-label="About">{entry.target}</td>
                  <td data-label="Details" className="audit-table__detail">
                    {detailText(entry.detail)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
