/**
 * The rules of calls: only the Secretariat opens and changes calls and reviews answers; a DC
 * member answers only for their own DC, only while the call is open; drafts stay with their DC;
 * an answer changed after review goes back to the Secretariat. Every change is announced on the
 * live channel by topic only.
 */
import { Roles } from '../../shared/access/roles';
import { fieldErrors } from '../../shared/accounts/fieldErrors';
import { checkAnswer } from '../../shared/calls/answerSchema';
import type { CalendarEntry } from '../../shared/calls/calendarEntry';
import { callChangeSchema, callSchema } from '../../shared/calls/callSchema';
import type { Answer, Call } from '../../shared/calls/callTypes';
import { AnswerStatuses, Reviews, isCallOpen, mayAnswerFor } from '../../shared/calls/callTypes';
import { LiveTopics, type LiveTopic } from '../../shared/live/liveTopics';
import type { User } from '../accounts/AccountStore';
import { newId } from '../accounts/secrets';
import { ApiError, invalidInput } from '../http/ApiError';
import type { CallStore } from './CallStore';
import { overlapWarnings, publishedCalendar, type OverlapWarning } from './calendarQueries';

/** What CallService needs around it. */
export interface CallServiceOptions {
  readonly now?: () => number;
  /** Announces changed topics (never data). */
  readonly onChange?: (topics: readonly LiveTopic[]) => void;
  /** Writes the audit log. */
  readonly audit?: (
    actor: User,
    action: string,
    target: string,
    detail: Record<string, unknown>,
  ) => void;
}

const NOTE_MAX = 1000;

/** Call and answer operations, permission-checked. */
export class CallService {
  constructor(
    readonly store: CallStore,
    private readonly options: CallServiceOptions = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private changed(...topics: LiveTopic[]): void {
    this.options.onChange?.(topics);
  }

  /** Every call (everyone signed in sees them). */
  async listCalls(): Promise<Call[]> {
    return this.store.listCalls();
  }

  /** One call, or 404. */
  async requireCall(id: string): Promise<Call> {
    const call = await this.store.getCall(id);
    if (!call) throw new ApiError(404, 'not_found', 'There is no such call.');
    return call;
  }

  /** Opens a call (Secretariat). */
  async openCall(actor: User, input: unknown): Promise<Call> {
    requireSecretariat(actor, 'open calls');
    const parsed = callSchema.safeParse(input);
    if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
    const value = parsed.data;
    const now = this.now();
    if (Date.parse(value.closes.at) <= now)
      throw invalidInput({ 'closes.at': 'closing date: must be in the future' });
    const call: Call = {
      id: newId(),
      title: value.title,
      explanation: value.explanation,
      audience: value.audience,
      dcs: value.audience === 'someDcs' ? value.dcs : [],
      closesAt: value.closes.at,
      closesZone: value.closes.zone,
      multiple: value.multiple,
      onCalendar: value.onCalendar,
      fields: value.fields,
      createdAt: now,
      createdBy: actor.name,
    };
    await this.store.saveCall(call);
    this.options.audit?.(actor, 'call.opened', call.id, { title: call.title });
    this.changed(LiveTopics.calls, LiveTopics.actions);
    return call;
  }

  /** Changes a call's title, explanation or closing time (Secretariat). */
  async changeCall(actor: User, id: string, input: unknown): Promise<Call> {
    requireSecretariat(actor, 'change calls');
    const call = await this.requireCall(id);
    const parsed = callChangeSchema.safeParse(input);
    if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
    const change = parsed.data;
    const next: Call = {
      ...call,
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.explanation !== undefined ? { explanation: change.explanation } : {}),
      ...(change.closes ? { closesAt: change.closes.at, closesZone: change.closes.zone } : {}),
    };
    await this.store.saveCall(next);
    this.options.audit?.(actor, 'call.changed', id, { ...change });
    this.changed(LiveTopics.calls, LiveTopics.calendar, LiveTopics.actions);
    return next;
  }

