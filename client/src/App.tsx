/**
 * The application shell: picks the page for the address, shows the sign-in page instead of
 * any page while nobody is signed in (the address is kept, so signing in returns to the page
 * asked for), and loads the editor only when a document is opened (React.lazy), so the other
 * pages download a fraction of the JavaScript. A document's sync starts in parallel with that
 * load, once someone is signed in.
 */
import { lazy, Suspense, useEffect } from 'react';
import { checkAccount, useAccountState } from './account/accountStore';
import { LinkPage } from './account/LinkPage';
import { SignInPage } from './account/SignInPage';
import { AppHeader } from './components/AppHeader';
import { NotFoundPage } from './components/NotFoundPage';
import { HomePage } from './home/HomePage';
import { useRoute } from './routing/useRoute';
import { isPublicRoute, parseRoute } from './routing/routes';
import { acquireSession, releaseSession, whenSyncStarted } from './sync/sessionCache';

const EditorPage = lazy(async () => {
  // Evaluating the editor code keeps the page busy for a moment: send the document's sync
  // handshake first, so the server prepares its reply meanwhile.
  const route = parseRoute(window.location.pathname);
  if (route.kind === 'document') await whenSyncStarted(route.name);
  const module = await import('./editor/EditorPage');
  return { default: module.EditorPage };
});

const PeoplePage = lazy(async () => {
  const module = await import('./people/PeoplePage');
  return { default: module.PeoplePage };
});

const CallsPage = lazy(async () => ({ default: (await import('./calls/CallsPage')).CallsPage }));
const CallPage = lazy(async () => ({ default: (await import('./calls/CallPage')).CallPage }));
const CalendarPage = lazy(async () => ({
  default: (await import('./calendar/CalendarPage')).CalendarPage,
}));
const ActionsPage = lazy(async () => ({
  default: (await import('./actions/ActionsPage')).ActionsPage,
}));
const InboxPage = lazy(async () => ({
  default: (await import('./inbox/InboxPage')).InboxPage,
}));
const TablesPage = lazy(async () => {
  const module = await import('./tables/TablesPage');
  return { default: module.TablesPage };
});

const TablePage = lazy(async () => {
  // As for documents: let the table's sync handshake go out before its code is evaluated.
  const route = parseRoute(window.location.pathname);
  if (route.kind === 'table') await whenSyncStarted(route.name);
  const module = await import('./tables/TablePage');
  return { default: module.TablePage };
});

const loading = (text: string) => (
  <main id="main" className="editor-loading" role="status">
    {text}
  </main>
);

/** The whole app. */
export function App() {
  const route = useRoute();
  const accountState = useAccountState();
  const signedIn = accountState.status === 'signedIn';
  const documentName =
    (route.kind === 'document' || route.kind === 'table') && signedIn ? route.name : null;

  useEffect(() => {
    void checkAccount();
  }, []);

  // Start syncing the document while the editor code is still downloading.
  useEffect(() => {
    if (documentName === null) return;
    void acquireSession(documentName);
    return () => releaseSession(documentName);
  }, [documentName]);

  if (isPublicRoute(route) && route.kind === 'link') return <LinkPage secret={route.secret} />;

  switch (accountState.status) {
    case 'checking':
      return loading('Opening DC Planner…');
    case 'unreachable':
      return (
        <>
          <AppHeader account={null} />
          <main id="main" className="not-found">
            <h1>DC Planner cannot be reached</h1>
            <p role="alert">Check your connection, then try again.</p>
            <button type="button" className="button" onClick={() => void checkAccount()}>
              Try again
            </button>
          </main>
        </>
      );
    case 'signedOut':
      return <SignInPage notice={accountState.notice} />;
    case 'signedIn':
      break;
  }

  const { account } = accountState;
  switch (route.kind) {
    case 'home':
      return (
        <>
          <AppHeader account={account} current="home" />
          <HomePage account={account} />
        </>
      );
    case 'document':
      return (
        <Suspense fallback={loading('Opening the editor…')}>
          <EditorPage name={route.name} account={account} />
        </Suspense>
      );
    case 'tables':
      return (
        <>
          <AppHeader account={account} current="tables" />
          <Suspense fallback={loading('Opening the tables…')}>
            <TablesPage account={account} />
          </Suspense>
        </>
      );
    case 'table':
      return (
        <Suspense fallback={loading('Opening the table…')}>
          <TablePage name={route.name} view={route.view} account={account} />
        </Suspense>
      );
    case 'people':
      return (
        <>
          <AppHeader account={account} current="people" />
          <Suspense fallback={loading('Opening People…')}>
            <PeoplePage account={account} />
          </Suspense>
        </>
      );
    case 'calls':
    case 'call':
    case 'calendar':
    case 'actions':
      return (
        <>
          <AppHeader account={account} current={route.kind === 'call' ? 'calls' : route.kind} />
          <Suspense fallback={loading('Opening…')}>
            {route.kind === 'calls' ? <CallsPage account={account} /> : null}
            {route.kind === 'call' ? <CallPage id={route.id} account={account} /> : null}
            {route.kind === 'calendar' ? <CalendarPage account={account} /> : null}
            {route.kind === 'actions' ? <ActionsPage account={account} /> : null}
          </Suspense>
        </>
      );
    case 'inbox':
      return (
        <>
          <AppHeader account={account} current="inbox" />
          <Suspense fallback={loading('Opening the inbox…')}>
            <InboxPage account={account} />
          </Suspense>
        </>
      );
    case 'notFound':
      return (
        <>
          <AppHeader account={account} />
          <NotFoundPage />
        </>
      );
  }
}
