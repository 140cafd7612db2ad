/**
 * A comment's text as readers see it: line breaks kept, mentions shown as "@Name" chips, the
 * name taken from the directory (the token's label only when the directory does not know the
 * person or DC any more), and a mention of the reader or their DC marked.
 */
import { Fragment } from 'react';
import { parseCommentBody } from '../../../shared/comments/mentions';
import type { Directory } from './directoryApi';

/** Props of CommentBody. */
export interface CommentBodyProps {
  readonly body: string;
  readonly directory: Directory | null;
  readonly viewer: { readonly userId: string; readonly dcs: readonly string[] };
}

/** A comment's text. */
export function CommentBody({ body, directory, viewer }: CommentBodyProps) {
  return (
    <p className="comment__body">
      {parseCommentBody(body).map((part, index) => {
        if (part.type === 'text') {
          const lines = part.text.split('\n');
          return (
            <Fragment key={index}>
              {lines.map((line, lineIndex) => (
                <Fragment key={lineIndex}>
                  {lineIndex > 0 ? <br /> : null}
                  {line}
                </Fragment>
              ))}
            </Fragment>
          );
        }
        const { ref } = part;
        const name =
          ref.kind === 'person'
            ? (directory?.people.find((person) => person.id === ref.id)?.name ?? ref.label)
            : (directory?.dcs.find((dc) => dc.id === ref.id)?.name ?? ref.label);
        const me = ref.kind === 'person' ? ref.id === viewer.userId : viewer.dcs.includes(ref.id);
        return (
          <span
            key={index}
            className={`mention${me ? ' mention--me' : ''}`}
            data-testid="comment-mention"
          >
            @{name}
          </span>
        );
      })}
    </p>
  );
}
