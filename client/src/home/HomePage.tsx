/**
 * The home page: the workspace's documents with their kind, when each was last edited and who
 * is in each right now, and links to the mapping tables. Small on purpose: the editor is loaded only when a document is opened.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { sourceMeeting } from '../../../shared/workspace/referenceData';
import type { Account } from '../account/account';
import { DocumentCard } from './DocumentCard';
import { TableLinks } from './TableLinks';
import { useDocumentList } from './useDocumentList';

// Loaded apart (it brings the time-zone library), so the document list shows first.
const MyActionItems = lazy(async () => ({
  default: (await import('../actions/MyActionItems')).MyActionItems,
}));

/** Props of HomePage. */
export interface HomePageProps {
  /** The signed-in person, for "My action items". */
  readonly account?: Account;
}

/** The document list page. */
export function HomePage({ account }: HomePageProps = {}) {
  const { documents, error, refresh } = useDocumentList();
  const now = useNow(30_000);

  useEffect(() => {
    document.title = 'Documents · DC Planner';
  }, []);

  return (
    <main id="main" className="home" tabIndex={-1}>
      <div className="home__intro">
        <p className="home__eyebrow">
          {sourceMeeting.igf.edition} · {sourceMeeting.igf.theme}
        </p>
        <h1>DCCG workspace</h1>
        <p className="home__lead">
          Plan the DC main session and review documents together with the {sourceMeeting.group}.
          Everyone edits the same copy, live.
        </p>
      </div>
      {account ? (
        <Suspense fallback={null}>
          <MyActionItems account={account} />
        </Suspense>
      ) : null}
      <section aria-labelledby="documents-heading" className="home__documents">
        <h2 id="documents-heading">Documents</h2>
        {error ? (
          <div className="notice notice--error" role="alert">
            <p>The document list could not be loaded: {error}</p>
            <button type="button" className="button" onClick={refresh}>
              Try again
            </button>
          </div>
        ) : null}
        {documents === null && !error ? (
          <p className="home__loading" role="status">
            Loading documents…
          </p>
        ) : null}
        {documents !== null && documents.length === 0 ? (
          <p role="status">There are no documents yet.</p>
        ) : null}
        {documents !== null && documents.length > 0 ? (
          <ul className="document-list">
            {documents.map((summary) => (
              <li key={summary.name}>
                <DocumentCard summary={summary} now={now} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <TableLinks />
    </main>
  );
}

/** The current time, refreshed every `intervalMs`, so relative times stay right. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
