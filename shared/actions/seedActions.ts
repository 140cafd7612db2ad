/**
 * The action items of DCCG meeting 55 (2 September 2021), with the report's deadlines dated
 * like the seeded tables (nextOccurrence): a freshly seeded workspace starts with them open.
 */
import { SeededCallIds, seededCalls } from '../calls/seedCalls';
import { SEEDED_TABLES } from '../tables/seededTables';
import { nextOccurrence } from '../time/nextOccurrence';
import { dateInZone } from '../time/zonedTime';
import { sourceMeeting } from '../workspace/referenceData';
import type { ActionInput } from './actionSchema';

/** The meeting the seeded items come from. */
export const SEEDED_MEETING = `DCCG meeting ${sourceMeeting.number} (2 September 2021)`;

/** The seeded action items for a workspace seeded on `today` (`YYYY-MM-DD`). */
export function seededActions(today: string, at: number): ActionInput[] {
  const calls = seededCalls(today, at);
  const closingDay = (id: string): string => {
    const call = calls.find((candidate) => candidate.id === id)!;
    return dateInZone(call.closesAt, call.closesZone);
  };
  const dcs = [{ kind: 'allDcs' as const }];
  const secretariat = [{ kind: 'secretariat' as const }];
  const item = (fields: Omit<ActionInput, 'meeting' | 'status'>): ActionInput => ({
    meeting: SEEDED_MEETING,
    status: 'open',
    ...fields,
  });
  return [
    item({
      what: 'Review the main session planning document and add further suggestions on how to shape the DC main session.',
      owners: dcs,
      due: null,
      link: { kind: 'document', name: 'main-session-plan' },
    }),
    item({
      what: 'Indicate in the planning document how your current and planned work relates to the IGF 2021 issue areas (and related policy questions).',
      owners: dcs,
      due: null,
      link: { kind: 'document', name: 'main-session-plan' },
    }),
    item({
      what: 'DCs interested in the October intersessional session: tell the Secretariat.',
      owners: dcs,
      due: closingDay(SeededCallIds.intersessional),
      link: { kind: 'call', id: SeededCallIds.intersessional },
    }),
    item({
      what: 'DCs hosting public sessions between September and November: submit them for the preparatory phase calendar (short description, date and time, participation details).',
      owners: dcs,
      due: closingDay(SeededCallIds.preparatorySessions),
      link: { kind: 'call', id: SeededCallIds.preparatorySessions },
    }),
    item({
      what: 'Contribute to the mapping of linkages between IGF activities and the Roadmap for digital cooperation (MAG WG-Strategy).',
      owners: dcs,
      due: nextOccurrence({ month: 9, day: 10 }, today),
      link: { kind: 'document', name: SEEDED_TABLES.roadmapLinkages },
    }),
    item({
      what: 'Review the frequently asked questions on modalities for the hybrid IGF (MAG WG-Hybrid): comments and further questions as soon as possible.',
      owners: dcs,
      due: null,
      link: { kind: 'document', name: 'hybrid-faq' },
    }),
    item({
      what: 'Share the draft DC paper with the DCCG for review and feedback.',
      owners: secretariat,
      due: nextOccurrence({ month: 9, day: 30 }, today),
      link: { kind: 'document', name: 'dc-paper' },
    }),
    item({
      what: 'Invite the Office of the Tech Envoy to the DC main session once more details about the session are available.',
      owners: secretariat,
      due: null,
      link: { kind: 'document', name: 'main-session-plan' },
    }),
    item({
      what: 'Hold the next DC main session planning meeting (in about two weeks).',
      owners: secretariat,
      due: nextOccurrence({ month: 9, day: 16 }, today),
      link: null,
    }),
  ];
}
