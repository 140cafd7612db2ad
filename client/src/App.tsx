/**
 * The application shell: picks the page for the address, asks who you are on the first
 * visit, and loads the editor only when a document is opened (React.lazy), so the home page
 * downloads a fraction of the JavaScript. A document's sync starts in parallel with that load.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { NotFoundPage } from './components/NotFoundPage';
import { HomePage } from './home/HomePage';
import { IdentityDialog } from './identity/IdentityDialog';
import { useIdentity } from './identity/useIdentity';
import { useRoute } from './routing/useRoute';
import { parseRoute } from './routing/routes';
import { acquireSession, releaseSession, whenSyncStarted } from './sync/sessionCache';

const EditorPage = lazy(async () => {
  // Evaluating the editor code keeps the page busy for a moment: send the document's sync
  // handshake first, so the server prepares its reply meanwhile.
  const route = parseRoute(window.location.pathname);
  if (route.kind === 'document') await whenSyncStarted(route.name);
  const module = await import('./editor/EditorPage');
  return { default: module.EditorPage };
});

/** The whole app. */
export function App() {
  const route = useRoute();
  const { identity, setIdentity } = useIdentity();
  const [editingIdentity, setEditingIdentity] = useState(false);
  const handleEditIdentity = () => setEditingIdentity(true);
  const documentName = route.kind === 'document' ? route.name : null;

  // Start syncing the document while the editor code is still downloading.
  useEffect(() => {
    if (documentName === null) return;
    void acquireSession(documentName);
    return () => releaseSession(documentName);
  }, [documentName]);

  let page;
  if (route.kind === 'home') {
    page = (
      <>
        <AppHeader identity={identity} onEditIdentity={handleEditIdentity} />
        <HomePage />
      </>
    );
  } else if (route.kind === 'document') {
    page = identity ? (
      <Suspense
        fallback={
          <main id="main" className="editor-loading" role="status">
            Opening the editor…
          </main>
        }
      >
        <EditorPage name={route.name} identity={identity} onEditIdentity={handleEditIdentity} />
      </Suspense>
    ) : (
      <AppHeader identity={null} onEditIdentity={handleEditIdentity} />
    );
  } else {
    page = (
      <>
        <AppHeader identity={identity} onEditIdentity={handleEditIdentity} />
        <NotFoundPage />
      </>
    );
  }

  return (
    <>
      {page}
      {identity === null ? (
        <IdentityDialog initial={null} onSave={setIdentity} />
      ) : editingIdentity ? (
        <IdentityDialog
          initial={identity}
          onSave={(next) => {
            setIdentity(next);
            setEditingIdentity(false);
          }}
          onCancel={() => setEditingIdentity(false)}
        />
      ) : null}
    </>
  );
}
