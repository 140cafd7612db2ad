/**
 * Seeds the calls and action items of the meeting report on the first start of a workspace,
 * dated from that day (nextOccurrence), once: a marker remembers it, so items the Secretariat
 * later removes or completes are never brought back.
 */
import type { Logger } from 'pino';
import { seededActions } from '../../shared/actions/seedActions';
import { seededCalls } from '../../shared/calls/seedCalls';
import type { ActionService } from '../actions/ActionService';
import type { MarkerStore } from '../actions/ActionStore';
import type { CallStore } from '../calls/CallStore';

const MARKER = 'seeded-meeting-55';

/** Seeds calls and action items if this workspace never had them. */
export async function seedPlanning(
  store: CallStore & MarkerStore,
  actions: ActionService,
  now: number,
  log: Logger,
): Promise<void> {
  if ((await store.getMarker(MARKER)) !== null) return;
  const today = new Date(now).toISOString().slice(0, 10);
  for (const call of seededCalls(today, now)) {
    if (!(await store.getCall(call.id))) await store.saveCall(call);
  }
  for (const [index, item] of seededActions(today, now).entries())
    await actions.seed(item, now + index);
  await store.setMarker(MARKER, now);
  log.info({ today }, 'seeded the calls and action items of the meeting report');
}
