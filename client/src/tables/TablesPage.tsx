/**
 * The list of mapping tables with their deadline countdown, and for the Secretariat the form
 * for a new table. Small, loaded lazily with the rest of the tables code.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Account } from '../account/account';
import { AppLink } from '../routing/AppLink';
import { tablePath } from '../routing/routes';
import { formatCountdown, formatUtc } from './deadlineFormat';
import { NewTableForm } from './NewTableForm';
import { canChangeStructure } from './tableAbilities';
import { fetchTableList, type TableSummary } from './tablesApi';
import { useNow } from './useNow';
import '../styles/tables.css';

/** Props of TablesPage. */
export interface TablesPageProps {
  readonly account: Account;
}

/** The tables route. */
export function TablesPage({ account }: TablesPageProps) {
  const [tables, setTables] = useState<TableSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [generation, setGeneration] = useState(0);
  const now = useNow(30_000);
  const secretariat = canChangeStructure({
    role: account.role,
    dcs: account.dcs,
    access: 'editor',
  });
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    document.title = 'Mapping tables · DC Planner';
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchTableList(controller.signal).then(setTables, (failure: unknown) => {
      if (!controller.signal.aborted)
        setError(failure instanceof Error ? failure.message : String(failure));
    });
    return () => controller.abort();
  }, [generation]);

  return (
    <main id="main" className="home tables-home" tabIndex={-1}>
      <div className="home__intro">
        <h1>Mapping tables</h1>
        <p className="home__lead">
          Each DC fills in its own row; the Secretariat sees who has submitted and which areas no DC
          addresses.
        </p>
      </div>
      {secretariat ? (
        creating ? (
          <NewTableForm onCancel={() => setCreating(false)} />
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            New table
          </button>
        )
      ) : null}
      <section aria-labelledby="tables-heading" className="home__documents">
        <h2 id="tables-heading">Tables</h2>
        {error ? (
          <div className="notice notice--error" role="alert">
            <p>The list of tables could not be loaded: {error}</p>
            <button type="button" className="button" onClick={refresh}>
              Try again
            </button>
          </div>
        ) : null}
        {tables === null && !error ? (
          <p className="home__loading" role="status">
            Loading tables…
          </p>
        ) : null}
        {tables !== null && tables.length === 0 ? (
          <p role="status">There are no tables yet.</p>
        ) : null}
        {tables !== null && tables.length > 0 ? (
          <ul className="document-list" data-testid="table-list">
            {tables.map((table) => (
              <li key={table.name}>
                <article className="document-card" data-table={table.name}>
                  <h3 className="document-card__title">
                    <AppLink href={tablePath(table.name)} className="document-card__link">
                      {table.title}
                    </AppLink>
                  </h3>
                  <p className="document-card__summary">
                    {table.rows} {table.rowSource === 'dcs' ? 'DCs' : 'rows'} · {table.columns}{' '}
                    {table.columns === 1 ? 'column' : 'columns'}
                  </p>
                  {table.statusCounts ? (
                    <p className="document-card__summary" data-testid="table-progress">
                      {table.statusCounts.submitted} of {table.rows} submitted ·{' '}
                      {table.statusCounts.draft} drafting
                    </p>
                  ) : null}
                  <p className="document-card__summary">
                    {table.deadline
                      ? `${formatCountdown(table.deadline.at, now)} · ${formatUtc(table.deadline.at)}`
                      : 'No deadline'}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </main>
  );
}
