/**
 * One accepted session on the calendar: title, DC, time in the reader's zone with UTC beside
 * it, description, link, and its own .ics download.
 */
import type { CalendarEntry } from '../../../shared/calls/calendarEntry';
import { ShownRange } from '../time/ShownTime';
import { sessionIcsUrl } from './calendarApi';

/** Props of SessionDetails. */
export interface SessionDetailsProps {
  readonly entry: CalendarEntry;
  readonly zone: string;
}

/** A session card. */
export function SessionDetails({ entry, zone }: SessionDetailsProps) {
  return (
    <article className="session-card" aria-label={entry.title} data-testid="session">
      <h3>{entry.title}</h3>
      <p className="session-card__dc">{entry.dcName}</p>
      <p>
        <ShownRange start={entry.start} end={entry.end} zone={zone} />
      </p>
      {entry.description ? <p className="session-card__description">{entry.description}</p> : null}
      <p className="session-card__links">
        {entry.url ? (
          <a href={entry.url} target="_blank" rel="noreferrer noopener">
            Registration and details
          </a>
        ) : null}
        <a href={sessionIcsUrl(entry.id)} download>
          Download .ics
        </a>
      </p>
    </article>
  );
}
