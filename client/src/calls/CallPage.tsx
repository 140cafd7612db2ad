/**
 * One call: what it asks and until when (in the reader's zone and UTC). A DC member sees and
 * edits their DC's answers and starts new ones; the Secretariat sees every answer live and
 * reviews them; anyone else is told who answers. Reloads whenever anyone changes a call.
 */
import { useEffect, useState } from 'react';
import { Roles } from '../../../shared/access/roles';
import { mayAnswerFor } from '../../../shared/calls/callTypes';
import { LiveTopics } from '../../../shared/live/liveTopics';
import type { Account } from '../account/account';
import { isSecretariat } from '../account/account';
import { useLiveResource } from '../live/useLiveResource';
import { AppLink } from '../routing/AppLink';
import { TimeZonePicker } from '../time/TimeZonePicker';
import { useTimeZone } from '../time/timeZonePreference';
import { AnswerForm } from './AnswerForm';
import { CallSummary } from './CallSummary';
import { ClosingTimeForm } from './ClosingTimeForm';
import { fetchAnswers, fetchCall } from './callsApi';
import { ReviewList } from './ReviewList';
import '../styles/calls.css';

/** Props of CallPage. */
export interface CallPageProps {
  readonly id: string;
  readonly account: Account;
}

/** The page of one call. */
export function CallPage({ id, account }: CallPageProps) {
  const [zone, setZone] = useTimeZone(account.id);
  const call = useLiveResource((signal) => fetchCall(id, signal), [LiveTopics.calls], id);
  const seesAnswers = account.role === Roles.secretariat || account.role === Roles.dcMember;
  const answers = useLiveResource(
    (signal) =>
      seesAnswers
        ? fetchAnswers(id, signal)
        : Promise.resolve({ answers: [], drafts: 0, overlaps: {} }),
    [LiveTopics.calls],
    id,
  );
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${call.data?.title ?? 'Call'} · DC Planner`;
  }, [call.data?.title]);

  const reload = (message: string) => {
    setStatus(message);
    answers.reload();
  };

  if (call.error && !call.data) {
    return (
      <main id="main" className="calls-page" tabIndex={-1}>
        <p className="notice notice--error" role="alert">
          {call.error}
        </p>
        <AppLink href="/calls">Back to all calls</AppLink>
      </main>
    );
  }
  if (!call.data) {
    return (
      <main id="main" className="calls-page" tabIndex={-1}>
        <p role="status">Loading the call…</p>
      </main>
    );
  }

  const current = call.data;
  const mine = answers.data?.answers ?? [];
  const canAnswer = account.dcs.some((dc) => mayAnswerFor(current, account, dc));
  const mayStartAnother = current.open && canAnswer && (current.multiple || mine.length === 0);

  return (
    <main id="main" className="calls-page" tabIndex={-1}>
      <p className="calls-page__back">
        <AppLink href="/calls">All calls</AppLink>
      </p>
      <h1>{current.title}</h1>
      <CallSummary call={current} zone={zone} />
      {current.explanation ? <p className="calls-page__lead">{current.explanation}</p> : null}
      <TimeZonePicker zone={zone} onChange={setZone} />
      {isSecretariat(account) ? (
        <ClosingTimeForm
          key={`${current.closesAt} ${zone}`}
          call={current}
          zone={zone}
          onChanged={(message) => {
            setStatus(message);
            call.reload();
          }}
        />
      ) : null}
      <p className="form-status" role="status">
        {status}
      </p>
      {answers.error ? (
        <p className="notice notice--error" role="alert">
          {answers.error}
        </p>
      ) : null}
      {isSecretariat(account) && answers.data ? (
        <ReviewList call={current} list={answers.data} zone={zone} onReviewed={answers.reload} />
      ) : null}
      {account.role === Roles.dcMember ? (
        <section className="calls-section" aria-labelledby="mine-heading">
          <h2 id="mine-heading">Your DC&apos;s answers</h2>
          {!canAnswer ? (
            <p>This call is addressed to other Dynamic Coalitions.</p>
          ) : answers.data === null ? (
            <p role="status">Loading your answers…</p>
          ) : mine.length === 0 && !creating ? (
            <p>Your DC has not answered yet.</p>
          ) : null}
          {mine.map((answer) => (
            <AnswerForm
              key={answer.id}
              call={current}
              account={account}
              answer={answer}
              zone={zone}
              onSaved={reload}
            />
          ))}
          {creating ? (
            <AnswerForm
              call={current}
              account={account}
              answer={null}
              zone={zone}
              onSaved={(message) => {
                setCreating(false);
                reload(message);
              }}
              onCancel={() => setCreating(false)}
            />
          ) : mayStartAnother ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setStatus(null);
                setCreating(true);
              }}
            >
              {mine.length === 0 ? 'Answer this call' : 'Add another answer'}
            </button>
          ) : null}
        </section>
      ) : null}
      {!seesAnswers ? (
        <p className="calls-section">
          DC members answer this call for their DC; the Secretariat reviews the answers.
          {current.onCalendar ? (
            <>
              {' '}
              Accepted sessions appear on the <AppLink href="/calendar">calendar</AppLink>.
            </>
          ) : null}
        </p>
      ) : null}
    </main>
  );
}
