/**
 * A time range as every reader sees it: in their own zone (with the offset) and in UTC beside
 * it, in a <time> element carrying the instant.
 */
import { showRange } from '../../../shared/time/formatInstant';

/** Props of ShownRange. */
export interface ShownRangeProps {
  readonly start: string;
  readonly end: string;
  readonly zone: string;
}

/** A start–end range in the reader's zone and in UTC. */
export function ShownRange({ start, end, zone }: ShownRangeProps) {
  const range = showRange(start, end, zone);
  return (
    <span className="shown-time">
      <time dateTime={start} data-testid="local-time">
        {range.local}
      </time>
      <span className="shown-time__utc" data-testid="utc-time">
        {range.utc}
      </span>
    </span>
  );
}
