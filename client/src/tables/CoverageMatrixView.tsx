/**
 * The coverage matrix as a table: rows × area columns, a mark where a row wrote something,
 * a count per area, and the gaps and overlaps named in words (not by colour alone).
 */
import type { CoverageMatrix } from '../../../shared/tables/overview';
import { rowLabel } from './tableAbilities';

/** Props of CoverageMatrixView. */
export interface CoverageMatrixViewProps {
  readonly matrix: CoverageMatrix;
}

/** The matrix. */
export function CoverageMatrixView({ matrix }: CoverageMatrixViewProps) {
  if (matrix.columns.length === 0) {
    return (
      <p role="status">No column of this table stands for an area, so there is nothing to map.</p>
    );
  }
  const gaps = new Set(matrix.gaps);
  const overlaps = new Set(matrix.overlaps);
  const titleOf = (id: string) => matrix.columns.find((column) => column.id === id)?.title ?? id;
  return (
    <>
      <ul className="coverage-findings" data-testid="coverage-findings">
        <li data-testid="coverage-gaps">
          <strong>Gaps:</strong>{' '}
          {matrix.gaps.length === 0
            ? 'none — every area is addressed'
            : matrix.gaps.map(titleOf).join('; ')}
        </li>
        <li data-testid="coverage-overlaps">
          <strong>Overlaps:</strong>{' '}
          {matrix.overlaps.length === 0 ? 'none' : matrix.overlaps.map(titleOf).join('; ')}
        </li>
      </ul>
      <div className="coverage-scroll">
        <table className="coverage-matrix" data-testid="coverage-matrix">
          <thead>
            <tr>
              <th scope="col">Row</th>
              {matrix.columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className={
                    gaps.has(column.id)
                      ? 'coverage-matrix__gap'
                      : overlaps.has(column.id)
                        ? 'coverage-matrix__overlap'
                        : undefined
                  }
                >
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const filled = new Set(matrix.filled[row.id] ?? []);
              return (
                <tr key={row.id} data-row={row.id}>
                  <th scope="row">{rowLabel(row)}</th>
                  {matrix.columns.map((column) => (
                    <td key={column.id} data-column={column.id}>
                      {filled.has(column.id) ? (
                        <span className="coverage-matrix__mark" aria-label="addressed">
                          ●
                        </span>
                      ) : (
                        <span className="visually-hidden">not addressed</span>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Rows addressing it</th>
              {matrix.columns.map((column) => (
                <td
                  key={column.id}
                  data-column={column.id}
                  data-testid="coverage-count"
                  className={
                    gaps.has(column.id)
                      ? 'coverage-matrix__gap'
                      : overlaps.has(column.id)
                        ? 'coverage-matrix__overlap'
                        : undefined
                  }
                >
                  {matrix.countByColumn[column.id] ?? 0}
                  {gaps.has(column.id) ? ' (gap)' : overlaps.has(column.id) ? ' (overlap)' : ''}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
