/**
 * Copies a text (a one-time link) to the clipboard and says so in a polite live region. Where
 * the clipboard is not available, it selects the text so the person can copy it themselves.
 */
import { useEffect, useState } from 'react';

/** Props of CopyButton. */
export interface CopyButtonProps {
  readonly text: string;
  /** What is copied, for screen readers: "Copy link for Wout de Natris". */
  readonly label: string;
  /** Id of the input showing the text (selected when copying is not possible). */
  readonly inputId: string;
}

/** The copy button. */
export function CopyButton({ text, label, inputId }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'select'>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
      setState('select');
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-label={label}
        onClick={() => void handleCopy()}
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied'
          ? 'Link copied.'
          : state === 'select'
            ? 'Copying is not available here: the link is selected, press Ctrl+C to copy it.'
            : ''}
      </span>
    </>
  );
}
