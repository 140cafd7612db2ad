/**
 * The one-time links just made (invitations, reset links), each with a copy button and
 * whether it was also e-mailed, so the Secretariat can hand them out. Links are shown only
 * here and only until the page is left: the server keeps nothing but their hashes.
 */
import { useId } from 'react';
import { CopyButton } from '../components/CopyButton';

/** A link to hand out. */
export interface IssuedLink {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly link: string;
  readonly emailed: boolean;
  readonly kind: 'invitation' | 'reset link';
}

/** Props of LinkList. */
export interface LinkListProps {
  readonly links: readonly IssuedLink[];
  readonly onClear: () => void;
}

/** The list of links to hand out. */
export function LinkList({ links, onClear }: LinkListProps) {
  const baseId = useId();
  return (
    <>
      <div role="status" aria-live="polite" className="visually-hidden">
        {links.length > 0
          ? `${links.length} ${links.length === 1 ? 'link is' : 'links are'} ready to hand out.`
          : ''}
      </div>
      {links.length > 0 ? (
        <section className="people-section" aria-labelledby={`${baseId}-title`}>
          <div className="people-section__head">
            <h2 id={`${baseId}-title`}>Links to hand out</h2>
            <button type="button" className="button button--small button--quiet" onClick={onClear}>
              Clear
            </button>
          </div>
          <p className="people-section__intro">
            Each link works once, for seven days. They are not shown again once you leave this page;
            make a new one from the list of people if needed.
          </p>
          <ul className="link-list">
            {links.map((issued, index) => {
              const inputId = `${baseId}-link-${index}`;
              return (
                <li key={`${issued.personId}-${issued.link}`} className="link-list__item">
                  <div className="link-list__who">
                    <strong>{issued.name}</strong> <span>{issued.email}</span>
                    <span className="link-list__kind">
                      {issued.kind}
                      {issued.emailed ? ' · e-mailed' : ' · not e-mailed: send it yourself'}
                    </span>
                  </div>
                  <div className="link-list__link">
                    <input
                      id={inputId}
                      type="text"
                      readOnly
                      value={issued.link}
                      aria-label={`${issued.kind} for ${issued.name}`}
                      onFocus={(event) => event.target.select()}
                    />
                    <CopyButton
                      text={issued.link}
                      label={`Copy ${issued.kind} for ${issued.name}`}
                      inputId={inputId}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
