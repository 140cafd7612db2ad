/**
 * The preparatory-phase calendar for everyone: the sessions the Secretariat accepted, as a
 * month grid or a list, in the reader's zone with UTC beside it; the whole calendar or one
 * session as an .ics download; and a private feed link to subscribe. Live: a session accepted
 * or withdrawn elsewhere appears or disappears without reload.
 */
import { useEffect, useState } from 'react';
import { DateTime } from 'luxon';
import { LiveTopics } from '../../../shared/live/liveTopics';
import { dateInZone } from '../../../shared/time/zonedTime';
import type { Account } from '../account/account';
import { useLiveResource } from '../live/useLiveResource';
import { TimeZonePicker } from '../time/TimeZonePicker';
import { useTimeZone } from '../time/timeZonePreference';
import { CALENDAR_ICS_URL, fetchCalendar } from './calendarApi';
import { FeedLink } from './FeedLink';
import { monthGrid, monthTitle, shiftMonth } from './monthGrid';
import { SessionDetails } from './SessionDetails';
import '../styles/calls.css';

/** Props of CalendarPage. */
export interface CalendarPageProps {
  readonly account: Account;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The calendar page. */
export function CalendarPage({ account }: CalendarPageProps) {
  const [zone, setZone] = useTimeZone(account.id);
  const calendar = useLiveResource(fetchCalendar, [LiveTopics.calendar], 'calendar');
  const [view, setView] = useState<'list' | 'month'>('list');
  const [month, setMonth] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Calendar · DC Planner';
  }, []);

  const entries = calendar.data ?? [];
  const selectedEntry = entries.find((entry) => entry.id === selected) ?? null;
  const now = Date.now();
  const firstUpcoming = entries.find((entry) => Date.parse(entry.end) > now) ?? entries[0];
  const shownMonth =
    month ??
    (firstUpcoming
      ? dateInZone(firstUpcoming.start, zone).slice(0, 7)
      : DateTime.now().setZone(zone).toFormat('yyyy-MM'));

  return (
    <main id="main" className="calls-page" tabIndex={-1}>
      <h1>Preparatory phase calendar</h1>
      <p className="calls-page__lead">
        Public DC sessions of the IGF 2021 preparatory and engagement phase, as accepted by the
        Secretariat. DCs submit theirs through the calls.
      </p>
      <TimeZonePicker zone={zone} onChange={setZone} />
      <div className="calendar-toolbar">
        <div role="group" aria-label="View" className="segmented">
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            List
          </button>
          <button type="button" aria-pressed={view === 'month'} onClick={() => setView('month')}>
            Month
          </button>
        </div>
        <a className="button button--small" href={CALENDAR_ICS_URL} download>
          Download the calendar (.ics)
        </a>
      </div>
      {calendar.error ? (
        <div className="notice notice--error" role="alert">
          <p>The calendar could not be loaded: {calendar.error}</p>
          <button type="button" className="button" onClick={calendar.reload}>
            Try again
          </button>
        </div>
      ) : null}
      {calendar.data === null && !calendar.error ? (
        <p role="status">Loading the calendar…</p>
      ) : null}
      {calendar.data !== null && entries.length === 0 ? (
        <p>No sessions are on the calendar yet.</p>
      ) : null}
      {view === 'list' ? (
        <ol className="session-list" aria-label="Sessions">
          {entries.map((entry) => (
            <li key={entry.id}>
              <SessionDetails entry={entry} zone={zone} />
            </li>
          ))}
        </ol>
      ) : (
        <section aria-label={monthTitle(shownMonth)} className="month-view">
          <div className="month-view__head">
            <button
              type="button"
              className="button button--small"
              onClick={() => setMonth(shiftMonth(shownMonth, -1))}
            >
              Previous month
            </button>
            <h2>{monthTitle(shownMonth)}</h2>
            <button
              type="button"
              className="button button--small"
              onClick={() => setMonth(shiftMonth(shownMonth, 1))}
            >
              Next month
            </button>
          </div>
          <table className="month-grid">
            <thead>
              <tr>
                {WEEKDAYS.map((day) => (
                  <th key={day} scope="col">
                    {day}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(shownMonth, entries, zone).map((week) => (
                <tr key={week[0]!.date}>
                  {week.map((cell) => (
                    <td key={cell.date} className={cell.inMonth ? undefined : 'month-grid__other'}>
                      <span className="month-grid__day">{cell.day}</span>
                      {cell.entries.map((entry) => (
                        <button
                          type="button"
                          key={entry.id}
                          className="month-grid__entry"
                          title={`${entry.title} (${entry.dcName})`}
                          aria-pressed={selected === entry.id}
                          onClick={() => setSelected(selected === entry.id ? null : entry.id)}
                        >
                          {DateTime.fromISO(entry.start, { zone: 'utc' })
                            .setZone(zone)
                            .toFormat('HH:mm')}{' '}
                          {entry.title}
                        </button>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {selectedEntry ? (
            <SessionDetails entry={selectedEntry} zone={zone} />
          ) : entries.length > 0 ? (
            <p className="calls-section__intro">Choose a session to see its details.</p>
          ) : null}
        </section>
      )}
      <FeedLink />
    </main>
  );
}
