/**
 * What a call and an answer are: the Secretariat opens a call (title, explanation, who may
 * answer, closing date, fields of its choice); a DC answers it, saves drafts, submits, edits
 * until the call closes, withdraws; the Secretariat accepts or declines with a note. Plain
 * types shared by the server, the browser and the store.
 */

/** The kinds of field a call can ask for. */
export const FieldKinds = {
  /** One line of text (a name, a title). */
  shortText: 'shortText',
  /** A paragraph (a description, participation details). */
  longText: 'longText',
  /** An http or https address (a registration link). */
  url: 'url',
  /** A start and end date and time, entered in the person's own time zone. */
  timeRange: 'timeRange',
} as const;

/** A field kind. */
export type FieldKind = (typeof FieldKinds)[keyof typeof FieldKinds];

/** One field of a call. */
export interface CallField {
  /** Key of the value in answers: lowercase letters, digits, hyphens. */
  readonly id: string;
  /** What people see, and what error messages name. */
  readonly label: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  /** Longest text accepted (text kinds). */
  readonly maxLength: number;
  /** A hint shown under the field. */
  readonly help: string;
}

/** Who may answer a call. */
export const Audiences = {
  /** A member of any Dynamic Coalition answers for their DC. */
  allDcs: 'allDcs',
  /** Only members of the listed DCs. */
  someDcs: 'someDcs',
} as const;

/** An audience. */
export type Audience = (typeof Audiences)[keyof typeof Audiences];

/** A call the Secretariat opened. */
export interface Call {
  /** Stable id, used in addresses. */
  readonly id: string;
  readonly title: string;
  readonly explanation: string;
  readonly audience: Audience;
  /** The DCs that may answer when the audience is someDcs. */
  readonly dcs: readonly string[];
  /** When answering stops: a UTC instant (ISO 8601). */
  readonly closesAt: string;
  /** The zone the closing time was set in (shown beside the reader's own). */
  readonly closesZone: string;
  /** Whether a DC may send several answers (one per session), or just one. */
  readonly multiple: boolean;
  /** Whether accepted answers appear on the preparatory-phase calendar (needs a time range). */
  readonly onCalendar: boolean;
  readonly fields: readonly CallField[];
  readonly createdAt: number;
  readonly createdBy: string;
}

/** A time range as stored: UTC instants and the zone it was entered in. */
export interface TimeRangeValue {
  readonly start: string;
  readonly end: string;
  readonly zone: string;
}

/** A stored value: text, or a time range. */
export type AnswerValue = string | TimeRangeValue;

/** Where an answer is in its life. */
export const AnswerStatuses = {
  draft: 'draft',
  submitted: 'submitted',
  withdrawn: 'withdrawn',
} as const;

/** An answer status. */
export type AnswerStatus = (typeof AnswerStatuses)[keyof typeof AnswerStatuses];

/** The Secretariat's decision on a submitted answer. */
export const Reviews = {
  pending: 'pending',
  accepted: 'accepted',
  declined: 'declined',
} as const;

/** A review state. */
export type Review = (typeof Reviews)[keyof typeof Reviews];

/** A DC's answer to a call. */
export interface Answer {
  readonly id: string;
  readonly callId: string;
  /** The Dynamic Coalition it answers for. */
  readonly dc: string;
  readonly status: AnswerStatus;
  readonly review: Review;
  /** The Secretariat's note, seen by the DC. */
  readonly reviewNote: string;
  readonly values: Readonly<Record<string, AnswerValue>>;
  /** Who last changed it. */
  readonly updatedBy: string;
  readonly updatedByName: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly submittedAt: number | null;
}

/** Whether `value` is a stored time range. */
export function isTimeRange(value: AnswerValue | undefined): value is TimeRangeValue {
  return typeof value === 'object' && value !== null;
}

/** Whether a call still takes answers at `now` (ms since the epoch). */
export function isCallOpen(call: Pick<Call, 'closesAt'>, now: number): boolean {
  return now < Date.parse(call.closesAt);
}

/** Whether a person with these DCs may answer `call` for `dc`. */
export function mayAnswerFor(
  call: Pick<Call, 'audience' | 'dcs'>,
  person: { readonly role: string; readonly dcs: readonly string[] },
  dc: string,
): boolean {
  if (person.role !== 'dcMember' || !person.dcs.includes(dc)) return false;
  return call.audience === Audiences.allDcs || call.dcs.includes(dc);
}
