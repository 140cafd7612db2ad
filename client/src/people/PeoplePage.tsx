/**
 * The People page, for the Secretariat: everyone in the workspace with what can be changed
 * about them, inviting one person or a pasted participant list, the one-time links to hand
 * out, and the audit log. Loaded only when opened (most people never see it).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Account } from '../account/account';
import { isSecretariat } from '../account/account';
import { AuditLog } from './AuditLog';
import { InviteForm } from './InviteForm';
import type { IssuedLink } from './LinkList';
import { LinkList } from './LinkList';
import { ParticipantImport } from './ParticipantImport';
import type { Invitation } from './peopleApi';
import { fetchPeople } from './peopleApi';
import { PersonRow } from './PersonRow';
import '../styles/people.css';

/** Props of PeoplePage. */
export interface PeoplePageProps {
  readonly account: Account;
}

const invitationLink = (invitation: Invitation): IssuedLink => ({
  personId: invitation.person.id,
  name: invitation.person.name,
  email: invitation.person.email,
  link: invitation.link,
  emailed: invitation.emailed,
  kind: 'invitation',
});

/** The People page. */
export function PeoplePage({ account }: PeoplePageProps) {
  const [people, setPeople] = useState<Account[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [links, setLinks] = useState<IssuedLink[]>([]);
  const [changes, setChanges] = useState(0);
  const allowed = isSecretariat(account);

  useEffect(() => {
    document.title = 'People · DC Planner';
  }, []);

  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    fetchPeople(controller.signal).then(
      (found) => {
        setPeople(found);
        setError(null);
      },
      (caught: unknown) => {
        if (!controller.signal.aborted)
          setError(caught instanceof Error ? caught.message : 'The people could not be loaded.');
      },
    );
    return () => controller.abort();
  }, [allowed, changes]);

  const handleChanged = useCallback((changed: Account) => {
    setPeople((current) =>
      (current ?? []).map((person) => (person.id === changed.id ? changed : person)),
    );
    setChanges((value) => value + 1);
  }, []);

  const handleInvited = useCallback((invitations: readonly Invitation[]) => {
    setLinks((current) => [...invitations.map(invitationLink), ...current]);
    setChanges((value) => value + 1);
  }, []);

  const handleLink = useCallback((person: Account, link: string, emailed: boolean) => {
    setLinks((current) => [
      {
        personId: person.id,
        name: person.name,
        email: person.email,
        link,
        emailed,
        kind: 'reset link',
      },
      ...current,
    ]);
    setChanges((value) => value + 1);
  }, []);

  if (!allowed) {
    return (
      <main id="main" className="not-found">
        <h1>People</h1>
        <p>Only the IGF Secretariat manages people in the workspace.</p>
      </main>
    );
  }

  return (
    <main id="main" className="people-page" tabIndex={-1}>
      <h1>People</h1>
      <p className="people-page__lead">
        Invite DCCG participants, change what they may do, and hand out one-time links to set a
        password.
      </p>
      <LinkList links={links} onClear={() => setLinks([])} />
      <div className="people-page__invite">
        <InviteForm onInvited={(invitation) => handleInvited([invitation])} />
        <ParticipantImport people={people ?? []} onInvited={handleInvited} />
      </div>
      <section className="people-section" aria-labelledby="people-list-title">
        <h2 id="people-list-title">Everyone in the workspace</h2>
        {error ? (
          <div className="notice notice--error" role="alert">
            <p>{error}</p>
            <button type="button" className="button" onClick={() => setChanges((v) => v + 1)}>
              Try again
            </button>
          </div>
        ) : null}
        {people === null && !error ? <p role="status">Loading people…</p> : null}
        {people !== null ? (
          <div className="table-scroll">
            <table className="people-table" aria-labelledby="people-list-title">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                  <th scope="col">DCs</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <PersonRow
                    key={person.id}
                    person={person}
                    me={account}
                    onChanged={handleChanged}
                    onLink={handleLink}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <AuditLog people={people ?? []} refreshKey={changes} />
    </main>
  );
}
