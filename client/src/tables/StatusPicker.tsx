/**
 * A row's status (not started, draft, submitted) with who set it and when. The row's DC (and
 * the Secretariat) change it with a select; for everyone else it is shown as a badge, and the
 * cell explains why it cannot be changed. The select is not a Tab stop of its own: the grid
 * moves focus to it on Enter, and Escape goes back to the grid.
 */
import type { KeyboardEvent } from 'react';
import { forwardRef } from 'react';
import type { RowView } from '../../../shared/tables/readTable';
import { isRowStatus, rowStatusLabels, type RowStatus } from '../../../shared/tables/tableSchema';
import { statusSetAtTitle, statusSetBy } from './rowStatusText';

/** Props of StatusPicker. */
export interface StatusPickerProps {
  readonly row: RowView;
  /** Whether the person may change it. */
  readonly editable: boolean;
  readonly label: string;
  readonly now: number;
  readonly onChange: (status: RowStatus) => void;
  /** Escape in the select: back to the grid cell. */
  readonly onLeave: () => void;
}

/** The status of one row. */
export const StatusPicker = forwardRef<HTMLSelectElement, StatusPickerProps>(function StatusPicker(
  { row, editable, label, now, onChange, onLeave },
  ref,
) {
  const setBy = statusSetBy(row, now);
  const handleKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onLeave();
    }
  };
  return (
    <div className={`row-status row-status--${row.status}`}>
      {editable ? (
        <select
          ref={ref}
          className="row-status__select"
          aria-label={`Status of ${label}`}
          value={row.status}
          tabIndex={-1}
          data-testid="row-status-select"
          onChange={(event) => {
            if (isRowStatus(event.target.value)) onChange(event.target.value);
          }}
          onKeyDown={handleKeyDown}
        >
          {Object.entries(rowStatusLabels).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      ) : (
        <span className="row-status__badge" data-testid="row-status">
          {rowStatusLabels[row.status]}
        </span>
      )}
      {setBy ? (
        <span className="row-status__by" title={statusSetAtTitle(row)}>
          {setBy}
        </span>
      ) : null}
    </div>
  );
});
