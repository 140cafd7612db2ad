/**
 * The people in a document right now, from its awareness, re-rendering only when someone
 * arrives, leaves or changes their name, DC or colour (not on every caret move).
 */
import type { Awareness } from 'y-protocols/awareness';
import type { Person } from './peopleFromStates';
import { peopleFromStates } from './peopleFromStates';
import { useAwarenessSnapshot } from './useAwarenessSnapshot';

/** How often the list may change while carets move, in ms. */
const REFRESH_MS = 150;

const readPeople = (awareness: Awareness): Person[] =>
  peopleFromStates(awareness.getStates(), awareness.clientID);

/** The people who have the document open, me first. */
export function usePeople(awareness: Awareness): Person[] {
  return useAwarenessSnapshot(awareness, readPeople, REFRESH_MS);
}
