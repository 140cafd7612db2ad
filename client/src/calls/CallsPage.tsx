/**
 * Every call the Secretariat has opened, open ones first, each with its closing time in the
 * reader's zone; the Secretariat opens new ones here. Live: a call opened elsewhere appears.
 */
import { useEffect, useState } from 'react';
import { LiveTopics } from '../../../shared/live/liveTopics';
import type { Account } from '../account/account';
import { isSecretariat } from '../account/account';
import { useLiveResource } from '../live/useLiveResource';
import { AppLink } from '../routing/AppLink';
import { callPath } from '../routing/routes';
import { TimeZonePicker } from '../time/TimeZonePicker';
import { useTimeZone } from '../time/timeZonePreference';
import { CallSummary } from './CallSummary';
import { fetchCalls } from './callsApi';
import { OpenCallForm } from './OpenCallForm';
import '../styles/calls.css';

/** Props of CallsPage. */
export interface CallsPageProps {
  readonly account: Account;
}

/** The list of calls. */
export function CallsPage({ account }: CallsPageProps) {
  const [zone, setZone] = useTimeZone(account.id);
  const calls = useLiveResource(fetchCalls, [LiveTopics.calls], 'calls');
  const [opening, setOpening] = useState(false);

  useEffect(() => {
    document.title = 'Calls · DC Planner';
  }, []);

  const sorted = [...(calls.data ?? [])].sort(
    (a, b) => Number(b.open) - Number(a.open) || a.closesAt.localeCompare(b.closesAt),
  );

  return (
    <main id="main" className="calls-page" tabIndex={-1}>
      <h1>Calls</h1>
      <p className="calls-page__lead">
        What the Secretariat asks the Dynamic Coalitions: answer here instead of by e-mail. Your
        answers are seen by your DC and the Secretariat only.
      </p>
      <TimeZonePicker zone={zone} onChange={setZone} />
      {isSecretariat(account) ? (
        opening ? (
          <OpenCallForm
            zone={zone}
            onOpened={() => {
              setOpening(false);
              calls.reload();
            }}
            onCancel={() => setOpening(false)}
          />
        ) : (
          <button type="button" className="button button--primary" onClick={() => setOpening(true)}>
            Open a call
          </button>
        )
      ) : null}
      {calls.error ? (
        <div className="notice notice--error" role="alert">
          <p>The calls could not be loaded: {calls.error}</p>
          <button type="button" className="button" onClick={calls.reload}>
            Try again
          </button>
        </div>
      ) : null}
      {calls.data === null && !calls.error ? <p role="status">Loading calls…</p> : null}
      {calls.data !== null && calls.data.length === 0 ? <p>There are no calls yet.</p> : null}
      <ul className="call-list">
        {sorted.map((call) => (
          <li key={call.id} className="call-card">
            <h2>
              <AppLink href={callPath(call.id)}>{call.title}</AppLink>
            </h2>
            <CallSummary call={call} zone={zone} />
          </li>
        ))}
      </ul>
    </main>
  );
}
