/**
 * One thread in the sidebar: what it is attached to (the quote, or the cell), its kind and
 * status, the proposal's status (a select for facilitators and the Secretariat), and the
 * conversation: each comment with author, DC and time in the viewer's zone, "edited", or
 * "Comment deleted". The viewer's own comments can be edited and deleted; the thread's author,
 * facilitators and the Secretariat resolve and reopen it. The card is one Tab stop that
 * selects the thread (Enter), with its controls after it.
 */
import type { KeyboardEvent, MouseEvent } from 'react';
import { memo, useState } from 'react';
import type * as Y from 'yjs';
import type { CommentView, ThreadView } from '../../../shared/comments/readThreads';
import {
  canChangeComment,
  canChangeStatus,
  canComment,
  canDecideProposal,
  type CommentViewer,
} from './commentAbilities';
import { CommentBody } from './CommentBody';
import { CommentComposer } from './CommentComposer';
import { commentTime, describePerson, kindLabels, proposalLabels } from './commentLabels';
import type { Directory } from './directoryApi';
import {
  changeComment,
  changeStatus,
  decideProposal,
  removeComment,
  replyTo,
  type ProposalStatusValue,
} from './threadActions';

/** Props of ThreadCard. */
export interface ThreadCardProps {
  readonly doc: Y.Doc;
  readonly thread: ThreadView;
  /** The text it was attached to is gone (or the cell was removed). */
  readonly detached: boolean;
  /** Where a cell thread is ("DC, Column"); undefined for text threads. */
  readonly location?: string;
  readonly active: boolean;
  readonly viewer: CommentViewer;
  readonly directory: Directory | null;
  readonly zone: string;
  readonly onSelect: (threadId: string) => void;
}

const INTERACTIVE = 'button, select, input, textarea, a, .composer, [contenteditable="true"]';

/** A thread's card. */
export const ThreadCard = memo(function ThreadCard(props: ThreadCardProps) {
  const { doc, thread, viewer, directory, zone, active } = props;
  const [replying, setReplying] = useState(false);
  const author = describePerson(directory, thread.authorId);
  const resolved = thread.status === 'resolved';
  const first = thread.comments[0];
  const label = `${kindLabels[thread.kind] ?? 'Comment'} by ${author.name}${
    resolved ? ', resolved' : ''
  }${props.detached ? ', on deleted text' : ''}`;

  const select = (event: MouseEvent | KeyboardEvent) => {
    if ((event.target as HTMLElement).closest(INTERACTIVE)) return;
    props.onSelect(thread.id);
  };

  return (
    <article
      className={`thread-card${active ? ' thread-card--active' : ''}${
        resolved ? ' thread-card--resolved' : ''
      }`}
      aria-label={label}
      aria-current={active ? 'true' : undefined}
      data-testid="thread-card"
      data-thread-id={thread.id}
      data-status={thread.status}
      onClick={select}
    >
      <div
        className="thread-card__target"
        tabIndex={0}
        role="button"
        aria-label={`Show in the ${thread.anchor.kind === 'cell' ? 'table' : 'text'}: ${
          props.location ?? thread.quote
        }`}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            props.onSelect(thread.id);
          }
        }}
      >
        <div className="thread-card__badges">
          <span className={`comment-badge comment-badge--${thread.kind}`} data-testid="thread-kind">
            {kindLabels[thread.kind] ?? thread.kind}
          </span>
          {resolved ? (
            <span className="comment-badge comment-badge--resolved" data-testid="thread-resolved">
              Resolved
            </span>
          ) : null}
          {props.detached ? (
            <span className="comment-badge comment-badge--deleted" data-testid="thread-detached">
              {thread.anchor.kind === 'cell' ? 'On a removed cell' : 'On deleted text'}
            </span>
          ) : null}
          {thread.kind === 'proposal' && !canDecideProposal(viewer, thread) ? (
            <span
              className={`comment-badge comment-badge--proposal-${thread.proposalStatus ?? 'open'}`}
              data-testid="proposal-status"
            >
              {proposalLabels[thread.proposalStatus ?? 'open']}
            </span>
          ) : null}
        </div>
        {props.location ? <p className="thread-card__location">{props.location}</p> : null}
        {thread.quote !== '' ? (
          <blockquote
            className={`thread-card__quote${props.detached ? ' thread-card__quote--deleted' : ''}`}
            data-testid="thread-quote"
          >
            {thread.quote}
          </blockquote>
        ) : null}
      </div>
      {canDecideProposal(viewer, thread) ? (
        <label className="thread-card__proposal">
          Proposal
          <select
            value={thread.proposalStatus ?? 'open'}
            data-testid="proposal-select"
            onChange={(event) =>
              decideProposal(
                doc,
                thread.id,
                viewer.userId,
                event.target.value as ProposalStatusValue,
              )
            }
          >
            {Object.entries(proposalLabels).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ol className="thread-card__comments" aria-label="Comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            doc={doc}
            threadId={thread.id}
            comment={comment}
            isFirst={comment === first}
            viewer={viewer}
            directory={directory}
            zone={zone}
          />
        ))}
      </ol>
      {resolved && thread.statusBy ? (
        <p className="thread-card__resolution" data-testid="thread-resolution">
          Resolved by {describePerson(directory, thread.statusBy).name}
          {thread.statusAt ? `, ${commentTime(thread.statusAt, zone).local}` : ''}
        </p>
      ) : null}
      <div className="thread-card__actions">
        {canComment(viewer) && !replying ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setReplying(true);
              props.onSelect(thread.id);
            }}
            data-testid="thread-reply"
          >
            Reply
          </button>
        ) : null}
        {canChangeStatus(viewer, thread) ? (
          <button
            type="button"
            className="button button--small"
            data-testid={resolved ? 'thread-reopen' : 'thread-resolve'}
            onClick={() =>
              changeStatus(doc, thread.id, viewer.userId, resolved ? 'open' : 'resolved')
            }
          >
            {resolved ? 'Reopen' : 'Resolve'}
          </button>
        ) : null}
      </div>
      {replying && canComment(viewer) ? (
        <CommentComposer
          label={`Reply to ${author.name}`}
          placeholder="Reply… (@ to mention)"
          submitLabel="Reply"
          autoFocus
          testId="reply-input"
          onSubmit={(body) => {
            replyTo(doc, thread.id, viewer.userId, body);
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : null}
    </article>
  );
});

