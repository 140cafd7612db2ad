/**
 * The current route from the address bar, and navigation without a page load (history API).
 */
import { useSyncExternalStore } from 'react';
import type { Route } from './routes';
import { parseRoute } from './routes';

const NAVIGATE_EVENT = 'dc-planner:navigate';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
};

const readPath = (): string => window.location.pathname;

/** Goes to `path` inside the app; `replace` drops the current address from the history. */
export function navigate(path: string, { replace = false } = {}): void {
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/** The route of the current address; re-renders on navigation. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, readPath);
  return parseRoute(path);
}
