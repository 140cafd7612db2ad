/**
 * The threads of one document or table, in the order of what they are attached to, with
 * filters (open/resolved/all, mine, mentioning me or my DC, by DC, by kind), counts, the form
 * for a new thread, the ledger downloads (CSV, Markdown) and an empty state that says how to
 * start one. Used by the editor and by
 * mapping tables alike; what "where" means (a text range, a cell) comes from the caller.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ThreadView } from '../../../shared/comments/readThreads';
import { filterThreads, type ThreadFilter } from '../../../shared/comments/threadFilters';
import type { ThreadKind } from '../../../shared/comments/threadSchema';
import { canComment, type CommentViewer } from './commentAbilities';
import { kindLabels } from './commentLabels';
import { useDirectory } from './directoryApi';
import { NewThreadForm, type ThreadDraft } from './NewThreadForm';
import { ThreadCard } from './ThreadCard';

/** Props of CommentsSidebar. */
export interface CommentsSidebarProps {
  readonly id: string;
  /** The document's (or table's) name, for the ledger downloads. */
  readonly documentName: string;
  readonly doc: Y.Doc;
  /** Every thread, already in document order. */
  readonly threads: readonly ThreadView[];
  /** Whether a thread's text (or cell) is gone. */
  readonly isDetached: (thread: ThreadView) => boolean;
  /** Where a cell thread is; undefined for text threads. */
  readonly locationOf?: (thread: ThreadView) => string | undefined;
  readonly activeId: string | null;
  readonly onSelect: (threadId: string) => void;
  readonly viewer: CommentViewer;
  readonly zone: string;
  /** A thread being started, or null. */
  readonly draft: ThreadDraft | null;
  readonly onCreate: (kind: ThreadKind, body: string) => void;
  readonly onCancelDraft: () => void;
  /** Hides the sidebar. */
  readonly onClose: () => void;
  /** The empty state's advice. */
  readonly emptyText: string;
}

type StatusFilter = 'open' | 'resolved' | 'all';

/** The server's ledger export of every thread, dates in the viewer's zone. */
const ledgerUrl = (name: string, format: 'csv' | 'md', zone: string): string =>
  `/api/documents/${encodeURIComponent(name)}/comments.${format}?timeZone=${encodeURIComponent(zone)}`;

