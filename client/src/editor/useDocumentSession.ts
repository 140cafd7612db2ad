/**
 * The open session of the document the editor route shows: joined from the session cache
 * (the app shell usually started it already) and given back when the route changes.
 */
import { useEffect, useState } from 'react';
import type { DocumentSession } from '../sync/documentSession';
import { acquireSession, releaseSession } from '../sync/sessionCache';

/** The open session of document `name`; null until it is ready. */
export function useDocumentSession(name: string): DocumentSession | null {
  const [session, setSession] = useState<DocumentSession | null>(null);
  useEffect(() => {
    let active = true;
    void acquireSession(name).then((opened) => {
      if (active) setSession(opened);
    });
    return () => {
      active = false;
      releaseSession(name);
    };
  }, [name]);
  return session && session.name === name ? session : null;
}
