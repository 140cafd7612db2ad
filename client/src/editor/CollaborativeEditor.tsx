/**
 * The editing screen of one open document. The Tiptap editor is bound to the session's Y.Doc
 * and awareness; React re-renders only the parts whose state changed (toolbar, status,
 * avatars, outline), never the document on each keystroke. People who may only read or
 * comment get a read-only editor and a sentence saying so; a connection the server closed
 * for want of a session sends the person to the sign-in page. Comments: highlights in the
 * text, a "Comment" button and Ctrl+Alt+M for the selection, and the threads' sidebar.
 */
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DocumentAccess } from '../../../shared/access/roles';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import {
  findWorkspaceDocument,
  documentKindLabels,
} from '../../../shared/workspace/documentCatalogue';
import type { Account } from '../account/account';
import { endSession } from '../account/accountStore';
import { canComment } from '../comments/commentAbilities';
import { CommentEvents } from '../comments/commentEvents';
import { CommentsSidebar } from '../comments/CommentsSidebar';
import { useDocumentComments } from '../comments/useDocumentComments';
import { InboxLink } from '../inbox/InboxLink';
import { AccountMenu } from '../components/AccountMenu';
import { AvatarRow } from '../presence/AvatarRow';
import { usePeople } from '../presence/usePeople';
import { AppLink } from '../routing/AppLink';
import type { DocumentSession } from '../sync/documentSession';
import { useTimeZone } from '../time/timeZonePreference';
import { DOCUMENT_FRAGMENT } from '../../../shared/editor/schemaExtensions';
import { accessNotice, canEditText } from './accessNotice';
import { awarenessUser, createEditorExtensions } from './editorExtensions';
import { icons } from './icons';
import { LinkBar } from './LinkBar';
import { LinkEditor } from './LinkEditor';
import { Outline } from './Outline';
import { ConnectionBanner, SyncStatus } from './SyncStatus';
import { Toolbar } from './Toolbar';
import { useDocumentStats } from './useDocumentStats';

/** Props of CollaborativeEditor. */
export interface CollaborativeEditorProps {
  readonly session: DocumentSession;
  readonly account: Account;
  /** What the person may do here; null while it is being asked (read-only until known). */
  readonly access: DocumentAccess | null;
  readonly title: string;
}

