/**
 * The route of one mapping table (loaded lazily): its title, who is here and the sync state,
 * the deadline countdown, filters, exports and the Secretariat's tools, then the grid or the
 * Secretariat's live overview, and the comments on cells in a sidebar. The table syncs through the same session cache and provider as
 * documents, so offline edits, save acknowledgements and copy resets work the same way.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import type { Account } from '../account/account';
import { endSession } from '../account/accountStore';
import { canComment } from '../comments/commentAbilities';
import { CommentsSidebar } from '../comments/CommentsSidebar';
import { useTableComments } from '../comments/useTableComments';
import { AppHeader } from '../components/AppHeader';
import { awarenessUser } from '../editor/editorExtensions';
import { ConnectionBanner, SyncStatus } from '../editor/SyncStatus';
import { useDocumentSession } from '../editor/useDocumentSession';
import { AvatarRow } from '../presence/AvatarRow';
import { usePeople } from '../presence/usePeople';
import { AppLink } from '../routing/AppLink';
import { tablePath, type TableRouteView } from '../routing/routes';
import type { DocumentSession } from '../sync/documentSession';
import { useTimeZone } from '../time/timeZonePreference';
import { CsvImportDialog } from './CsvImportDialog';
import { DeadlineCountdown } from './DeadlineCountdown';
import { ExportButtons } from './ExportButtons';
import { StructurePanel } from './StructurePanel';
import { canChangeStructure, rowLabel, type TableViewer } from './tableAbilities';
import { applyTableFilter, noFilter, type TableFilter } from './tableFilter';
import { TableFilters } from './TableFilters';
import { TableGrid } from './TableGrid';
import { TableOverview } from './TableOverview';
import { useNow } from './useNow';
import { useTableAccess } from './useTableAccess';
import { useTableView } from './useTableView';
import '../styles/editor.css';
import '../styles/tables.css';
import '../styles/comments.css';

const noSubscription = (): (() => void) => () => undefined;

/** Props of TablePage. */
export interface TablePageProps {
  readonly name: string;
  readonly view: TableRouteView;
  readonly account: Account;
}

/** The table route. */
export function TablePage({ name, view, account }: TablePageProps) {
  const session = useDocumentSession(name);
  const online = useSyncExternalStore(
    session?.provider.subscribe ?? noSubscription,
    () => session?.provider.getStatus().connection === 'online',
  );
  const access = useTableAccess(name, account.role, online);

  return (
    <>
      <AppHeader account={account} current="tables" />
      {session === null ? (
        <main id="main" className="editor-loading" role="status">
          Opening the table…
        </main>
      ) : (
        <TableScreen
          key={`${name}:${session.doc.clientID}`}
          session={session}
          view={view}
          account={account}
          viewer={{ role: account.role, dcs: account.dcs, access }}
        />
      )}
    </>
  );
}

interface TableScreenProps {
  readonly session: DocumentSession;
  readonly view: TableRouteView;
  readonly account: Account;
  readonly viewer: TableViewer;
}

