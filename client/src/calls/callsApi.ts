/**
 * The browser's calls of the calls API: listing and opening calls, a call's answers (with the
 * Secretariat's overlap warnings), answering, withdrawing and reviewing. Answers are checked for
 * their outer shape before use, so an unexpected reply shows an error instead of a broken page.
 */
import type { Answer, Call } from '../../../shared/calls/callTypes';
import { apiRequest } from '../api/apiRequest';

/** A call with whether it takes answers now. */
export type CallView = Call & { readonly open: boolean };

/** Another session at the same time. */
export interface Overlap {
  readonly answerId: string;
  readonly title: string;
  readonly dcName: string;
  readonly start: string;
  readonly end: string;
}

/** A call's answers as the viewer may see them. */
export interface AnswerList {
  readonly answers: readonly Answer[];
  /** Drafts not shown (Secretariat). */
  readonly drafts: number;
  readonly overlaps: Readonly<Record<string, readonly Overlap[]>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unexpected = (): Error => new Error('The server sent an unexpected answer.');

const readCall = (value: unknown): CallView => {
  if (!isRecord(value) || typeof value.id !== 'string' || !Array.isArray(value.fields))
    throw unexpected();
  return value as unknown as CallView;
};

const readAnswer = (value: unknown): Answer => {
  if (!isRecord(value) || typeof value.id !== 'string' || !isRecord(value.values))
    throw unexpected();
  return value as unknown as Answer;
};

/** Every call. */
export async function fetchCalls(signal?: AbortSignal): Promise<CallView[]> {
  const body = await apiRequest('/api/calls', { signal });
  if (!isRecord(body) || !Array.isArray(body.calls)) throw unexpected();
  return body.calls.map(readCall);
}

/** One call. */
export async function fetchCall(id: string, signal?: AbortSignal): Promise<CallView> {
  const body = await apiRequest(`/api/calls/${encodeURIComponent(id)}`, { signal });
  if (!isRecord(body)) throw unexpected();
  return readCall(body.call);
}

/** Opens a call (Secretariat). */
export async function openCall(input: unknown): Promise<CallView> {
  const body = await apiRequest('/api/calls', { method: 'POST', body: input });
  if (!isRecord(body)) throw unexpected();
  return readCall(body.call);
}

/** Changes a call's title, explanation or closing time (Secretariat). */
export async function changeCall(id: string, change: unknown): Promise<CallView> {
  const body = await apiRequest(`/api/calls/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: change,
  });
  if (!isRecord(body)) throw unexpected();
  return readCall(body.call);
}

/** The answers of a call the viewer may see. */
export async function fetchAnswers(callId: string, signal?: AbortSignal): Promise<AnswerList> {
  const body = await apiRequest(`/api/calls/${encodeURIComponent(callId)}/answers`, { signal });
  if (!isRecord(body) || !Array.isArray(body.answers)) throw unexpected();
  return {
    answers: body.answers.map(readAnswer),
    drafts: typeof body.drafts === 'number' ? body.drafts : 0,
    overlaps: isRecord(body.overlaps) ? (body.overlaps as Record<string, readonly Overlap[]>) : {},
  };
}

/** A saved answer and what the server noted (an ambiguous time resolved). */
export interface SavedAnswer {
  readonly answer: Answer;
  readonly notes: readonly string[];
}

const readSaved = (body: unknown): SavedAnswer => {
  if (!isRecord(body)) throw unexpected();
  return {
    answer: readAnswer(body.answer),
    notes: Array.isArray(body.notes) ? body.notes.filter((n) => typeof n === 'string') : [],
  };
};

/** Creates an answer (draft or submitted). */
export async function createAnswer(callId: string, input: unknown): Promise<SavedAnswer> {
  return readSaved(
    await apiRequest(`/api/calls/${encodeURIComponent(callId)}/answers`, {
      method: 'POST',
      body: input,
    }),
  );
}

/** Changes an answer. */
export async function updateAnswer(answerId: string, input: unknown): Promise<SavedAnswer> {
  return readSaved(
    await apiRequest(`/api/answers/${encodeURIComponent(answerId)}`, {
      method: 'PUT',
      body: input,
    }),
  );
}

/** Withdraws an answer. */
export async function withdrawAnswer(answerId: string): Promise<Answer> {
  const body = await apiRequest(`/api/answers/${encodeURIComponent(answerId)}/withdraw`, {
    method: 'POST',
  });
  if (!isRecord(body)) throw unexpected();
  return readAnswer(body.answer);
}

/** Accepts or declines an answer with a note (Secretariat). */
export async function reviewAnswer(
  answerId: string,
  decision: 'accepted' | 'declined',
  note: string,
): Promise<Answer> {
  const body = await apiRequest(`/api/answers/${encodeURIComponent(answerId)}/review`, {
    method: 'POST',
    body: { decision, note },
  });
  if (!isRecord(body)) throw unexpected();
  return readAnswer(body.answer);
}
