/**
 * The document route (loaded lazily, so the home page stays small): the header with title,
 * who is here and the sync status, the toolbar, the outline, the page itself and a status bar
 * with the word count.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { findWorkspaceDocument } from '../../../shared/workspace/documentCatalogue';
import type { Account } from '../account/account';
import { useDocumentAccess } from './useDocumentAccess';
import { useDocumentSession } from './useDocumentSession';
import { CollaborativeEditor } from './CollaborativeEditor';
import '../styles/editor.css';
import '../styles/comments.css';

const noSubscription = (): (() => void) => () => undefined;

/** Props of EditorPage. */
export interface EditorPageProps {
  readonly name: string;
  readonly account: Account;
}

/** The editor route. */
export function EditorPage({ name, account }: EditorPageProps) {
  const session = useDocumentSession(name);
  const online = useSyncExternalStore(
    session?.provider.subscribe ?? noSubscription,
    () => session?.provider.getStatus().connection === 'online',
  );
  const access = useDocumentAccess(name, account.role, online);
  const title = findWorkspaceDocument(name)?.title ?? name;

  useEffect(() => {
    document.title = `${title} · DC Planner`;
  }, [title]);

  if (session === null) {
    return (
      <main id="main" className="editor-loading" role="status">
        Opening {title}…
      </main>
    );
  }
  return (
    <CollaborativeEditor
      key={`${name}:${session.doc.clientID}`}
      session={session}
      account={account}
      access={access}
      title={title}
    />
  );
}
