/**
 * The "Mapping tables" section of the home page: a link to each table (GET /api/tables), so
 * DCs find the tables they are asked to fill from where they start. Errors stay quiet here:
 * the tables page says what went wrong.
 */
import { useEffect, useState } from 'react';
import { AppLink } from '../routing/AppLink';
import { tablePath } from '../routing/routes';
import { fetchTableList, type TableSummary } from '../tables/tablesApi';

/** The home page's table links. */
export function TableLinks() {
  const [tables, setTables] = useState<TableSummary[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchTableList(controller.signal).then(setTables, () => {
      if (!controller.signal.aborted) setTables([]);
    });
    return () => controller.abort();
  }, []);

  return (
    <section aria-labelledby="tables-heading" className="home__documents home__tables">
      <h2 id="tables-heading">Mapping tables</h2>
      {tables === null ? (
        <p className="home__loading" role="status">
          Loading tables…
        </p>
      ) : (
        <ul className="home__table-links" data-testid="home-tables">
          {tables.map((table) => (
            <li key={table.name}>
              <AppLink href={tablePath(table.name)}>{table.title}</AppLink>
            </li>
          ))}
          <li>
            <AppLink href="/tables">All mapping tables</AppLink>
          </li>
        </ul>
      )}
    </section>
  );
}