function TableScreen({ session, view, account, viewer }: TableScreenProps) {
  const table = useTableView(session.doc);
  const now = useNow(15_000);
  const status = useSyncExternalStore(session.provider.subscribe, session.provider.getStatus);
  const people = usePeople(session.awareness);
  const [filter, setFilter] = useState<TableFilter>(noFilter);
  const [notice, setNotice] = useState<string | null>(null);
  const [tool, setTool] = useState<'structure' | 'import' | null>(null);
  const [everOnline, setEverOnline] = useState(false);
  const [resetNoticeShown, setResetNoticeShown] = useState(session.resetReason !== null);
  const secretariat = canChangeStructure(viewer);
  const handleRetry = useCallback(() => session.provider.reconnectNow(), [session]);
  const [zone] = useTimeZone(account.id);
  const commentViewer = useMemo(
    () => ({ userId: account.id, role: account.role, dcs: account.dcs, access: viewer.access }),
    [account.id, account.role, account.dcs, viewer.access],
  );
  const comments = useTableComments(session.doc, table, commentViewer, rowLabel);

  useEffect(() => {
    if (status.connection === 'online') setEverOnline(true);
    if (status.closeCode === CloseCode.unauthenticated) endSession();
  }, [status.connection, status.closeCode]);

  useEffect(() => {
    session.awareness.setLocalStateField('user', awarenessUser(account));
  }, [session.awareness, account]);

  const title = table.title.trim() === '' ? 'Mapping table' : table.title;
  useEffect(() => {
    document.title = `${title} · DC Planner`;
  }, [title]);

  const empty = table.columns.length === 0 && table.rows.length === 0 && table.title === '';
  const shown = applyTableFilter(table, filter);
  const showOverview = view === 'overview' && secretariat;

  return (
    <main id="main" className="table-page" data-testid="table-page">
      <div className="table-page__top">
        <div className="table-page__heading">
          <AppLink href="/tables" className="table-page__back">
            All tables
          </AppLink>
          <h1 data-testid="table-title">{title}</h1>
        </div>
        <SyncStatus status={status} />
        <AvatarRow
          people={people.filter((person) => !person.isMe)}
          label="Others in this table now"
          size="small"
        />
      </div>
      <ConnectionBanner status={status} onRetry={handleRetry} />
      {session.resetReason !== null && resetNoticeShown ? (
        <div className="reset-notice" role="alert">
          <p>
            The server refused a change from this browser: {session.resetReason} Your copy was reset
            to the shared one.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => setResetNoticeShown(false)}
          >
            Dismiss
          </button>
        </div>
      ) : null}
      {empty ? (
        <p className="table-empty" role="status" data-testid="table-loading">
          {everOnline
            ? 'There is no table at this address. Go back to all tables to pick one.'
            : status.connection === 'offline'
              ? 'This table has not been opened in this browser before, so it cannot be shown offline.'
              : 'Loading the table…'}
        </p>
      ) : (
        <>
          <DeadlineCountdown table={table} now={now} />
          {secretariat ? (
            <nav className="table-tabs" aria-label="Table views">
              <AppLink
                href={tablePath(session.name)}
                aria-current={showOverview ? undefined : 'page'}
              >
                Table
              </AppLink>
              <AppLink
                href={tablePath(session.name, 'overview')}
                aria-current={showOverview ? 'page' : undefined}
              >
                Overview
              </AppLink>
            </nav>
          ) : null}
          <div className="table-toolbar">
            {showOverview ? null : (
              <TableFilters table={table} filter={filter} onChange={setFilter} />
            )}
            <div className="table-toolbar__actions">
              {showOverview ? null : (
                <button
                  type="button"
                  className="button button--small comments-toggle"
                  aria-expanded={comments.sidebarOpen}
                  aria-controls="table-comments"
                  data-testid="comments-toggle"
                  onClick={() => comments.setSidebarOpen(!comments.sidebarOpen)}
                >
                  Comments ({comments.openCount} open)
                </button>
              )}
              <ExportButtons name={session.name} />
              {secretariat ? (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    aria-expanded={tool === 'import'}
                    onClick={() => setTool(tool === 'import' ? null : 'import')}
                  >
                    Import CSV
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-expanded={tool === 'structure'}
                    onClick={() => setTool(tool === 'structure' ? null : 'structure')}
                  >
                    Edit table
                  </button>
                </>
              ) : null}
            </div>
          </div>
          {secretariat && tool === 'structure' ? (
            <StructurePanel session={session} table={table} onClose={() => setTool(null)} />
          ) : null}
          {secretariat && tool === 'import' ? (
            <CsvImportDialog doc={session.doc} onClose={() => setTool(null)} />
          ) : null}
          <div className="table-notice-region" role="status" aria-live="polite">
            {notice ? (
              <p className="access-notice table-notice" data-testid="table-notice">
                {notice}
              </p>
            ) : null}
            {comments.notice ? (
              <p className="access-notice table-notice" data-testid="comments-notice">
                {comments.notice}
              </p>
            ) : null}
          </div>
          {showOverview ? (
            <TableOverview session={session} table={table} now={now} />
          ) : (
            <div
              className={`table-body${comments.sidebarOpen ? ' table-body--comments-open' : ''}`}
            >
              <TableGrid
                session={session}
                table={table}
                rows={shown.rows}
                columns={shown.columns}
                account={account}
                viewer={viewer}
                now={now}
                onNotice={setNotice}
                openThreads={comments.openByCell}
                threadCell={comments.activeCell}
                canComment={canComment(commentViewer)}
                onComment={comments.commentOnCell}
                onShowThreads={comments.showCellThreads}
              />
              {comments.sidebarOpen ? (
                <CommentsSidebar
                  id="table-comments"
                  documentName={session.name}
                  doc={session.doc}
                  threads={comments.threads}
                  isDetached={comments.isDetached}
                  locationOf={comments.locationOf}
                  activeId={comments.activeId}
                  onSelect={comments.select}
                  viewer={commentViewer}
                  zone={zone}
                  draft={comments.draft}
                  onCreate={comments.createThread}
                  onCancelDraft={comments.cancelDraft}
                  onClose={() => comments.setSidebarOpen(false)}
                  emptyText="No comments yet — pick a cell and press Ctrl+Alt+M"
                />
              ) : null}
            </div>
          )}
        </>
      )}
    </main>
  );
}
