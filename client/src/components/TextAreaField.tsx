/**
 * A labelled multi-line text field, the <textarea> twin of TextField: its error message is tied
 * to it (aria-describedby, aria-invalid), so screen readers announce what is wrong on focus.
 */
import type { TextareaHTMLAttributes } from 'react';
import { useId } from 'react';

/** Props of TextAreaField: those of <textarea>, plus its label and error. */
export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  readonly label: string;
  /** The message for this field; null or empty when it is fine. */
  readonly error?: string | null;
};

/** A multi-line text field. */
export function TextAreaField({ label, error, className, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="text-area"
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        {...textarea}
      />
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
