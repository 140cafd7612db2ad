/**
 * The words for an answer's state, for the DC that made it and for the Secretariat.
 */
import type { Answer } from '../../../shared/calls/callTypes';
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';

/** The name of a DC by id. */
export function dcName(id: string): string {
  return dynamicCoalitions.find((dc) => dc.id === id)?.name ?? id;
}

/** A short state label and its tone (for the badge colour). */
export function answerState(answer: Pick<Answer, 'status' | 'review'>): {
  readonly label: string;
  readonly tone: 'draft' | 'waiting' | 'accepted' | 'declined' | 'withdrawn';
} {
  if (answer.status === 'draft') return { label: 'Draft: only your DC sees it', tone: 'draft' };
  if (answer.status === 'withdrawn') return { label: 'Withdrawn', tone: 'withdrawn' };
  if (answer.review === 'accepted') return { label: 'Accepted', tone: 'accepted' };
  if (answer.review === 'declined') return { label: 'Declined', tone: 'declined' };
  return { label: 'Submitted: waiting for the Secretariat', tone: 'waiting' };
}
