/**
 * The first column of a row, kept in view while scrolling sideways: the DC's name (or the
 * row's label), its status with who set it and when, and who else is on it now. Activating
 * it by mouse makes it the grid's current cell; Enter (in the grid) opens the status.
 */
import type { Ref } from 'react';
import { memo } from 'react';
import type { RowView } from '../../../shared/tables/readTable';
import type { RowStatus } from '../../../shared/tables/tableSchema';
import type { PersonInCell } from './cellPresence';
import { StatusPicker } from './StatusPicker';

/** Column id the grid uses for a row's first column. */
export const ROW_HEAD = '';

/** Props of RowHead. */
export interface RowHeadProps {
  readonly row: RowView;
  readonly label: string;
  /** Why the person cannot change this row; null when they can. */
  readonly readOnlyReason: string | null;
  readonly active: boolean;
  readonly position: string;
  readonly people: readonly PersonInCell[];
  readonly now: number;
  readonly statusRef: Ref<HTMLSelectElement>;
  readonly onActivate: (rowId: string, columnId: string) => void;
  readonly onStatusChange: (rowId: string, status: RowStatus) => void;
  readonly onLeave: () => void;
}

/** A row's first column. */
export const RowHead = memo(function RowHead(props: RowHeadProps) {
  const { row, label, readOnlyReason, active, people } = props;
  return (
    <th
      role="rowheader"
      scope="row"
      className={`table-grid__rowhead${active ? ' table-cell--active' : ''}`}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      title={readOnlyReason ?? undefined}
      data-grid-position={props.position}
      data-testid="row-head"
      onMouseDown={() => props.onActivate(row.id, ROW_HEAD)}
    >
      <span className="table-grid__rowlabel">{label}</span>
      <StatusPicker
        ref={props.statusRef}
        row={row}
        editable={readOnlyReason === null}
        label={label}
        now={props.now}
        onChange={(status) => props.onStatusChange(row.id, status)}
        onLeave={props.onLeave}
      />
      {people.length > 0 ? (
        <span className="table-cell__people table-cell__people--inline">
          {people.map((person) => (
            <span
              key={person.clientId}
              className="table-cell__person"
              style={{ backgroundColor: person.color }}
              data-testid="cell-presence"
            >
              {person.name}
            </span>
          ))}
        </span>
      ) : null}
    </th>
  );
});
