/**
 * The signed-in person's inbox, kept fresh by the live channel's `comments` topic (announced
 * whenever any thread changes). Marking items as read changes no thread, so no topic comes:
 * every inbox shown on the page (the header's badge, the inbox page) is reloaded directly, and
 * the person's other tabs of this browser are told through a BroadcastChannel.
 */
import { useCallback, useEffect, useState } from 'react';
import { LiveTopics } from '../../../shared/live/liveTopics';
import { useLiveResource } from '../live/useLiveResource';
import { fetchInbox, markInboxRead, type Inbox } from './inboxApi';

const TOPICS = [LiveTopics.comments] as const;

/** The reload functions of every mounted inbox. */
const mounted = new Set<() => void>();

const reloadAll = () => {
  for (const reloadOne of [...mounted]) reloadOne();
};

/** Tells this browser's other tabs that read marks changed (absent in old browsers). */
const otherTabs =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('dc-planner-inbox');
if (otherTabs) otherTabs.onmessage = reloadAll;

/** What useInbox gives. */
export interface InboxState {
  /** The inbox, or null until first loaded. */
  readonly inbox: Inbox | null;
  /** Why loading or marking failed, if it did. */
  readonly error: string | null;
  readonly reload: () => void;
  /** Marks items (or all) as read, then reloads. */
  readonly markRead: (which: readonly string[] | 'all') => Promise<void>;
  /** True while a mark-as-read request is under way. */
  readonly marking: boolean;
}

/** The inbox of the person signed in as `accountId`. */
export function useInbox(accountId: string): InboxState {
  const resource = useLiveResource<Inbox>((signal) => fetchInbox(signal), TOPICS, accountId);
  const [marking, setMarking] = useState(false);
  const [markError, setMarkError] = useState<string | null>(null);
  const { reload } = resource;
  useEffect(() => {
    mounted.add(reload);
    return () => {
      mounted.delete(reload);
    };
  }, [reload]);
  const markRead = useCallback(async (which: readonly string[] | 'all') => {
    setMarking(true);
    setMarkError(null);
    try {
      await markInboxRead(which);
    } catch (caught) {
      setMarkError(caught instanceof Error ? caught.message : 'That did not work. Try again.');
    } finally {
      setMarking(false);
      reloadAll();
      otherTabs?.postMessage('read');
    }
  }, []);
  return {
    inbox: resource.data,
    error: markError ?? resource.error,
    reload,
    markRead,
    marking,
  };
}
