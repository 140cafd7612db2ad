/**
 * The two calls of DCCG meeting 55: DCs that want to join the October intersessional session,
 * and DCs' public sessions (September to November) for the preparatory-phase calendar. Their
 * closing dates follow the seeded deadlines (nextOccurrence), so a fresh workspace starts with
 * both open.
 */
import { nextOccurrence } from '../time/nextOccurrence';
import { wallClockToInstant } from '../time/zonedTime';
import type { Call } from './callTypes';
import { Audiences, FieldKinds } from './callTypes';

/** The zone of the Secretariat (Geneva), in which seeded closing times are set. */
export const SECRETARIAT_ZONE = 'Europe/Zurich';

/** Ids of the seeded calls. */
export const SeededCallIds = {
  intersessional: 'intersessional-signup',
  preparatorySessions: 'preparatory-sessions',
} as const;

const closingAt = (date: string): string => {
  const result = wallClockToInstant(`${date}T23:59`, SECRETARIAT_ZONE);
  if (!result.ok) throw new Error(result.problem);
  return result.utc;
};

/** The seeded calls for a workspace seeded on `today` (`YYYY-MM-DD`) at `at` (ms). */
export function seededCalls(today: string, at: number): Call[] {
  const common = {
    audience: Audiences.allDcs,
    dcs: [],
    closesZone: SECRETARIAT_ZONE,
    createdAt: at,
    createdBy: 'Secretariat',
  } as const;
  return [
    {
      ...common,
      id: SeededCallIds.intersessional,
      title: 'October intersessional session: DCs that want to take part',
      explanation:
        'The intersessional session of the IGF 2021 preparatory and engagement phase is held in October (exact date to be confirmed). DCs interested in joining it tell the Secretariat here. Details on the date and content of the session will be shared later.',
      closesAt: closingAt(nextOccurrence({ month: 9, day: 30 }, today)),
      multiple: false,
      onCalendar: false,
      fields: [
        {
          id: 'contact',
          label: 'Contact person',
          kind: FieldKinds.shortText,
          required: true,
          maxLength: 200,
          help: 'Who the Secretariat writes to about the session (name and e-mail).',
        },
        {
          id: 'note',
          label: 'Note',
          kind: FieldKinds.longText,
          required: false,
          maxLength: 2000,
          help: 'Anything the Secretariat should know (optional).',
        },
      ],
    },
    {
      ...common,
      id: SeededCallIds.preparatorySessions,
      title: 'Public DC sessions for the preparatory and engagement phase calendar',
      explanation:
        'If your DC hosts a public session between September and November and wants it included in the calendar of the IGF 2021 preparatory phase, share a short session description, the date and time, and participation details. Accepted sessions appear on the calendar for everyone.',
      closesAt: closingAt(nextOccurrence({ month: 11, day: 30 }, today)),
      multiple: true,
      onCalendar: true,
      fields: [
        {
          id: 'title',
          label: 'Session title',
          kind: FieldKinds.shortText,
          required: true,
          maxLength: 200,
          help: '',
        },
        {
          id: 'description',
          label: 'Short description',
          kind: FieldKinds.longText,
          required: true,
          maxLength: 1000,
          help: 'A few sentences on what the session is about.',
        },
        {
          id: 'when',
          label: 'Date and time',
          kind: FieldKinds.timeRange,
          required: true,
          maxLength: 0,
          help: 'In your time zone; everyone else sees it in theirs.',
        },
        {
          id: 'participation',
          label: 'Participation details',
          kind: FieldKinds.longText,
          required: true,
          maxLength: 1000,
          help: 'How people join: platform, registration, languages.',
        },
        {
          id: 'registration',
          label: 'Registration link',
          kind: FieldKinds.url,
          required: false,
          maxLength: 500,
          help: 'Optional, https://…',
        },
      ],
    },
  ];
}
