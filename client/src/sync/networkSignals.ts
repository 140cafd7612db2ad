/**
 * The browser's online/offline signals behind a small interface, so the sync provider can be
 * tested in Node and reacts at once when the network comes back.
 */

/** Whether the device has a network, and when that changes. */
export interface NetworkSignals {
  isOnline(): boolean;
  /** Calls `onChange` with the new value; returns the unsubscribe function. */
  subscribe(onChange: (online: boolean) => void): () => void;
}

/** The browser's navigator.onLine and online/offline events. */
export function browserNetworkSignals(): NetworkSignals {
  return {
    isOnline: () => navigator.onLine,
    subscribe: (onChange) => {
      const handleOnline = (): void => onChange(true);
      const handleOffline = (): void => onChange(false);
      window.addEventListener('online', handleOnline);
      window.addEventListener('offline', handleOffline);
      return () => {
        window.removeEventListener('online', handleOnline);
        window.removeEventListener('offline', handleOffline);
      };
    },
  };
}
