/**
 * What an address that is not a page of DC Planner shows: a way back to the documents.
 */
import { AppLink } from '../routing/AppLink';

/** The "no such page" page. */
export function NotFoundPage() {
  return (
    <main id="main" className="not-found">
      <h1>There is no page at this address</h1>
      <p>The link may be mistyped, or the document may have been renamed.</p>
      <p>
        <AppLink href="/" className="button button--primary">
          Go to the documents
        </AppLink>
      </p>
    </main>
  );
}
