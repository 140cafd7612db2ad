/**
 * A DC's answer to a call: the fields, then "Save draft" and "Submit" (or "Save changes" and
 * "Withdraw" once submitted). Checked in the browser with the server's own schema, each message
 * under its field, focus on the first one to correct; the server's answer (and any note about
 * an ambiguous time) is shown. After the call closes the answer is read-only.
 */
import type { FormEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Answer } from '../../../shared/calls/callTypes';
import { mayAnswerFor } from '../../../shared/calls/callTypes';
import type { Account } from '../account/account';
import { ApiRequestError } from '../api/apiError';
import { answerState, dcName } from './answerLabels';
import type { AnswerDraft } from './answerDraft';
import { draftOf, draftProblems, emptyDraft, requestOf } from './answerDraft';
import type { CallView } from './callsApi';
import { createAnswer, updateAnswer, withdrawAnswer } from './callsApi';
import { FieldInput } from './FieldInput';

/** Props of AnswerForm. */
export interface AnswerFormProps {
  readonly call: CallView;
  readonly account: Account;
  /** The stored answer, or null for a new one. */
  readonly answer: Answer | null;
  readonly zone: string;
  /** Called after a save with what happened, so the page reloads its list and says so. */
  readonly onSaved: (message: string) => void;
  /** Called when a new answer form is dismissed. */
  readonly onCancel?: () => void;
}

/** The answer form. */
export function AnswerForm({ call, account, answer, zone, onSaved, onCancel }: AnswerFormProps) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const myDcs = account.dcs.filter((dc) => mayAnswerFor(call, account, dc));
  const [draft, setDraft] = useState<AnswerDraft>(() =>
    answer ? draftOf(call, answer, zone) : emptyDraft(call, myDcs[0] ?? ''),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const savedAt = answer?.updatedAt;

  // A change saved elsewhere (another member of the DC) or a new zone refreshes the form.
  useEffect(() => {
    if (answer) setDraft(draftOf(call, answer, zone));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedAt, zone]);

  const readOnly = !call.open;
  const submitted = answer?.status === 'submitted';

  const focusFirst = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const save = async (submit: boolean) => {
    if (busy) return;
    const found = draftProblems(call, draft, zone, submit);
    setProblems(found);
    setError(null);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      focusFirst();
      return;
    }
    setBusy(true);
    try {
      const body = requestOf(draft, zone, submit);
      const saved = answer
        ? await updateAnswer(answer.id, body)
        : await createAnswer(call.id, body);
      const notes = saved.notes.length > 0 ? ` ${saved.notes.join(' ')}` : '';
      const text = `${submit ? 'Submitted' : 'Draft saved'}.${notes}`;
      setMessage(text);
      onSaved(text);
    } catch (caught) {
      if (caught instanceof ApiRequestError && Object.keys(caught.fields).length > 0) {
        setProblems(caught.fields);
        setError(caught.message);
        focusFirst();
      } else {
        setError(caught instanceof Error ? caught.message : 'The answer was not saved.');
      }
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async () => {
    if (!answer || busy) return;
    setBusy(true);
    setError(null);
    try {
      await withdrawAnswer(answer.id);
      const text = 'Withdrawn. You can submit it again while the call is open.';
      setMessage(text);
      onSaved(text);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The answer was not withdrawn.');
    } finally {
      setBusy(false);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(true);
  };

  const state = answer ? answerState(answer) : null;
  return (
    <form
      ref={formRef}
      className="answer-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={handleSubmit}
    >
      <div className="answer-form__head">
        <h3 id={titleId}>{answer ? `Answer of ${dcName(answer.dc)}` : 'New answer'}</h3>
        {state ? (
          <span className={`state-badge state-badge--${state.tone}`} data-testid="answer-state">
            {state.label}
          </span>
        ) : null}
      </div>
      {answer?.reviewNote ? (
        <p className="review-note">
          <strong>Note from the Secretariat:</strong> {answer.reviewNote}
        </p>
      ) : null}
      {!answer && myDcs.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor={`${titleId}-dc`}>
            Dynamic Coalition
          </label>
          <select
            id={`${titleId}-dc`}
            value={draft.dc}
            aria-invalid={problems.dc ? true : undefined}
            onChange={(event) => setDraft({ ...draft, dc: event.target.value })}
          >
            {myDcs.map((dc) => (
              <option key={dc} value={dc}>
                {dcName(dc)}
              </option>
            ))}
          </select>
          {problems.dc ? <span className="field__error">{problems.dc}</span> : null}
        </div>
      ) : (
        <p className="answer-form__dc">
          For <strong>{dcName(draft.dc)}</strong>
          {problems.dc ? <span className="field__error"> {problems.dc}</span> : null}
        </p>
      )}
      {call.fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          value={draft.values[field.id] ?? ''}
          zone={zone}
          problems={problems}
          disabled={readOnly || busy}
          onChange={(value) =>
            setDraft({ ...draft, values: { ...draft.values, [field.id]: value } })
          }
        />
      ))}
      <p className="form-error" role="alert">
        {error}
      </p>
      <p className="form-status" role="status">
        {message}
      </p>
      {readOnly ? (
        <p className="answer-form__closed">
          This call is closed: answers can no longer be changed.
        </p>
      ) : (
        <div className="answer-form__actions">
          {submitted ? null : (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void save(false)}
            >
              Save draft
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {submitted
              ? 'Save changes'
              : answer?.status === 'withdrawn'
                ? 'Submit again'
                : 'Submit'}
          </button>
          {submitted ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void withdraw()}
            >
              Withdraw
            </button>
          ) : null}
          {onCancel ? (
            <button type="button" className="button button--quiet" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      )}
      {submitted && answer?.review !== 'pending' ? (
        <p className="field__hint">A change sends the answer back to the Secretariat for review.</p>
      ) : null}
    </form>
  );
}
