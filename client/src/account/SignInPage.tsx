/**
 * The sign-in page, shown in place of any page while nobody is signed in; the address stays,
 * so signing in lands on the page that was asked for. Errors are announced (role="alert")
 * and focus goes to the field to correct.
 */
import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { AppHeader } from '../components/AppHeader';
import { TextField } from '../components/TextField';
import { setSignedIn } from './accountStore';
import { signIn } from './authApi';
import { signInErrorMessage } from './signInErrors';

/** Props of SignInPage. */
export interface SignInPageProps {
  /** Why the page is shown (the session ended, signed out); null on a first visit. */
  readonly notice: string | null;
}

/** The sign-in page. */
export function SignInPage({ notice }: SignInPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldProblems, setFieldProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · DC Planner';
  }, []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems: Record<string, string> = {};
    if (email.trim() === '') problems.email = 'E-mail: enter the address your invitation went to.';
    if (password === '') problems.password = 'Password: enter your password.';
    setFieldProblems(problems);
    setError(null);
    if (problems.email) return emailRef.current?.focus();
    if (problems.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      setSignedIn(await signIn(email.trim(), password));
    } catch (caught) {
      setBusy(false);
      setPassword('');
      setError(signInErrorMessage(caught));
      passwordRef.current?.focus();
    }
  };

  return (
    <>
      <AppHeader account={null} />
      <main id="main" className="auth-page">
        <form
          className="auth-card"
          aria-labelledby="sign-in-title"
          noValidate
          onSubmit={(event) => void handleSubmit(event)}
        >
          <h1 id="sign-in-title">Sign in</h1>
          <p className="auth-card__intro">
            DC Planner is the workspace of the IGF Dynamic Coalition Coordination Group.
          </p>
          {notice ? (
            <p className="auth-card__notice" role="status">
              {notice}
            </p>
          ) : null}
          <TextField
            label="E-mail"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            autoFocus
            required
            value={email}
            error={fieldProblems.email}
            inputRef={emailRef}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            error={fieldProblems.password}
            inputRef={passwordRef}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p className="form-error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
          <button
            type="submit"
            className="button button--primary auth-card__submit"
            disabled={busy}
          >
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
          <p className="auth-card__help">
            No account yet, or forgot your password? Ask the IGF Secretariat for a link.
          </p>
        </form>
      </main>
    </>
  );
}
