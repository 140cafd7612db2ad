/**
 * React access to the stored identity, shared by every component through one small store, so
 * changing one's name updates the header, the avatars and the carets together.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Identity } from './identity';
import { loadIdentity, saveIdentity } from './identity';

const listeners = new Set<() => void>();
let current: Identity | null | undefined;

const read = (): Identity | null => {
  if (current === undefined) current = loadIdentity(window.localStorage);
  return current;
};

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  const handleStorage = (event: StorageEvent): void => {
    if (event.storageArea !== window.localStorage) return;
    current = loadIdentity(window.localStorage);
    listener();
  };
  window.addEventListener('storage', handleStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', handleStorage);
  };
};

/** The identity (null before the first visit's form is filled) and a setter that stores it. */
export function useIdentity(): {
  identity: Identity | null;
  setIdentity: (identity: Identity) => void;
} {
  const identity = useSyncExternalStore(subscribe, read);
  const setIdentity = useCallback((next: Identity) => {
    saveIdentity(window.localStorage, next);
    current = next;
    for (const listener of [...listeners]) listener();
  }, []);
  return { identity, setIdentity };
}
