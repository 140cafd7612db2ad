/**
 * The Secretariat's live overview of a table: how many DCs have submitted, are drafting or
 * have not started, against the deadline, with who set each status and when; and the
 * coverage matrix of rows × areas, which shows the areas no DC addresses (gaps) and those
 * many address (overlaps). Both are recomputed from the shared document on every change.
 */
import { useMemo } from 'react';
import { OVERLAP_THRESHOLD, coverageMatrix, statusOverview } from '../../../shared/tables/overview';
import type { TableView } from '../../../shared/tables/readTable';
import { RowStatuses, rowStatusLabels, type RowStatus } from '../../../shared/tables/tableSchema';
import type { DocumentSession } from '../sync/documentSession';
import { CoverageMatrixView } from './CoverageMatrixView';
import { statusSetBy } from './rowStatusText';
import { rowLabel } from './tableAbilities';

/** Props of TableOverview. */
export interface TableOverviewProps {
  readonly session: DocumentSession;
  /** The current table (a new object after every change, which recomputes the matrix). */
  readonly table: TableView;
  readonly now: number;
}

const ORDER: readonly RowStatus[] = [
  RowStatuses.submitted,
  RowStatuses.draft,
  RowStatuses.notStarted,
];

/** The overview. */
export function TableOverview({ session, table, now }: TableOverviewProps) {
  const overview = statusOverview(table);
  // The table snapshot changes with every transaction, cell text included.
  const matrix = useMemo(() => coverageMatrix(session.doc), [session.doc, table]); // eslint-disable-line react-hooks/exhaustive-deps
  const noun = table.rowSource === 'dcs' ? 'DCs' : 'rows';
  return (
    <div className="table-overview" data-testid="table-overview">
      <section aria-labelledby="status-heading" className="overview-status">
        <h2 id="status-heading">Where the {noun} stand</h2>
        <p className="overview-status__summary" data-testid="overview-summary">
          {overview.byStatus.submitted.length} of {overview.total} submitted ·{' '}
          {overview.byStatus.draft.length} drafting · {overview.byStatus.notStarted.length} not
          started
        </p>
        <div className="overview-bar" aria-hidden="true">
          {ORDER.map((status) =>
            overview.byStatus[status].length > 0 ? (
              <span
                key={status}
                className={`overview-bar__part overview-bar__part--${status}`}
                style={{ flexGrow: overview.byStatus[status].length }}
              />
            ) : null,
          )}
        </div>
        <div className="overview-columns">
          {ORDER.map((status) => (
            <div
              key={status}
              className={`overview-column overview-column--${status}`}
              data-testid={`overview-${status}`}
            >
              <h3>
                {rowStatusLabels[status]}{' '}
                <span className="overview-column__count" data-testid={`overview-count-${status}`}>
                  {overview.byStatus[status].length}
                </span>
              </h3>
              {overview.byStatus[status].length === 0 ? (
                <p className="overview-column__empty">None</p>
              ) : (
                <ul>
                  {overview.byStatus[status].map((row) => {
                    const by = statusSetBy(row, now);
                    return (
                      <li key={row.id} data-row={row.id}>
                        <span>{rowLabel(row)}</span>
                        {by && status !== RowStatuses.notStarted ? (
                          <span className="overview-column__by">{by}</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="coverage-heading" className="overview-coverage">
        <h2 id="coverage-heading">Coverage of the areas</h2>
        <p className="overview-coverage__intro">
          A mark means the {table.rowSource === 'dcs' ? 'DC' : 'row'} wrote something in that area.
          Areas no one addresses are gaps; areas {OVERLAP_THRESHOLD} or more address are overlaps.
        </p>
        <CoverageMatrixView matrix={matrix} />
      </section>
    </div>
  );
}
