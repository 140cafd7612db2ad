/**
 * One document on the home page: title (the link), kind, what is asked of the reader, when it
 * was last edited and the avatars of who is in it now.
 */
import type { DocumentKind } from '../../../shared/workspace/documentCatalogue';
import {
  documentKindLabels,
  findWorkspaceDocument,
} from '../../../shared/workspace/documentCatalogue';
import { AvatarRow } from '../presence/AvatarRow';
import { AppLink } from '../routing/AppLink';
import { documentPath } from '../routing/routes';
import type { DocumentSummary } from './documentList';
import { formatFullTime, formatLastEdited } from './formatLastEdited';

/** Props of DocumentCard. */
export interface DocumentCardProps {
  readonly summary: DocumentSummary;
  /** The current time, for "edited 5 minutes ago". */
  readonly now: number;
}

const kindLabel = (kind: string): string =>
  kind in documentKindLabels ? documentKindLabels[kind as DocumentKind] : kind;

/** A document card. */
export function DocumentCard({ summary, now }: DocumentCardProps) {
  const catalogued = findWorkspaceDocument(summary.name);
  const present = summary.present.length;
  return (
    <article className="document-card" data-document={summary.name}>
      <div className="document-card__top">
        <span className={`kind-badge kind-badge--${summary.kind}`}>{kindLabel(summary.kind)}</span>
        {summary.lastEditedAt ? (
          <time
            className="document-card__edited"
            dateTime={summary.lastEditedAt}
            title={formatFullTime(summary.lastEditedAt)}
          >
            {formatLastEdited(summary.lastEditedAt, now)}
          </time>
        ) : (
          <span className="document-card__edited">Never edited</span>
        )}
      </div>
      <h3 className="document-card__title">
        <AppLink href={documentPath(summary.name)} className="document-card__link">
          {summary.title}
        </AppLink>
      </h3>
      {catalogued ? <p className="document-card__summary">{catalogued.summary}</p> : null}
      <div className="document-card__presence">
        {present > 0 ? (
          <>
            <AvatarRow
              people={summary.present}
              size="small"
              max={5}
              label={`In ${summary.title} now`}
            />
            <span className="document-card__present-count">
              {present === 1 ? '1 person here now' : `${present} people here now`}
            </span>
          </>
        ) : (
          <span className="document-card__present-count document-card__present-count--none">
            Nobody here now
          </span>
        )}
      </div>
    </article>
  );
}
