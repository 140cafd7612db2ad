/**
 * Starting a thread on what the person picked: the quote (or the cell), the kind (comment,
 * question or proposal) and the first comment. Escape or Cancel drops it.
 */
import { useId, useState } from 'react';
import type { ThreadKind } from '../../../shared/comments/threadSchema';
import { CommentComposer } from './CommentComposer';
import { kindLabels } from './commentLabels';

/** What a new thread will be attached to, as shown to the person. */
export interface ThreadDraft {
  readonly quote: string;
  /** For cells: "DC, Column". */
  readonly location?: string;
}

/** Props of NewThreadForm. */
export interface NewThreadFormProps {
  readonly draft: ThreadDraft;
  readonly onCreate: (kind: ThreadKind, body: string) => void;
  readonly onCancel: () => void;
}

const KINDS: readonly ThreadKind[] = ['comment', 'question', 'proposal'];

/** The new-thread form. */
export function NewThreadForm({ draft, onCreate, onCancel }: NewThreadFormProps) {
  const [kind, setKind] = useState<ThreadKind>('comment');
  const kindId = useId();
  return (
    <section className="new-thread" aria-label="New comment" data-testid="new-thread">
      <h3 className="new-thread__title">New comment</h3>
      {draft.location ? <p className="thread-card__location">{draft.location}</p> : null}
      {draft.quote !== '' ? (
        <blockquote className="thread-card__quote">{draft.quote}</blockquote>
      ) : null}
      <div className="new-thread__kind">
        <label htmlFor={kindId}>Kind</label>
        <select
          id={kindId}
          value={kind}
          data-testid="new-thread-kind"
          onChange={(event) => setKind(event.target.value as ThreadKind)}
        >
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {kindLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <CommentComposer
        label="Your comment"
        placeholder="Comment… (@ to mention)"
        submitLabel="Comment"
        autoFocus
        testId="new-thread-input"
        onSubmit={(body) => onCreate(kind, body)}
        onCancel={onCancel}
      />
    </section>
  );
}
