/**
 * The table's deadline: a countdown, the time in the viewer's own zone and in UTC beside it,
 * and after it has passed, what that means for the person (rows read-only unless reopened).
 */
import type { TableView } from '../../../shared/tables/readTable';
import { isPastDeadline } from '../../../shared/tables/readTable';
import { formatCountdown, formatInZone, formatUtc, viewerTimeZone } from './deadlineFormat';

/** Props of DeadlineCountdown. */
export interface DeadlineCountdownProps {
  readonly table: Pick<TableView, 'deadline' | 'reopened'>;
  readonly now: number;
}

/** The deadline line of a table. */
export function DeadlineCountdown({ table, now }: DeadlineCountdownProps) {
  const { deadline } = table;
  if (deadline === null) {
    return (
      <p className="deadline" data-testid="deadline">
        No deadline set.
      </p>
    );
  }
  const past = isPastDeadline(table, now);
  return (
    <div className={`deadline${past ? ' deadline--past' : ''}`} data-testid="deadline">
      <p className="deadline__line">
        <strong data-testid="deadline-countdown">{formatCountdown(deadline.at, now)}</strong>
        <span>
          {' '}
          · Deadline{' '}
          <time dateTime={deadline.at} data-testid="deadline-local">
            {formatInZone(deadline.at, viewerTimeZone())}
          </time>{' '}
          · <span data-testid="deadline-utc">{formatUtc(deadline.at)}</span>
        </span>
      </p>
      {past ? (
        <p className="deadline__note" data-testid="deadline-note">
          {table.reopened
            ? 'The deadline has passed, but the Secretariat reopened the table: rows can still be changed.'
            : 'The deadline has passed: rows are read-only unless the Secretariat reopens the table or a row.'}
        </p>
      ) : null}
    </div>
  );
}
