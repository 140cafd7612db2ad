/**
 * The open session of the document the editor route shows: joined from the session cache
 * (the app shell usually started it already), followed when the cache replaces it (a copy
 * the server refused is reset), and given back when the route changes.
 */
import { useEffect, useState } from 'react';
import type { DocumentSession } from '../sync/documentSession';
import {
  acquireSession,
  currentSession,
  releaseSession,
  subscribeSessionChanges,
} from '../sync/sessionCache';

/** The open session of document `name`; null until it is ready. */
export function useDocumentSession(name: string): DocumentSession | null {
  const [session, setSession] = useState<DocumentSession | null>(null);
  useEffect(() => {
    let active = true;
    const show = (opened: DocumentSession) => {
      if (active) setSession(opened);
    };
    void acquireSession(name).then(show);
    const unsubscribe = subscribeSessionChanges((changed) => {
      if (changed === name) void currentSession(name)?.then(show);
    });
    return () => {
      active = false;
      unsubscribe();
      releaseSession(name);
    };
  }, [name]);
  return session && session.name === name ? session : null;
}
