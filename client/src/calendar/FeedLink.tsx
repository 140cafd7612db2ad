/**
 * The person's subscribable feed link: calendar programs cannot sign in, so the link itself is
 * the key. It is shown once when made; making a new one stops the old one; it can be turned off.
 */
import { useEffect, useId, useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { createFeedLink, deleteFeedLink, fetchFeedState } from './calendarApi';

/** The feed link section. */
export function FeedLink() {
  const id = useId();
  const [state, setState] = useState<{ exists: boolean; createdAt: number | null } | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchFeedState(controller.signal).then(setState, (caught: unknown) => {
      if (!controller.signal.aborted)
        setError(caught instanceof Error ? caught.message : 'The feed link could not be loaded.');
    });
    return () => controller.abort();
  }, []);

  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const make = () =>
    act(async () => {
      setUrl(await createFeedLink());
      setState({ exists: true, createdAt: Date.now() });
    });
  const turnOff = () =>
    act(async () => {
      await deleteFeedLink();
      setUrl(null);
      setState({ exists: false, createdAt: null });
    });

  return (
    <section className="calls-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Subscribe in your calendar program</h2>
      <p className="calls-section__intro">
        A private link that keeps your calendar program up to date with the accepted sessions.
        Anyone with the link can read the calendar: keep it to yourself, and make a new one if it
        leaks.
      </p>
      {url ? (
        <div className="feed-link">
          <label className="field__label" htmlFor={`${id}-url`}>
            Your feed link (shown only now)
          </label>
          <input id={`${id}-url`} className="feed-link__url" readOnly value={url} />
          <CopyButton text={url} label="Copy the feed link" inputId={`${id}-url`} />
        </div>
      ) : state?.exists ? (
        <p>
          You have a feed link
          {state.createdAt ? ` (made ${new Date(state.createdAt).toLocaleDateString()})` : ''}. It
          is only shown when it is made: make a new one to see it again (the old one stops working).
        </p>
      ) : state ? (
        <p>You have no feed link.</p>
      ) : null}
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="answer-form__actions">
        <button
          type="button"
          className="button"
          disabled={busy || !state}
          onClick={() => void make()}
        >
          {state?.exists ? 'Make a new feed link' : 'Make a feed link'}
        </button>
        {state?.exists ? (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => void turnOff()}
          >
            Turn the feed link off
          </button>
        ) : null}
      </div>
    </section>
  );
}