  /**
   * The answers `viewer` may see: the Secretariat every answer but drafts; a DC member every
   * answer of their DCs; anyone else none (403).
   */
  async answersFor(viewer: User, callId: string): Promise<{ answers: Answer[]; drafts: number }> {
    await this.requireCall(callId);
    if (viewer.role === Roles.secretariat) {
      const all = await this.store.listAnswers({ callId });
      return {
        answers: all.filter((answer) => answer.status !== AnswerStatuses.draft),
        drafts: all.filter((answer) => answer.status === AnswerStatuses.draft).length,
      };
    }
    if (viewer.role === Roles.dcMember)
      return { answers: await this.store.listAnswers({ callId, dcs: viewer.dcs }), drafts: 0 };
    throw new ApiError(403, 'forbidden', 'Only the Secretariat and the DCs see answers to calls.');
  }

  /** For each answer in the running, the other sessions at the same time (Secretariat view). */
  overlapWarnings(): Promise<Record<string, OverlapWarning[]>> {
    return overlapWarnings(this.store);
  }

  /** The published calendar: accepted sessions of calendar calls, by start. */
  calendar(): Promise<CalendarEntry[]> {
    return publishedCalendar(this.store);
  }

  /** A DC member answers a call for one of their DCs (a draft, or submitted). */
  async createAnswer(
    actor: User,
    callId: string,
    input: unknown,
  ): Promise<{ answer: Answer; notes: string[] }> {
    const call = await this.requireCall(callId);
    const checked = this.check(call, actor, input);
    if (!call.multiple) {
      const existing = await this.store.listAnswers({ callId, dcs: [checked.dc] });
      if (existing.length > 0)
        throw new ApiError(
          409,
          'answer_exists',
          'Your DC has already answered this call: change that answer instead.',
          { dc: 'Dynamic Coalition: has already answered this call' },
        );
    }
    const now = this.now();
    const answer: Answer = {
      id: newId(),
      callId,
      dc: checked.dc,
      status: checked.submit ? AnswerStatuses.submitted : AnswerStatuses.draft,
      review: Reviews.pending,
      reviewNote: '',
      values: checked.values,
      updatedBy: actor.id,
      updatedByName: actor.name,
      createdAt: now,
      updatedAt: now,
      submittedAt: checked.submit ? now : null,
    };
    await this.store.saveAnswer(answer);
    this.changed(LiveTopics.calls);
    return { answer, notes: checked.notes };
  }

  /**
   * A DC member changes their DC's answer while the call is open. Submitting a draft or a
   * withdrawn answer sends it; a change to a reviewed answer sends it back for review.
   */
  async updateAnswer(
    actor: User,
    answerId: string,
    input: unknown,
  ): Promise<{ answer: Answer; notes: string[] }> {
    const { call, answer } = await this.ownAnswer(actor, answerId);
    // A submitted answer stays submitted, so it must stay complete.
    const stillSubmitted =
      answer.status === AnswerStatuses.submitted && typeof input === 'object' && input !== null;
    const checked = this.check(call, actor, stillSubmitted ? { ...input, submit: true } : input);
    if (checked.dc !== answer.dc)
      throw invalidInput({ dc: 'Dynamic Coalition: an answer stays with the DC it was made for' });
    const now = this.now();
    const changedValues = JSON.stringify(checked.values) !== JSON.stringify(answer.values);
    const status = checked.submit ? AnswerStatuses.submitted : AnswerStatuses.draft;
    const resubmitted = status === AnswerStatuses.submitted && answer.status !== status;
    const backToReview = changedValues || resubmitted;
    const next: Answer = {
      ...answer,
      status,
      values: checked.values,
      review: backToReview ? Reviews.pending : answer.review,
      reviewNote: backToReview ? '' : answer.reviewNote,
      updatedBy: actor.id,
      updatedByName: actor.name,
      updatedAt: now,
      submittedAt: resubmitted ? now : answer.submittedAt,
    };
    await this.store.saveAnswer(next);
    this.changed(LiveTopics.calls, LiveTopics.calendar);
    return { answer: next, notes: checked.notes };
  }