/** The document editing screen. */
export function CollaborativeEditor({ session, account, access, title }: CollaborativeEditorProps) {
  const [linkEditorOpen, setLinkEditorOpen] = useState(false);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const [resetNoticeShown, setResetNoticeShown] = useState(session.resetReason !== null);
  const editable = canEditText(access);
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const openLinkEditor = useCallback(() => {
    if (editableRef.current) setLinkEditorOpen(true);
  }, []);
  const closeLinkEditor = useCallback(() => setLinkEditorOpen(false), []);
  const closeOutline = useCallback(() => setOutlineOpen(false), []);
  const handleRetry = useCallback(() => session.provider.reconnectNow(), [session]);
  const firstAccount = useRef(account);
  // One per editor: the screen is remounted for another session (see EditorPage's key).
  const [commentEvents] = useState(() => new CommentEvents());

  // Kept the same across renders: Tiptap compares options on every render and, when they
  // differ, hands them to the editor again.
  const extensions = useMemo(
    () =>
      createEditorExtensions({
        doc: session.doc,
        awareness: session.awareness,
        account: firstAccount.current,
        onLinkShortcut: openLinkEditor,
        commentEvents,
      }),
    [session, openLinkEditor, commentEvents],
  );
  const editorProps = useMemo(
    () => ({
      attributes: {
        id: 'document-editor',
        class: 'document',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': title,
        spellcheck: 'true',
      },
    }),
    [title],
  );
  const editor = useEditor(
    {
      extensions,
      editable: editableRef.current,
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      editorProps,
    },
    [session],
  );

  useEffect(() => {
    if (!editor.isDestroyed) editor.commands.updateUser(awarenessUser(account));
  }, [editor, account]);

  useEffect(() => {
    if (!editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
    if (!editable) setLinkEditorOpen(false);
  }, [editor, editable]);

  const status = useSyncExternalStore(session.provider.subscribe, session.provider.getStatus);

  useEffect(() => {
    if (status.closeCode === CloseCode.unauthenticated) endSession();
  }, [status.closeCode]);

  const notice = accessNotice(access);
  const people = usePeople(session.awareness);
  const stats = useDocumentStats(editor);
  const catalogued = findWorkspaceDocument(session.name);
  const [zone] = useTimeZone(account.id);
  const commentViewer = useMemo(
    () => ({ userId: account.id, role: account.role, dcs: account.dcs, access }),
    [account.id, account.role, account.dcs, access],
  );
  const comments = useDocumentComments({
    editor,
    doc: session.doc,
    fragment: session.doc.getXmlFragment(DOCUMENT_FRAGMENT),
    events: commentEvents,
    viewer: commentViewer,
  });
  const sidebarOpen = comments.sidebarOpen;
  const setSidebarOpen = comments.setSidebarOpen;

  return (
    <div
      className={`editor-page${outlineOpen ? ' editor-page--outline-open' : ''}${
        sidebarOpen ? ' editor-page--comments-open' : ''
      }`}
    >
      <a href="#document-editor" className="skip-link">
        Skip to the document
      </a>
      <div className="doc-top">
        <header className="doc-header">
          <AppLink href="/" className="doc-header__home" aria-label="All documents">
            <span className="brand-mark" aria-hidden="true">
              DC
            </span>
          </AppLink>
          <div className="doc-header__title">
            <h1>{title}</h1>
            {catalogued ? (
              <span className={`kind-badge kind-badge--${catalogued.kind}`}>
                {documentKindLabels[catalogued.kind]}
              </span>
            ) : null}
          </div>
          <SyncStatus status={status} />
          <div className="doc-header__people">
            <AvatarRow
              people={people.filter((person) => !person.isMe)}
              label="Others in this document now"
            />
            <InboxLink />
            <AccountMenu account={account} />
          </div>
        </header>
        <div className="doc-toolbar">
          <button
            type="button"
            className="toolbar__button outline-toggle"
            aria-label="Outline"
            aria-expanded={outlineOpen}
            aria-controls="document-outline"
            onClick={() => setOutlineOpen((open) => !open)}
          >
            {icons.outline}
          </button>
          <Toolbar
            editor={editor}
            onLink={openLinkEditor}
            readOnly={!editable}
            describedBy={notice ? 'access-notice' : undefined}
          />
          <div className="doc-toolbar__comments">
            <button
              type="button"
              className="button button--small comment-button"
              aria-keyshortcuts="Control+Alt+M"
              aria-disabled={canComment(commentViewer) ? undefined : true}
              title="Comment on the selected text (Ctrl+Alt+M)"
              data-testid="comment-button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={comments.startComment}
            >
              Comment
            </button>
            <button
              type="button"
              className="button button--small button--quiet comments-toggle"
              aria-expanded={sidebarOpen}
              aria-controls="document-comments"
              data-testid="comments-toggle"
              onClick={() => setSidebarOpen(!sidebarOpen)}
            >
              Comments ({comments.openCount} open)
            </button>
          </div>
        </div>
        <div role="status" aria-live="polite">
          {notice ? (
            <p id="access-notice" className="access-notice" data-testid="access-notice">
              {notice}
            </p>
          ) : null}
          {comments.notice ? (
            <p className="access-notice" data-testid="comments-notice">
              {comments.notice}
            </p>
          ) : null}
        </div>
        {session.resetReason !== null && resetNoticeShown ? (
          <div className="reset-notice" role="alert">
            <p>
              The server refused a change from this browser: {session.resetReason} Your copy was
              reset to the shared one.
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
        <ConnectionBanner status={status} onRetry={handleRetry} />
        {linkEditorOpen ? <LinkEditor editor={editor} onClose={closeLinkEditor} /> : null}
        <LinkBar editor={editor} onEdit={openLinkEditor} readOnly={!editable} />
      </div>
      <div className="doc-body">
        <aside id="document-outline" className="doc-outline">
          <Outline
            editor={editor}
            entries={stats.outline}
            ready={stats.ready}
            onNavigate={closeOutline}
          />
        </aside>
        <main id="main" className="doc-canvas">
          <div className="doc-paper">
            <EditorContent editor={editor} />
          </div>
        </main>
        {sidebarOpen ? (
          <CommentsSidebar
            id="document-comments"
            documentName={session.name}
            doc={session.doc}
            threads={comments.threads}
            isDetached={comments.isDetached}
            activeId={comments.activeId}
            onSelect={comments.select}
            viewer={commentViewer}
            zone={zone}
            draft={comments.draft}
            onCreate={comments.createThread}
            onCancelDraft={comments.cancelDraft}
            onClose={() => setSidebarOpen(false)}
            emptyText="No comments yet — select text and press Ctrl+Alt+M"
          />
        ) : null}
      </div>
      <footer className="doc-footer">
        <span data-testid="word-count">
          {stats.ready
            ? `${stats.words.toLocaleString()} ${stats.words === 1 ? 'word' : 'words'}`
            : 'Counting words…'}
        </span>
        <span className="doc-footer__people">
          {people.length === 1 ? 'Only you here' : `${people.length} people here`}
        </span>
      </footer>
    </div>
  );
}
