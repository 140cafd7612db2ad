/**
 * The thread named in the address (`?thread=<id>`, as the inbox links), and keeping the
 * address in step with the thread shown, so a copied address opens the same thread. Only the
 * query changes (history.replaceState): no navigation, no new history entry.
 */

/** The query parameter naming a thread. */
export const THREAD_PARAM = 'thread';

/** The thread id in the current address, if any. */
export function threadInAddress(): string | null {
  return new URLSearchParams(window.location.search).get(THREAD_PARAM);
}

/** Puts `threadId` in the address (or takes it out when null). */
export function showThreadInAddress(threadId: string | null): void {
  const url = new URL(window.location.href);
  if (threadId === null) url.searchParams.delete(THREAD_PARAM);
  else url.searchParams.set(THREAD_PARAM, threadId);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/** Whether a key event is the "comment on this" shortcut (Ctrl+Alt+M, or Cmd+Option+M). */
export function isCommentShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM'
  );
}

/**
 * Calls `onThread` with the thread in the address whenever the address changes without the
 * page changing (an inbox link to a thread of the document already open, back and forward).
 */
export function subscribeThreadInAddress(onThread: (threadId: string) => void): () => void {
  const handle = () => {
    const id = threadInAddress();
    if (id !== null) onThread(id);
  };
  window.addEventListener('popstate', handle);
  window.addEventListener('dc-planner:navigate', handle);
  return () => {
    window.removeEventListener('popstate', handle);
    window.removeEventListener('dc-planner:navigate', handle);
  };
}
