/**
 * The action items and the call titles they link to, kept live; and the reader's "today" in
 * their zone, for the due-soon and overdue flags.
 */
import { useMemo } from 'react';
import type { ActionItem } from '../../../shared/actions/actionTypes';
import { LiveTopics } from '../../../shared/live/liveTopics';
import { dateInZone } from '../../../shared/time/zonedTime';
import type { CallView } from '../calls/callsApi';
import { fetchCalls } from '../calls/callsApi';
import { useLiveResource } from '../live/useLiveResource';
import { fetchActions } from './actionsApi';

/** What action item lists show. */
export interface ActionItemsState {
  readonly items: readonly ActionItem[] | null;
  readonly calls: readonly CallView[];
  readonly callTitles: ReadonlyMap<string, string>;
  readonly error: string | null;
  readonly reload: () => void;
  readonly today: string;
}

/** The live action items. */
export function useActionItems(zone: string): ActionItemsState {
  const actions = useLiveResource(fetchActions, [LiveTopics.actions], 'actions');
  const calls = useLiveResource(fetchCalls, [LiveTopics.calls], 'calls');
  const callTitles = useMemo(
    () => new Map((calls.data ?? []).map((call) => [call.id, call.title])),
    [calls.data],
  );
  return {
    items: actions.data,
    calls: calls.data ?? [],
    callTitles,
    error: actions.error,
    reload: actions.reload,
    today: dateInZone(Date.now(), zone),
  };
}
