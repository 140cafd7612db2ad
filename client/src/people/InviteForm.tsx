/**
 * Invites one person: name, e-mail, role and DCs, checked in the browser with the shared
 * person schema and again by the server; each message names its field, and focus goes to the
 * first field to correct. The new one-time link is handed to the page to show.
 */
import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { Roles, type Role } from '../../../shared/access/roles';
import { ApiRequestError } from '../api/apiError';
import { TextField } from '../components/TextField';
import { DcPicker } from './DcPicker';
import type { Invitation } from './peopleApi';
import { invitePerson } from './peopleApi';
import { roleOptions } from './peopleLabels';
import { personProblems } from './personForm';

/** Props of InviteForm. */
export interface InviteFormProps {
  readonly onInvited: (invitation: Invitation) => void;
}

const EMPTY = { name: '', email: '', role: Roles.dcMember as Role, dcs: [] as string[] };

/** The "invite one person" form. */
export function InviteForm({ onInvited }: InviteFormProps) {
  const baseId = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirst = (found: Record<string, string>) => {
    if (found.name) nameRef.current?.focus();
    else if (found.email) emailRef.current?.focus();
    else if (found.role) roleRef.current?.focus();
    else if (found.dcs)
      formRef.current?.querySelector<HTMLInputElement>('.dc-picker input')?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const person = { ...draft, name: draft.name.trim(), email: draft.email.trim() };
    const found = personProblems(person);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      const invitation = await invitePerson(person);
      setDraft(EMPTY);
      onInvited(invitation);
      nameRef.current?.focus();
    } catch (caught) {
      if (caught instanceof ApiRequestError && Object.keys(caught.fields).length > 0) {
        setProblems(caught.fields);
        focusFirst(caught.fields);
      } else {
        setError(caught instanceof Error ? caught.message : 'The invitation was not sent.');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="invite-form"
      aria-labelledby={`${baseId}-title`}
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h2 id={`${baseId}-title`}>Invite a person</h2>
      <div className="invite-form__row">
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          value={draft.name}
          error={problems.name}
          inputRef={nameRef}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="off"
          value={draft.email}
          error={problems.email}
          inputRef={emailRef}
          onChange={(event) => setDraft({ ...draft, email: event.target.value })}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${baseId}-role`}>
            Role
          </label>
          <select
            id={`${baseId}-role`}
            ref={roleRef}
            value={draft.role}
            aria-invalid={problems.role ? true : undefined}
            onChange={(event) => setDraft({ ...draft, role: event.target.value as Role })}
          >
            {roleOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {problems.role ? <span className="field__error">{problems.role}</span> : null}
        </div>
      </div>
      <DcPicker
        legend="Dynamic Coalitions (a DC member represents at least one)"
        value={draft.dcs}
        error={problems.dcs}
        idPrefix={`${baseId}-invite`}
        onChange={(dcs) => setDraft({ ...draft, dcs })}
      />
      <p className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Inviting…' : 'Invite'}
      </button>
    </form>
  );
}
