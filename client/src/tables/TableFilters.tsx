/**
 * Narrowing the grid to one DC (row) or one area (column), with "Show all" to come back.
 * Ordinary labelled selects, so they work the same with a keyboard, a screen reader and a
 * phone.
 */
import { useId } from 'react';
import type { TableView } from '../../../shared/tables/readTable';
import { rowLabel } from './tableAbilities';
import type { TableFilter } from './tableFilter';

/** Props of TableFilters. */
export interface TableFiltersProps {
  readonly table: TableView;
  readonly filter: TableFilter;
  readonly onChange: (filter: TableFilter) => void;
}

/** The filter bar. */
export function TableFilters({ table, filter, onChange }: TableFiltersProps) {
  const id = useId();
  const rowNoun = table.rowSource === 'dcs' ? 'DC' : 'Row';
  return (
    <div className="table-filters" role="group" aria-label="Filter the table">
      <label htmlFor={`${id}-row`}>{rowNoun}</label>
      <select
        id={`${id}-row`}
        value={filter.row ?? ''}
        data-testid="filter-row"
        onChange={(event) => onChange({ ...filter, row: event.target.value || null })}
      >
        <option value="">All {table.rowSource === 'dcs' ? 'DCs' : 'rows'}</option>
        {table.rows.map((row) => (
          <option key={row.id} value={row.id}>
            {rowLabel(row)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-column`}>Column</label>
      <select
        id={`${id}-column`}
        value={filter.column ?? ''}
        data-testid="filter-column"
        onChange={(event) => onChange({ ...filter, column: event.target.value || null })}
      >
        <option value="">All columns</option>
        {table.columns.map((column) => (
          <option key={column.id} value={column.id}>
            {column.title}
          </option>
        ))}
      </select>
      {filter.row !== null || filter.column !== null ? (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => onChange({ row: null, column: null })}
        >
          Show all
        </button>
      ) : null}
    </div>
  );
}
