/**
 * One action item: what, owners, due date with its due-soon or overdue flag, where the work is
 * done (a document or a call), and its status; the Secretariat marks it done or open again,
 * or removes it.
 */
import { useState } from 'react';
import type { ActionItem } from '../../../shared/actions/actionTypes';
import { dueFlag } from '../../../shared/actions/actionTypes';
import { isTableName } from '../../../shared/tables/tableNames';
import type { CallView } from '../calls/callsApi';
import { AppLink } from '../routing/AppLink';
import { callPath, documentPath, tablePath } from '../routing/routes';
import { changeAction, removeAction } from './actionsApi';
import { ActionForm } from './ActionForm';
import { dueLabel, flagLabels, ownersLabel } from './actionLabels';

/** Props of ActionRow. */
export interface ActionRowProps {
  readonly item: ActionItem;
  /** The reader's calendar date (`YYYY-MM-DD`) in their zone. */
  readonly today: string;
  readonly canEdit: boolean;
  readonly onChanged: () => void;
  /** Call titles by id, for links. */
  readonly callTitles: ReadonlyMap<string, string>;
  /** Every call, for changing the link (Secretariat). */
  readonly calls?: readonly CallView[];
}

/** An action item in a list. */
export function ActionRow({
  item,
  today,
  canEdit,
  onChanged,
  callTitles,
  calls = [],
}: ActionRowProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const flag = dueFlag(item, today);

  const act = async (what: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      onChanged();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <ActionForm
        item={item}
        meeting={item.meeting}
        calls={calls}
        onCreated={() => {
          setEditing(false);
          onChanged();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  return (
    <article
      className={`action-item${item.status === 'done' ? ' action-item--done' : ''}`}
      aria-label={item.what}
      data-testid="action-item"
    >
      <p className="action-item__what">{item.what}</p>
      <p className="action-item__meta">
        <span>{ownersLabel(item)}</span>
        {item.due ? (
          <span>
            Due <time dateTime={item.due}>{dueLabel(item.due)}</time>
          </span>
        ) : (
          <span>No date</span>
        )}
        {flag ? (
          <span
            className={`state-badge state-badge--${flag === 'overdue' ? 'declined' : 'waiting'}`}
          >
            {flagLabels[flag]}
          </span>
        ) : null}
        {item.status === 'done' ? (
          <span className="state-badge state-badge--accepted">Done</span>
        ) : null}
        {item.link?.kind === 'document' && isTableName(item.link.name) ? (
          <AppLink href={tablePath(item.link.name)}>Open the table</AppLink>
        ) : null}
        {item.link?.kind === 'document' && !isTableName(item.link.name) ? (
          <AppLink href={documentPath(item.link.name)}>Open the document</AppLink>
        ) : null}
        {item.link?.kind === 'call' ? (
          <AppLink href={callPath(item.link.id)}>
            {callTitles.get(item.link.id)
              ? `Answer: ${callTitles.get(item.link.id)}`
              : 'Open the call'}
          </AppLink>
        ) : null}
        <span className="action-item__meeting">{item.meeting}</span>
      </p>
      {canEdit ? (
        <p className="action-item__actions">
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() =>
              void act(() =>
                changeAction(item.id, { status: item.status === 'done' ? 'open' : 'done' }),
              )
            }
          >
            {item.status === 'done' ? 'Reopen' : 'Mark done'}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => setEditing(true)}
          >
            Change
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={busy}
            onClick={() => {
              if (window.confirm(`Remove "${item.what}"?`)) void act(() => removeAction(item.id));
            }}
          >
            Remove
          </button>
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
