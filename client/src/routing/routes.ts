/**
 * The client's addresses: the document list at `/`, each document at `/doc/<name>`, the
 * mapping tables at `/tables`, each table at `/tables/<name>` with its overview at
 * `/tables/<name>/overview`, the Secretariat's People page at `/people`, calls at `/calls` and
 * `/calls/<id>`, the calendar at `/calendar`, action items at `/actions`, the inbox of replies and
 * mentions at `/inbox`, and the one-time links
 * `/invite/<secret>`,
 * `/reset/<secret>` and `/setup/<secret>`. Parsing is pure so it is tested without a browser;
 * the server answers every non-API path with index.html, so these addresses survive a reload.
 */
import { isValidDocName } from '../../../shared/docName';

/** The kinds of one-time link. */
export type LinkRouteKind = 'invite' | 'reset' | 'setup';

/** The two views of one mapping table: the grid, and the Secretariat's overview. */
export type TableRouteView = 'grid' | 'overview';

/** A parsed address. */
export type Route =
  | { readonly kind: 'home' }
  | { readonly kind: 'document'; readonly name: string }
  | { readonly kind: 'people' }
  | { readonly kind: 'calls' }
  | { readonly kind: 'call'; readonly id: string }
  | { readonly kind: 'calendar' }
  | { readonly kind: 'actions' }
  | { readonly kind: 'inbox' }
  | { readonly kind: 'tables' }
  | { readonly kind: 'table'; readonly name: string; readonly view: TableRouteView }
  | { readonly kind: 'link'; readonly link: LinkRouteKind; readonly secret: string }
  | { readonly kind: 'notFound'; readonly path: string };

/** The path of document `name`. */
export function documentPath(name: string): string {
  return `/doc/${encodeURIComponent(name)}`;
}

/** The path of call `id`. */
export function callPath(id: string): string {
  return `/calls/${encodeURIComponent(id)}`;
}

/** The path of mapping table `name` (a `table-…` document name), or of its overview. */
export function tablePath(name: string, view: TableRouteView = 'grid'): string {
  const base = `/tables/${encodeURIComponent(name)}`;
  return view === 'overview' ? `${base}/overview` : base;
}

const decode = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/** Reads a pathname into a route. */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { kind: 'home' };
  if (path === '/people') return { kind: 'people' };
  if (path === '/calls') return { kind: 'calls' };
  if (path === '/calendar') return { kind: 'calendar' };
  if (path === '/actions') return { kind: 'actions' };
  if (path === '/inbox') return { kind: 'inbox' };
  const call = /^\/calls\/([A-Za-z0-9_-]{1,80})$/.exec(path);
  if (call) return { kind: 'call', id: call[1]! };
  const link = /^\/(invite|reset|setup)\/([A-Za-z0-9_-]{8,200})$/.exec(path);
  if (link) return { kind: 'link', link: link[1] as LinkRouteKind, secret: link[2]! };
  if (path === '/tables') return { kind: 'tables' };
  const table = /^\/tables\/(table-[^/]+?)(\/overview)?$/.exec(path);
  if (table) {
    const name = decode(table[1]!);
    if (name !== null && isValidDocName(name)) {
      return { kind: 'table', name, view: table[2] ? 'overview' : 'grid' };
    }
  }
  const match = /^\/doc\/([^/]+)$/.exec(path);
  if (match) {
    const name = decode(match[1]!);
    if (name !== null && isValidDocName(name)) return { kind: 'document', name };
  }
  return { kind: 'notFound', path };
}

/** Whether a route is shown to people who are not signed in (the one-time links). */
export function isPublicRoute(route: Route): boolean {
  return route.kind === 'link';
}
