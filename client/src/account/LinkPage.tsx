/**
 * The page of a one-time link (/invite/…, /reset/…, /setup/…): says who it is for (or, for
 * the first-start setup, asks for the first Secretariat's name and e-mail), lets the person
 * choose a password, and lands them signed in on the document list. A link that is unknown,
 * used or expired says so, and what to do next.
 */
import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../api/apiError';
import { AppHeader } from '../components/AppHeader';
import { TextField } from '../components/TextField';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/useRoute';
import { setSignedIn } from './accountStore';
import type { LinkInfo, LinkKind } from './authApi';
import { fetchLink, redeemLink } from './authApi';
import { linkFormProblems } from './linkForm';
import { PASSWORD_HINT } from './passwordRule';

/** Props of LinkPage. */
export interface LinkPageProps {
  /** The secret part of the link's address. */
  readonly secret: string;
}

type LinkState =
  | { readonly status: 'loading' }
  | { readonly status: 'invalid'; readonly error: ApiRequestError | Error }
  | { readonly status: 'ready'; readonly info: LinkInfo };

const FIELD_ORDER = ['name', 'email', 'password', 'confirm'] as const;

/** The one-time link page. */
export function LinkPage({ secret }: LinkPageProps) {
  const [state, setState] = useState<LinkState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = 'Set your password · DC Planner';
    const controller = new AbortController();
    fetchLink(secret, controller.signal).then(
      (info) => setState({ status: 'ready', info }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'invalid', error: error instanceof Error ? error : new Error() });
      },
    );
    return () => controller.abort();
  }, [secret, attempt]);

  return (
    <>
      <AppHeader account={null} />
      <main id="main" className="auth-page">
        {state.status === 'loading' ? (
          <p className="auth-card" role="status">
            Checking your link…
          </p>
        ) : state.status === 'invalid' ? (
          <InvalidLink
            error={state.error}
            onRetry={() => {
              setState({ status: 'loading' });
              setAttempt((value) => value + 1);
            }}
          />
        ) : (
          <PasswordForm
            kind={state.info.kind}
            info={state.info}
            secret={secret}
            onLinkGone={(error) => setState({ status: 'invalid', error })}
          />
        )}
      </main>
    </>
  );
}

function InvalidLink({
  error,
  onRetry,
}: {
  readonly error: ApiRequestError | Error;
  readonly onRetry: () => void;
}) {
  const status = error instanceof ApiRequestError ? error.status : -1;
  const unreachable = status === 0;
  const title =
    status === 410
      ? 'This link was already used or has expired'
      : unreachable
        ? 'The server could not be reached'
        : 'This link is not valid';
  return (
    <section className="auth-card" aria-labelledby="link-title">
      <h1 id="link-title">{title}</h1>
      {unreachable ? (
        <>
          <p role="alert">Check your connection, then try again.</p>
          <button type="button" className="button button--primary" onClick={onRetry}>
            Try again
          </button>
        </>
      ) : (
        <>
          <p role="alert">
            {status === 410
              ? 'Links work once and for seven days. '
              : 'Check that the whole link was copied. '}
            Ask the Secretariat for a new link.
          </p>
          <p>
            Already set your password? <AppLink href="/">Sign in</AppLink>.
          </p>
        </>
      )}
    </section>
  );
}

function PasswordForm({
  kind,
  info,
  secret,
  onLinkGone,
}: {
  readonly kind: LinkKind;
  readonly info: LinkInfo;
  readonly secret: string;
  readonly onLinkGone: (error: ApiRequestError) => void;
}) {
  const asksForPerson = kind === 'setup';
  const [values, setValues] = useState({ name: '', email: '', password: '', confirm: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };

  const focusFirst = (found: Record<string, string>) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) refs[first].current?.focus();
  };

  const handleChange = (field: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = linkFormProblems(values, asksForPerson);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      const account = await redeemLink(
        secret,
        asksForPerson
          ? { password: values.password, name: values.name.trim(), email: values.email.trim() }
          : { password: values.password },
      );
      setSignedIn(account);
      navigate('/', { replace: true });
    } catch (caught) {
      setBusy(false);
      if (caught instanceof ApiRequestError && (caught.status === 404 || caught.status === 410)) {
        onLinkGone(caught);
        return;
      }
      if (caught instanceof ApiRequestError && Object.keys(caught.fields).length > 0) {
        setProblems(caught.fields);
        focusFirst(caught.fields);
        return;
      }
      setError(caught instanceof Error ? caught.message : 'Setting the password did not work.');
    }
  };

  const person = info.user;
  const heading =
    kind === 'setup'
      ? 'Set up DC Planner'
      : kind === 'reset'
        ? 'Choose a new password'
        : `Welcome${person ? `, ${person.name}` : ''}`;

  return (
    <form
      className="auth-card"
      aria-labelledby="link-title"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h1 id="link-title">{heading}</h1>
      {kind === 'setup' ? (
        <p className="auth-card__intro">
          Create the first Secretariat account. You can then invite everyone else from the People
          page.
        </p>
      ) : person ? (
        <p className="auth-card__intro" data-testid="link-person">
          {kind === 'invite' ? 'You were invited as ' : 'This link is for '}
          <strong>{person.name}</strong> ({person.email}). Choose a password to
          {kind === 'invite' ? ' start working in the workspace.' : ' sign in again.'}
        </p>
      ) : null}
      {asksForPerson ? (
        <>
          <TextField
            label="Your name"
            name="name"
            autoComplete="name"
            required
            value={values.name}
            error={problems.name}
            inputRef={refs.name}
            onChange={(event) => handleChange('name')(event.target.value)}
          />
          <TextField
            label="E-mail"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={values.email}
            error={problems.email}
            inputRef={refs.email}
            onChange={(event) => handleChange('email')(event.target.value)}
          />
        </>
      ) : person ? (
        // Lets password managers file the new password under the right account.
        <input type="hidden" name="username" autoComplete="username" value={person.email} />
      ) : null}
      <TextField
        label="New password"
        name="new-password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_HINT}
        value={values.password}
        error={problems.password}
        inputRef={refs.password}
        onChange={(event) => handleChange('password')(event.target.value)}
      />
      <TextField
        label="Confirm password"
        name="confirm-password"
        type="password"
        autoComplete="new-password"
        required
        value={values.confirm}
        error={problems.confirm}
        inputRef={refs.confirm}
        onChange={(event) => handleChange('confirm')(event.target.value)}
      />
      <p className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="button button--primary auth-card__submit" disabled={busy}>
        {busy ? 'Saving…' : kind === 'reset' ? 'Save and sign in' : 'Set password and sign in'}
      </button>
    </form>
  );
}
