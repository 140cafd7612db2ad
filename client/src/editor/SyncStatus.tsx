/**
 * Connection and saved state in plain words: "Connecting… / Online / Offline" and
 * "Saving… / All changes saved" (the latter only from the server's acknowledgement), and a
 * banner saying why the connection ended when there is something to explain. Polite live
 * regions, so screen reader users hear changes without being interrupted while typing.
 */
import type { SyncStatus as Status } from '../sync/SyncProvider';

const connectionLabels: Readonly<Record<Status['connection'], string>> = {
  connecting: 'Connecting…',
  online: 'Online',
  offline: 'Offline',
};

/** The words for the saved state. */
export function savedLabel(status: Status): string {
  if (status.saved === 'saved') return 'All changes saved';
  if (status.connection !== 'offline') return 'Saving…';
  return status.unsavedChanges > 0 ? 'Changes kept in this browser' : 'Waiting for the server';
}

/** Props of SyncStatus. */
export interface SyncStatusProps {
  readonly status: Status;
}

/** The connection pill and saved state of the document header. */
export function SyncStatus({ status }: SyncStatusProps) {
  return (
    <div className="sync-status" role="status" aria-live="polite" aria-atomic="true">
      <span
        className={`connection-pill connection-pill--${status.connection}`}
        data-testid="connection-state"
      >
        <span className="connection-pill__dot" aria-hidden="true" />
        {connectionLabels[status.connection]}
      </span>
      <span className={`saved-state saved-state--${status.saved}`} data-testid="saved-state">
        {savedLabel(status)}
      </span>
    </div>
  );
}

/** Props of ConnectionBanner. */
export interface ConnectionBannerProps {
  readonly status: Status;
  readonly onRetry: () => void;
}

/** Why the connection ended (close code in plain words), with "Retry now" while retrying. */
export function ConnectionBanner({ status, onRetry }: ConnectionBannerProps) {
  const visible = status.problem !== null && status.connection !== 'online';
  return (
    <div role="status" aria-live="polite">
      {visible ? (
        <div
          className={`connection-banner${status.willRetry ? '' : ' connection-banner--stopped'}`}
        >
          <span data-testid="connection-problem">{status.problem}</span>
          {status.connection === 'offline' && status.willRetry ? (
            <button type="button" className="button button--small" onClick={onRetry}>
              Retry now
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
