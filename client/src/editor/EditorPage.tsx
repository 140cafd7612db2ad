/**
 * The document route (loaded lazily, so the home page stays small): the header with title,
 * who is here and the sync status, the toolbar, the outline, the page itself and a status bar
 * with the word count.
 */
import { useEffect } from 'react';
import { findWorkspaceDocument } from '../../../shared/workspace/documentCatalogue';
import type { Identity } from '../identity/identity';
import { useDocumentSession } from './useDocumentSession';
import { CollaborativeEditor } from './CollaborativeEditor';
import '../styles/editor.css';

/** Props of EditorPage. */
export interface EditorPageProps {
  readonly name: string;
  readonly identity: Identity;
  readonly onEditIdentity: () => void;
}

/** The editor route. */
export function EditorPage({ name, identity, onEditIdentity }: EditorPageProps) {
  const session = useDocumentSession(name);
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
      key={name}
      session={session}
      identity={identity}
      title={title}
      onEditIdentity={onEditIdentity}
    />
  );
}
