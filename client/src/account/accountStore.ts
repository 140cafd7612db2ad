/**
 * Who is signed in, shared by every component through one small store: checked once with
 * GET /api/me when the app starts, set by the sign-in and link pages, ended by signing out or
 * by any request or websocket that finds the session gone. The last account is remembered in
 * this browser (no secret: the session itself is an HttpOnly cookie), so a page reloaded while
 * the server is unreachable still opens documents from their offline copies.
 */
import { useSyncExternalStore } from 'react';
import { onUnauthenticated } from '../api/apiRequest';
import { ApiRequestError } from '../api/apiError';
import type { Account } from './account';
import { parseAccount } from './account';
import { reconnectAllSessions } from '../sync/sessionCache';
import { fetchMe, signOut } from './authApi';

/** Where signing in stands. */
export type AccountState =
  | { readonly status: 'checking' }
  | { readonly status: 'signedOut'; readonly notice: string | null }
  | { readonly status: 'unreachable' }
  | { readonly status: 'signedIn'; readonly account: Account };

/** localStorage key of the last signed-in account. */
export const ACCOUNT_STORAGE_KEY = 'dc-planner:account';

/** Shown on the sign-in page when a session ends while working. */
export const SESSION_ENDED_NOTICE = 'Your session has ended. Please sign in again to keep working.';

const listeners = new Set<() => void>();
let state: AccountState = { status: 'checking' };
let checking: Promise<void> | null = null;

const setState = (next: AccountState): void => {
  state = next;
  for (const listener of [...listeners]) listener();
};

const remember = (account: Account | null): void => {
  try {
    if (account) window.localStorage.setItem(ACCOUNT_STORAGE_KEY, JSON.stringify(account));
    else window.localStorage.removeItem(ACCOUNT_STORAGE_KEY);
  } catch {
    // Storage refused (private mode, full): the account is simply not kept for offline use.
  }
};

const remembered = (): Account | null => {
  try {
    const raw = window.localStorage.getItem(ACCOUNT_STORAGE_KEY);
    return raw === null ? null : parseAccount(JSON.parse(raw));
  } catch {
    return null;
  }
};

/** Whether someone signed in on this browser before and has not signed out. */
export function hasRememberedAccount(): boolean {
  return remembered() !== null;
}

/** The current state (same object until it changes). */
export function getAccountState(): AccountState {
  return state;
}

/** Asks the server who is signed in (once; call again after "Try again"). */
export function checkAccount(): Promise<void> {
  checking ??= fetchMe()
    .then(
      (account) => setSignedIn(account),
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 401) {
          remember(null);
          setState({ status: 'signedOut', notice: null });
          return;
        }
        const last = remembered();
        setState(last ? { status: 'signedIn', account: last } : { status: 'unreachable' });
      },
    )
    .finally(() => {
      checking = null;
    });
  return checking;
}

/** Records a successful sign-in (sign-in page, one-time link). */
export function setSignedIn(account: Account): void {
  remember(account);
  // Connections stopped for want of a session may go again, before the editor shows them.
  reconnectAllSessions();
  setState({ status: 'signedIn', account });
}

/** The session ended (a 401 or websocket close 4401): show the sign-in page with `notice`. */
export function endSession(notice: string = SESSION_ENDED_NOTICE): void {
  if (state.status === 'signedOut') return;
  remember(null);
  setState({ status: 'signedOut', notice });
}

/** Signs out on the server and here. */
export async function signOutNow(): Promise<void> {
  try {
    await signOut();
  } finally {
    remember(null);
    setState({ status: 'signedOut', notice: 'You are signed out.' });
  }
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

onUnauthenticated(() => endSession());

/** The account state; re-renders when it changes. */
export function useAccountState(): AccountState {
  return useSyncExternalStore(subscribe, getAccountState);
}
