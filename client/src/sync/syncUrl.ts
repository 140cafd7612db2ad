/**
 * Where a document's websocket lives: same host as the page, wss: on https pages.
 */

/** The sync websocket URL of document `name` for a page at `location`. */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'>, name: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/sync/${encodeURIComponent(name)}`;
}
