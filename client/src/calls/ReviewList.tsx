/**
 * The Secretariat's view of a call's answers, live: each submitted or withdrawn answer with its
 * values (times in the reader's zone and UTC), a warning when a session overlaps another, and
 * Accept / Decline with a note the DC sees.
 */
import { useId, useState } from 'react';
import type { Answer } from '../../../shared/calls/callTypes';
import { FieldKinds, isTimeRange } from '../../../shared/calls/callTypes';
import { showRange } from '../../../shared/time/formatInstant';
import { ShownRange } from '../time/ShownTime';
import { answerState, dcName } from './answerLabels';
import type { AnswerList, CallView, Overlap } from './callsApi';
import { reviewAnswer } from './callsApi';

/** Props of ReviewList. */
export interface ReviewListProps {
  readonly call: CallView;
  readonly list: AnswerList;
  readonly zone: string;
  readonly onReviewed: () => void;
}

/** Every answer, for review. */
export function ReviewList({ call, list, zone, onReviewed }: ReviewListProps) {
  return (
    <section className="calls-section" aria-labelledby="review-heading">
      <h2 id="review-heading">Answers</h2>
      <p className="calls-section__intro">
        {list.answers.length === 0
          ? 'No DC has submitted an answer yet.'
          : `${list.answers.length} submitted or withdrawn.`}
        {list.drafts > 0
          ? ` ${list.drafts} draft${list.drafts === 1 ? '' : 's'} in progress (not shown until submitted).`
          : ''}
      </p>
      <ul className="answer-list">
        {list.answers.map((answer) => (
          <li key={answer.id}>
            <ReviewCard
              call={call}
              answer={answer}
              zone={zone}
              overlaps={list.overlaps[answer.id] ?? []}
              onReviewed={onReviewed}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReviewCard({
  call,
  answer,
  zone,
  overlaps,
  onReviewed,
}: {
  readonly call: CallView;
  readonly answer: Answer;
  readonly zone: string;
  readonly overlaps: readonly Overlap[];
  readonly onReviewed: () => void;
}) {
  const id = useId();
  const [note, setNote] = useState(answer.reviewNote);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = answerState(answer);
  const title = call.fields.find((field) => field.kind === FieldKinds.shortText);
  const heading =
    title && typeof answer.values[title.id] === 'string'
      ? `${answer.values[title.id] as string} · ${dcName(answer.dc)}`
      : dcName(answer.dc);

  const review = async (decision: 'accepted' | 'declined') => {
    setBusy(true);
    setError(null);
    try {
      await reviewAnswer(answer.id, decision, note);
      onReviewed();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The review was not saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="review-card" aria-labelledby={`${id}-title`}>
      <div className="answer-form__head">
        <h3 id={`${id}-title`}>{heading}</h3>
        <span className={`state-badge state-badge--${state.tone}`} data-testid="answer-state">
          {state.label === 'Submitted: waiting for the Secretariat'
            ? 'Waiting for review'
            : state.label}
        </span>
      </div>
      <dl className="answer-values">
        {call.fields.map((field) => {
          const value = answer.values[field.id];
          if (value === undefined) return null;
          return (
            <div key={field.id}>
              <dt>{field.label}</dt>
              <dd>
                {isTimeRange(value) ? (
                  <ShownRange start={value.start} end={value.end} zone={zone} />
                ) : field.kind === FieldKinds.url ? (
                  <a href={value} target="_blank" rel="noreferrer noopener">
                    {value}
                  </a>
                ) : (
                  value
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="review-card__meta">
        Last changed by {answer.updatedByName} for {dcName(answer.dc)}
      </p>
      {overlaps.length > 0 ? (
        <div className="overlap-warning" role="note">
          <strong>Overlaps in time with:</strong>
          <ul>
            {overlaps.map((other) => (
              <li key={other.answerId}>
                {other.title} ({other.dcName}), {showRange(other.start, other.end, zone).local}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {answer.status === 'submitted' ? (
        <div className="review-card__decide">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-note`}>
              Note to the DC (optional)
            </label>
            <textarea
              id={`${id}-note`}
              className="text-area"
              rows={2}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div className="answer-form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || answer.review === 'accepted'}
              onClick={() => void review('accepted')}
            >
              Accept
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || answer.review === 'declined'}
              onClick={() => void review('declined')}
            >
              Decline
            </button>
          </div>
          <p className="form-error" role="alert">
            {error}
          </p>
        </div>
      ) : null}
    </article>
  );
}
