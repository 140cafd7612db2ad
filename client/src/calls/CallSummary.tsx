/**
 * A call's closing time and audience in one line: open or closed, the closing time in the
 * reader's zone with UTC beside it, and who answers.
 */
import { showInstant } from '../../../shared/time/formatInstant';
import { dcName } from './answerLabels';
import type { CallView } from './callsApi';

/** Props of CallSummary. */
export interface CallSummaryProps {
  readonly call: CallView;
  readonly zone: string;
}

/** Open/closed, closing time and audience. */
export function CallSummary({ call, zone }: CallSummaryProps) {
  const closes = showInstant(call.closesAt, zone);
  return (
    <p className="call-summary">
      <span className={`state-badge state-badge--${call.open ? 'accepted' : 'withdrawn'}`}>
        {call.open ? 'Open' : 'Closed'}
      </span>{' '}
      {call.open ? 'Closes' : 'Closed'}{' '}
      <time dateTime={call.closesAt}>
        {closes.date}, {closes.time} ({closes.offset})
      </time>{' '}
      <span className="shown-time__utc">{closes.utc}</span>
      {' · '}
      {call.audience === 'allDcs'
        ? 'Every DC may answer'
        : `For ${call.dcs.map(dcName).join(', ')}`}
      {call.multiple ? ' · several answers per DC' : ''}
    </p>
  );
}
