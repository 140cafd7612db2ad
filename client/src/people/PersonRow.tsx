/**
 * One person in the People table: name, e-mail, role, DCs and status, and what the
 * Secretariat can do about them: change role and DCs, disable or enable, make a new one-time
 * link, end every session. Each button names the person for screen readers.
 */
import { useId, useState } from 'react';
import { roleLabels, type Role } from '../../../shared/access/roles';
import type { Account } from '../account/account';
import { DcPicker } from './DcPicker';
import { changePerson, newResetLink, revokeSessions } from './peopleApi';
import { dcShortNames, roleOptions, statusLabels } from './peopleLabels';
import { personProblems } from './personForm';

/** Props of PersonRow. */
export interface PersonRowProps {
  readonly person: Account;
  /** The signed-in Secretariat (they cannot disable themselves here). */
  readonly me: Account;
  readonly onChanged: (person: Account) => void;
  readonly onLink: (person: Account, link: string, emailed: boolean) => void;
}

/** A row of the People table, and its change form when open. */
export function PersonRow({ person, me, onChanged, onLink }: PersonRowProps) {
  const baseId = useId();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role>(person.role);
  const [dcs, setDcs] = useState<string[]>([...person.dcs]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ text: done, error: false });
    } catch (caught) {
      setMessage({
        text: caught instanceof Error ? caught.message : 'That did not work.',
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const handleSave = () => {
    const found = personProblems({ ...person, role, dcs });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void run(async () => {
      const changed = await changePerson(person.id, { role, dcs });
      onChanged(changed);
      setEditing(false);
      return `Saved ${changed.name}. Their open documents reconnect with the new rights.`;
    });
  };

  const handleStatus = () =>
    void run(async () => {
      const status = person.status === 'disabled' ? 'active' : 'disabled';
      const changed = await changePerson(person.id, { status });
      onChanged(changed);
      return status === 'disabled'
        ? `${person.name} is disabled and signed out.`
        : `${person.name} is enabled.`;
    });

  const handleLink = () =>
    void run(async () => {
      const { link, emailed } = await newResetLink(person.id);
      onLink(person, link, emailed);
      return `New link for ${person.name} is under “Links to hand out”.`;
    });

  const handleRevoke = () =>
    void run(async () => {
      await revokeSessions(person.id);
      return `${person.name} is signed out everywhere.`;
    });

  const isMe = person.id === me.id;

  return (
    <>
      <tr data-person-id={person.id} className={`person-row person-row--${person.status}`}>
        <th scope="row" data-label="Name">
          {person.name}
          {isMe ? <span className="person-row__me"> (you)</span> : null}
        </th>
        <td data-label="E-mail">{person.email}</td>
        <td data-label="Role">{roleLabels[person.role]}</td>
        <td data-label="DCs">{dcShortNames(person.dcs) || '—'}</td>
        <td data-label="Status">
          <span className={`status-badge status-badge--${person.status}`}>
            {statusLabels[person.status]}
          </span>
        </td>
        <td data-label="Actions" className="person-row__actions">
          <button
            type="button"
            className="button button--small"
            aria-expanded={editing}
            aria-controls={`${baseId}-edit`}
            aria-label={`Change role or DCs of ${person.name}`}
            onClick={() => {
              setEditing((open) => !open);
              setRole(person.role);
              setDcs([...person.dcs]);
              setProblems({});
            }}
          >
            Change
          </button>
          {isMe ? null : (
            <button
              type="button"
              className="button button--small"
              aria-label={`${person.status === 'disabled' ? 'Enable' : 'Disable'} ${person.name}`}
              disabled={busy}
              onClick={handleStatus}
            >
              {person.status === 'disabled' ? 'Enable' : 'Disable'}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            aria-label={`New one-time link for ${person.name}`}
            disabled={busy || person.status === 'disabled'}
            onClick={handleLink}
          >
            New link
          </button>
          {isMe ? null : (
            <button
              type="button"
              className="button button--small"
              aria-label={`Sign ${person.name} out everywhere`}
              disabled={busy}
              onClick={handleRevoke}
            >
              Sign out everywhere
            </button>
          )}
          <span
            role="status"
            className={message?.error ? 'person-row__message field__error' : 'person-row__message'}
          >
            {message?.text}
          </span>
        </td>
      </tr>
      {editing ? (
        <tr id={`${baseId}-edit`} className="person-row__editor">
          <td colSpan={6}>
            <div className="person-editor">
              <div className="field">
                <label className="field__label" htmlFor={`${baseId}-role`}>
                  Role of {person.name}
                </label>
                <select
                  id={`${baseId}-role`}
                  value={role}
                  onChange={(event) => setRole(event.target.value as Role)}
                >
                  {roleOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <DcPicker
                legend={`DCs of ${person.name}`}
                value={dcs}
                error={problems.dcs}
                idPrefix={`${baseId}-person`}
                onChange={setDcs}
              />
              <div className="person-editor__actions">
                <button
                  type="button"
                  className="button button--primary button--small"
                  disabled={busy}
                  onClick={handleSave}
                >
                  Save
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setEditing(false)}
                >
                  Cancel
                </button>
              </div>
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
