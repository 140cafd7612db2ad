/**
 * A labelled text input with an optional hint and an error message tied to it
 * (aria-describedby, aria-invalid), so screen readers announce what is wrong with the field
 * when it gets focus.
 */
import type { InputHTMLAttributes, Ref } from 'react';
import { useId } from 'react';

/** Props of TextField: those of <input>, plus its label, hint and error. */
export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  readonly label: string;
  readonly hint?: string;
  /** The message for this field; null or empty when it is fine. */
  readonly error?: string | null;
  readonly inputRef?: Ref<HTMLInputElement>;
};

/** A text field. */
export function TextField({ label, hint, error, inputRef, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
