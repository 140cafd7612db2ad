/**
 * Who is who, for comments: GET /api/directory (every person's id, name, role and DCs, and the
 * DCs' names; never e-mails), fetched once per page and shared by every component that shows
 * an author or offers @-mention autocomplete. A mounted hook refreshes a directory older than
 * a minute, so people invited meanwhile appear without a reload.
 */
import { useEffect, useState } from 'react';
import type { Role } from '../../../shared/access/roles';
import { apiRequest } from '../api/apiRequest';
import type { Directory, DirectoryDc, DirectoryPerson } from '../../../shared/comments/directory';

export type { Directory, DirectoryDc, DirectoryPerson } from '../../../shared/comments/directory';

/** What useDirectory gives. */
export interface DirectoryState {
  /** The directory, or null until first loaded. */
  readonly directory: Directory | null;
  /** Why loading failed, if it did (the last good directory stays). */
  readonly error: string | null;
}

/** How long a fetched directory counts as fresh, in ms. */
const FRESH_MS = 60_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unexpected = (): Error => new Error('The server sent an unexpected answer.');

/** Reads and checks the server's answer. */
export function readDirectory(body: unknown): Directory {
  if (!isRecord(body) || !Array.isArray(body.people) || !Array.isArray(body.dcs))
    throw unexpected();
  const people = body.people.map((value): DirectoryPerson => {
    if (
      !isRecord(value) ||
      typeof value.id !== 'string' ||
      typeof value.name !== 'string' ||
      typeof value.role !== 'string' ||
      !Array.isArray(value.dcs)
    )
      throw unexpected();
    return {
      id: value.id,
      name: value.name,
      role: value.role as Role,
      dcs: value.dcs.filter((dc): dc is string => typeof dc === 'string'),
      active: value.active !== false,
    };
  });
  const dcs = body.dcs.map((value): DirectoryDc => {
    if (!isRecord(value) || typeof value.id !== 'string' || typeof value.name !== 'string')
      throw unexpected();
    return { id: value.id, name: value.name };
  });
  return { people, dcs };
}

/** Fetches the directory (uncached). */
export async function fetchDirectory(signal?: AbortSignal): Promise<Directory> {
  return readDirectory(await apiRequest('/api/directory', { signal }));
}

let state: DirectoryState = { directory: null, error: null };
let fetchedAt = 0;
let pending: Promise<void> | null = null;
const subscribers = new Set<(next: DirectoryState) => void>();

const publish = (next: DirectoryState): void => {
  state = next;
  for (const subscriber of [...subscribers]) subscriber(state);
};

/** Loads the directory unless a fresh one is cached (or `force`) or a load is under way. */
export function refreshDirectory(force = false): Promise<void> {
  if (pending) return pending;
  if (!force && state.directory && Date.now() - fetchedAt < FRESH_MS) return Promise.resolve();
  const load = fetchDirectory().then(
    (directory) => {
      fetchedAt = Date.now();
      publish({ directory, error: null });
    },
    (caught: unknown) => {
      publish({
        directory: state.directory,
        error: caught instanceof Error ? caught.message : 'The directory could not be loaded.',
      });
    },
  );
  pending = load.finally(() => {
    pending = null;
  });
  return pending;
}

/** The cached directory, loading it on first use; every component shares one copy. */
export function useDirectory(): DirectoryState {
  const [current, setCurrent] = useState<DirectoryState>(state);
  useEffect(() => {
    subscribers.add(setCurrent);
    setCurrent(state);
    void refreshDirectory();
    return () => {
      subscribers.delete(setCurrent);
    };
  }, []);
  return current;
}

/** The person with account id `id`, if the directory knows them. */
export function directoryPerson(
  directory: Directory | null,
  id: string,
): DirectoryPerson | undefined {
  return directory?.people.find((person) => person.id === id);
}

/** A person's name for display: the directory's, else "Someone". */
export function personName(directory: Directory | null, id: string): string {
  return directoryPerson(directory, id)?.name ?? 'Someone';
}

/** A DC's name for display: the directory's, else its id. */
export function dcName(directory: Directory | null, id: string): string {
  return directory?.dcs.find((dc) => dc.id === id)?.name ?? id;
}

/** Forgets the cached directory (sign-out, tests). */
export function clearDirectoryCache(): void {
  fetchedAt = 0;
  state = { directory: null, error: null };
}