interface CommentItemProps {
  readonly doc: Y.Doc;
  readonly threadId: string;
  readonly comment: CommentView;
  readonly isFirst: boolean;
  readonly viewer: CommentViewer;
  readonly directory: Directory | null;
  readonly zone: string;
}

function CommentItem({
  doc,
  threadId,
  comment,
  isFirst,
  viewer,
  directory,
  zone,
}: CommentItemProps) {
  const [mode, setMode] = useState<'show' | 'edit' | 'confirmDelete'>('show');
  const author = describePerson(directory, comment.authorId);
  const time = commentTime(comment.createdAt, zone);
  const deleted = comment.deletedAt !== null;
  const mine = canChangeComment(viewer, comment);
  return (
    <li
      className={`comment${isFirst ? ' comment--first' : ''}${deleted ? ' comment--deleted' : ''}`}
      data-testid="comment"
      data-comment-id={comment.id}
    >
      <div className="comment__meta">
        <span className="comment__author" data-testid="comment-author">
          {author.name}
        </span>
        {author.affiliation ? (
          <span className="comment__affiliation">{author.affiliation}</span>
        ) : null}
        <time className="comment__time" dateTime={time.iso} title={time.utc}>
          {time.local}
        </time>
        {comment.editedAt !== null && !deleted ? (
          <span
            className="comment__edited"
            data-testid="comment-edited"
            title={commentTime(comment.editedAt, zone).local}
          >
            edited
          </span>
        ) : null}
      </div>
      {deleted ? (
        <p className="comment__body comment__body--deleted" data-testid="comment-deleted">
          Comment deleted
        </p>
      ) : mode === 'edit' ? (
        <CommentComposer
          label="Edit your comment"
          placeholder="Your comment"
          submitLabel="Save"
          initialBody={comment.body}
          autoFocus
          testId="edit-input"
          onSubmit={(body) => {
            if (body !== comment.body) changeComment(doc, threadId, comment.id, body);
            setMode('show');
          }}
          onCancel={() => setMode('show')}
        />
      ) : (
        <div data-testid="comment-body">
          <CommentBody body={comment.body} directory={directory} viewer={viewer} />
        </div>
      )}
      {mine && mode === 'show' ? (
        <div className="comment__tools">
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Edit your comment of ${time.local}`}
            data-testid="comment-edit"
            onClick={() => setMode('edit')}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Delete your comment of ${time.local}`}
            data-testid="comment-delete"
            onClick={() => setMode('confirmDelete')}
          >
            Delete
          </button>
        </div>
      ) : null}
      {mine && mode === 'confirmDelete' ? (
        <div className="comment__confirm" role="group" aria-label="Delete this comment?">
          <span>Delete this comment? Others will see “Comment deleted”.</span>
          <button
            type="button"
            className="button button--small button--danger"
            data-testid="comment-delete-confirm"
            autoFocus
            onClick={() => {
              removeComment(doc, threadId, comment.id);
              setMode('show');
            }}
          >
            Delete
          </button>
          <button type="button" className="button button--small" onClick={() => setMode('show')}>
            Keep
          </button>
        </div>
      ) : null}
    </li>
  );
}
