/**
 * The interface of call storage: calls, DCs' answers, and each person's calendar feed token
 * (only its hash). The embedded SQLite implementation is the default; any other store must pass
 * tests/calls/planningStoreContract.ts.
 */
import type { Answer, Call } from '../../shared/calls/callTypes';

/** Which answers to list. */
export interface AnswerQuery {
  readonly callId?: string;
  /** Only answers for these DCs. */
  readonly dcs?: readonly string[];
}

/** Durable storage of calls and answers. */
export interface CallStore {
  listCalls(): Promise<Call[]>;
  getCall(id: string): Promise<Call | null>;
  /** Inserts or replaces the call with this id. */
  saveCall(call: Call): Promise<void>;

  /** Answers, oldest first. */
  listAnswers(query: AnswerQuery): Promise<Answer[]>;
  getAnswer(id: string): Promise<Answer | null>;
  /** Inserts or replaces the answer with this id. */
  saveAnswer(answer: Answer): Promise<void>;

  /** When the person's feed token was made, or null when they have none. */
  getFeedToken(userId: string): Promise<{ readonly createdAt: number } | null>;
  /** Replaces the person's feed token (null removes it). */
  setFeedToken(userId: string, tokenHash: string | null, at: number): Promise<void>;
  /** The person whose feed token has this hash, or null. */
  findFeedTokenUser(tokenHash: string): Promise<string | null>;

  close(): Promise<void>;
}
