/**
 * Every meeting's action items for everyone: open ones first by due date, with due-soon and
 * overdue flags, owners and where the work is done; "only mine" narrows it to the reader's.
 * The Secretariat records, completes and removes items. Live.
 */
import { useEffect, useState } from 'react';
import { isOwnedBy } from '../../../shared/actions/actionTypes';
import type { Account } from '../account/account';
import { isSecretariat } from '../account/account';
import { useTimeZone } from '../time/timeZonePreference';
import { ActionForm } from './ActionForm';
import { ActionRow } from './ActionRow';
import { useActionItems } from './useActionItems';
import '../styles/calls.css';

/** Props of ActionsPage. */
export interface ActionsPageProps {
  readonly account: Account;
}

/** The action items page. */
export function ActionsPage({ account }: ActionsPageProps) {
  const [zone] = useTimeZone(account.id);
  const state = useActionItems(zone);
  const [onlyMine, setOnlyMine] = useState(false);
  const [recording, setRecording] = useState(false);
  const canEdit = isSecretariat(account);

  useEffect(() => {
    document.title = 'Action items · DC Planner';
  }, []);

  const items = (state.items ?? []).filter((item) => !onlyMine || isOwnedBy(item, account));
  const latestMeeting =
    [...(state.items ?? [])].sort((a, b) => b.createdAt - a.createdAt)[0]?.meeting ?? '';

  return (
    <main id="main" className="calls-page" tabIndex={-1}>
      <h1>Action items</h1>
      <p className="calls-page__lead">
        What the meetings agreed, who does it and by when. Dates are days in your time zone ({zone}
        ).
      </p>
      <div className="calendar-toolbar">
        <label className="check">
          <input
            type="checkbox"
            checked={onlyMine}
            onChange={(e) => setOnlyMine(e.target.checked)}
          />
          Only mine
        </label>
        {canEdit && !recording ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setRecording(true)}
          >
            Record an action item
          </button>
        ) : null}
      </div>
      {recording ? (
        <ActionForm
          meeting={latestMeeting}
          calls={state.calls}
          onCreated={() => {
            setRecording(false);
            state.reload();
          }}
          onCancel={() => setRecording(false)}
        />
      ) : null}
      {state.error ? (
        <div className="notice notice--error" role="alert">
          <p>The action items could not be loaded: {state.error}</p>
          <button type="button" className="button" onClick={state.reload}>
            Try again
          </button>
        </div>
      ) : null}
      {state.items === null && !state.error ? <p role="status">Loading action items…</p> : null}
      {state.items !== null && items.length === 0 ? (
        <p>{onlyMine ? 'Nothing is yours to do.' : 'There are no action items yet.'}</p>
      ) : null}
      <ul className="action-list">
        {items.map((item) => (
          <li key={item.id}>
            <ActionRow
              item={item}
              today={state.today}
              canEdit={canEdit}
              onChanged={state.reload}
              callTitles={state.callTitles}
              calls={state.calls}
            />
          </li>
        ))}
      </ul>
    </main>
  );
}
