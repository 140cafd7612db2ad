/**
 * The client's addresses: the document list at `/` and each document at `/doc/<name>`.
 * Parsing is pure so it is tested without a browser; the server answers every non-API path
 * with index.html, so these addresses survive a reload.
 */
import { isValidDocName } from '../../../shared/docName';

/** A parsed address. */
export type Route =
  | { readonly kind: 'home' }
  | { readonly kind: 'document'; readonly name: string }
  | { readonly kind: 'notFound'; readonly path: string };

/** The path of document `name`. */
export function documentPath(name: string): string {
  return `/doc/${encodeURIComponent(name)}`;
}

/** Reads a pathname into a route. */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { kind: 'home' };
  const match = /^\/doc\/([^/]+)$/.exec(path);
  if (match) {
    let name: string;
    try {
      name = decodeURIComponent(match[1]!);
    } catch {
      return { kind: 'notFound', path };
    }
    if (isValidDocName(name)) return { kind: 'document', name };
  }
  return { kind: 'notFound', path };
}