  /** A DC member withdraws their DC's answer (it leaves the calendar). */
  async withdrawAnswer(actor: User, answerId: string): Promise<Answer> {
    const { answer } = await this.ownAnswer(actor, answerId);
    const next: Answer = {
      ...answer,
      status: AnswerStatuses.withdrawn,
      review: Reviews.pending,
      reviewNote: '',
      updatedBy: actor.id,
      updatedByName: actor.name,
      updatedAt: this.now(),
    };
    await this.store.saveAnswer(next);
    this.changed(LiveTopics.calls, LiveTopics.calendar);
    return next;
  }

  /** The Secretariat accepts or declines a submitted answer, with a note the DC sees. */
  async reviewAnswer(actor: User, answerId: string, input: unknown): Promise<Answer> {
    requireSecretariat(actor, 'review answers');
    const answer = await this.store.getAnswer(answerId);
    if (!answer) throw new ApiError(404, 'not_found', 'There is no such answer.');
    const body = (typeof input === 'object' && input !== null ? input : {}) as Record<
      string,
      unknown
    >;
    const decision = body['decision'];
    const note = body['note'] ?? '';
    const fields: Record<string, string> = {};
    if (decision !== Reviews.accepted && decision !== Reviews.declined)
      fields['decision'] = 'decision: accepted or declined';
    if (typeof note !== 'string') fields['note'] = 'note: must be text';
    else if (note.trim().length > NOTE_MAX) fields['note'] = `note: at most ${NOTE_MAX} characters`;
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    if (answer.status !== AnswerStatuses.submitted)
      throw new ApiError(
        409,
        'not_submitted',
        answer.status === AnswerStatuses.withdrawn
          ? 'The DC withdrew this answer.'
          : 'This answer is still a draft.',
      );
    const next: Answer = {
      ...answer,
      review: decision as Answer['review'],
      reviewNote: (note as string).trim(),
    };
    await this.store.saveAnswer(next);
    this.options.audit?.(actor, `answer.${decision as string}`, answerId, {
      callId: answer.callId,
    });
    this.changed(LiveTopics.calls, LiveTopics.calendar);
    return next;
  }

  private check(call: Call, actor: User, input: unknown) {
    if (actor.role !== Roles.dcMember)
      throw new ApiError(403, 'forbidden', 'Only DC members answer calls, each for their own DC.');
    if (!isCallOpen(call, this.now()))
      throw new ApiError(
        409,
        'call_closed',
        `This call closed at ${call.closesAt}; answers can no longer be changed.`,
      );
    const result = checkAnswer(call, input);
    if (!result.ok) throw invalidInput(result.fields);
    if (!mayAnswerFor(call, actor, result.answer.dc)) {
      const message = actor.dcs.includes(result.answer.dc)
        ? 'Dynamic Coalition: this call is not addressed to your DC'
        : 'Dynamic Coalition: you answer only for your own DC';
      throw new ApiError(403, 'forbidden', message, { dc: message });
    }
    return result.answer;
  }

  private async ownAnswer(actor: User, answerId: string): Promise<{ call: Call; answer: Answer }> {
    const answer = await this.store.getAnswer(answerId);
    if (!answer) throw new ApiError(404, 'not_found', 'There is no such answer.');
    if (actor.role !== Roles.dcMember || !actor.dcs.includes(answer.dc))
      throw new ApiError(
        403,
        'forbidden',
        'Only members of the DC that made an answer change it.',
        {
          dc: 'Dynamic Coalition: you answer only for your own DC',
        },
      );
    const call = await this.requireCall(answer.callId);
    if (!isCallOpen(call, this.now()))
      throw new ApiError(
        409,
        'call_closed',
        `This call closed at ${call.closesAt}; answers can no longer be changed.`,
      );
    return { call, answer };
  }
}

function requireSecretariat(actor: User, what: string): void {
  if (actor.role !== Roles.secretariat)
    throw new ApiError(403, 'forbidden', `Only the Secretariat can ${what}.`);
}
