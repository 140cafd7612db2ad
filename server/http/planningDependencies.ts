/** What the calls, calendar, action item and live routes need from createServer. */
import type { ActionService } from '../actions/ActionService';
import type { CallService } from '../calls/CallService';
import type { LiveChannel } from '../live/LiveChannel';

/** Services and helpers of the planning routes. */
export interface PlanningDependencies {
  readonly calls: CallService;
  readonly actions: ActionService;
  readonly channel: LiveChannel;
  /** The clock of closing dates and review times. */
  readonly now: () => number;
  /** Heartbeat interval of live streams in ms (HEARTBEAT_MS by default). */
  readonly heartbeatMs?: number;
  /** Absolute URL of a path (the calendar feed link). */
  readonly absoluteUrl: (path: string, requestUrl: string) => string;
}