/** The comments sidebar. */
export function CommentsSidebar(props: CommentsSidebarProps) {
  const { threads, viewer, activeId } = props;
  const { directory } = useDirectory();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [mine, setMine] = useState(false);
  const [mentioningMe, setMentioningMe] = useState(false);
  const [dc, setDc] = useState('');
  const [kind, setKind] = useState('');
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);

  const filter: ThreadFilter = {
    status,
    ...(mine ? { mine: true } : {}),
    ...(mentioningMe ? { mentioningMe: true } : {}),
    ...(dc ? { dc } : {}),
    ...(kind ? { kind: kind as ThreadKind } : {}),
  };
  const authorDcs = useMemo(() => {
    const byId = new Map((directory?.people ?? []).map((person) => [person.id, person.dcs]));
    return (userId: string): string[] => [...(byId.get(userId) ?? [])];
  }, [directory]);
  const matching = filterThreads(
    threads,
    filter,
    { userId: viewer.userId, dcs: viewer.dcs },
    authorDcs,
  );
  // The thread being looked at stays in the list when it is resolved (by anyone) while only
  // open threads are listed, so the person sees what happened; it goes once another is picked.
  const shownIds = new Set(matching.map((thread) => thread.id));
  const shown = threads.filter(
    (thread) =>
      shownIds.has(thread.id) ||
      (thread.id === activeId && status === 'open' && thread.status === 'resolved'),
  );
  const open = threads.filter((thread) => thread.status === 'open').length;
  const resolved = threads.length - open;

  // The thread picked in the text (or by the URL) is shown, and brought into view.
  useEffect(() => {
    if (activeId === null) return;
    const target = threads.find((thread) => thread.id === activeId);
    if (target && target.status !== status && status !== 'all') setStatus('all');
    // Only when the active thread changes: the person may filter it away afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeId]);
  useEffect(() => {
    if (activeId === null) return;
    listRef.current
      ?.querySelector(`[data-thread-id="${CSS.escape(activeId)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [activeId, shown.length]);

  const filtered = status !== 'all' || mine || mentioningMe || dc !== '' || kind !== '';

  return (
    <aside
      id={props.id}
      className="comments-sidebar"
      aria-labelledby={headingId}
      data-testid="comments-sidebar"
    >
      <div className="comments-sidebar__head">
        <h2 id={headingId} className="comments-sidebar__title">
          Comments
        </h2>
        <span className="comments-sidebar__counts" data-testid="comments-counts">
          {open} open · {resolved} resolved
        </span>
        <button
          type="button"
          className="button button--small button--quiet comments-sidebar__close"
          aria-label="Close comments"
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      {threads.length > 0 ? (
        <p className="comments-sidebar__ledger">
          Ledger of all threads:{' '}
          <a
            href={ledgerUrl(props.documentName, 'csv', props.zone)}
            download
            data-testid="ledger-csv"
          >
            CSV
          </a>{' '}
          ·{' '}
          <a
            href={ledgerUrl(props.documentName, 'md', props.zone)}
            download
            data-testid="ledger-md"
          >
            Markdown
          </a>
        </p>
      ) : null}
      {props.draft && canComment(viewer) ? (
        <NewThreadForm
          draft={props.draft}
          onCreate={props.onCreate}
          onCancel={props.onCancelDraft}
        />
      ) : null}
      <fieldset className="comments-filters">
        <legend className="visually-hidden">Filter comments</legend>
        <label>
          <span className="visually-hidden">Status</span>
          <select
            value={status}
            data-testid="filter-status"
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            <option value="open">Open ({open})</option>
            <option value="resolved">Resolved ({resolved})</option>
            <option value="all">All ({threads.length})</option>
          </select>
        </label>
        <label>
          <span className="visually-hidden">Kind</span>
          <select
            value={kind}
            data-testid="filter-kind"
            onChange={(event) => setKind(event.target.value)}
          >
            <option value="">All kinds</option>
            {Object.entries(kindLabels).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label className="comments-filters__dc">
          <span className="visually-hidden">Dynamic Coalition</span>
          <select
            value={dc}
            data-testid="filter-dc"
            onChange={(event) => setDc(event.target.value)}
          >
            <option value="">All DCs</option>
            {(directory?.dcs ?? []).map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </label>
        <label className="comments-filters__check">
          <input
            type="checkbox"
            checked={mine}
            data-testid="filter-mine"
            onChange={(event) => setMine(event.target.checked)}
          />
          Mine
        </label>
        <label className="comments-filters__check">
          <input
            type="checkbox"
            checked={mentioningMe}
            data-testid="filter-mentions"
            onChange={(event) => setMentioningMe(event.target.checked)}
          />
          Mentioning me or my DC
        </label>
      </fieldset>
      <p className="comments-sidebar__shown" role="status" aria-live="polite">
        {threads.length === 0
          ? ''
          : filtered
            ? `Showing ${shown.length} of ${threads.length}`
            : `${threads.length} threads`}
      </p>
      {threads.length === 0 ? (
        <p className="comments-empty" data-testid="comments-empty">
          {props.emptyText}
        </p>
      ) : shown.length === 0 ? (
        <p className="comments-empty">No thread matches these filters.</p>
      ) : (
        <ol ref={listRef} className="comments-list" aria-label="Threads">
          {shown.map((thread) => (
            <li key={thread.id}>
              <ThreadCard
                doc={props.doc}
                thread={thread}
                detached={props.isDetached(thread)}
                location={props.locationOf?.(thread)}
                active={thread.id === activeId}
                viewer={viewer}
                directory={directory}
                zone={props.zone}
                onSelect={props.onSelect}
              />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
