/**
 * "Who are you?": asked on the first visit, and whenever someone wants to change their name,
 * DC or colour. A native modal <dialog> keeps focus inside and the page behind inert. On the
 * first visit it cannot be dismissed, since the editor needs a name to show on the caret.
 */
import type { FormEvent, SyntheticEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { affiliations } from '../../../shared/workspace/affiliations';
import type { Identity } from './identity';
import { MAX_NAME_LENGTH, normalizeName } from './identity';
import { namedPersonColors, pickPersonColor } from './personColors';

/** Props of IdentityDialog. */
export interface IdentityDialogProps {
  /** The current identity when changing it; null on the first visit. */
  readonly initial: Identity | null;
  readonly onSave: (identity: Identity) => void;
  /** Omitted on the first visit: the dialog then cannot be closed without answering. */
  readonly onCancel?: () => void;
}

const groups = [...new Set(affiliations.map((affiliation) => affiliation.group))];

/** The name, DC and colour form. */
export function IdentityDialog({ initial, onSave, onCancel }: IdentityDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initial?.name ?? '');
  const [dc, setDc] = useState(initial?.dc ?? '');
  const [color, setColor] = useState(() => initial?.color ?? pickPersonColor(Math.random));
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const handleCancel = (event: Event | SyntheticEvent) => {
    event.preventDefault();
    onCancel?.();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleanName = normalizeName(name);
    if (cleanName === null) {
      setError(`Please enter your name (up to ${MAX_NAME_LENGTH} characters).`);
      return;
    }
    if (dc === '') {
      setError('Please choose your Dynamic Coalition or role.');
      return;
    }
    onSave({ name: cleanName, dc, color });
  };

  return (
    <dialog
      ref={dialogRef}
      className="identity-dialog"
      aria-labelledby={`${baseId}-title`}
      aria-describedby={`${baseId}-intro`}
      onCancel={handleCancel}
    >
      <form onSubmit={handleSubmit} noValidate>
        <h2 id={`${baseId}-title`}>
          {initial ? 'Change how others see you' : 'Welcome to DC Planner'}
        </h2>
        <p id={`${baseId}-intro`} className="identity-dialog__intro">
          Others see your name and Dynamic Coalition next to your cursor and in the list of who is
          here. Until accounts exist, this is kept in this browser only.
        </p>
        <label className="field">
          <span className="field__label">Your name</span>
          <input
            name="name"
            type="text"
            autoComplete="name"
            maxLength={MAX_NAME_LENGTH}
            required
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Dynamic Coalition or role</span>
          <select name="dc" required value={dc} onChange={(event) => setDc(event.target.value)}>
            <option value="" disabled>
              Choose from the list…
            </option>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {affiliations
                  .filter((affiliation) => affiliation.group === group)
                  .map((affiliation) => (
                    <option key={affiliation.name} value={affiliation.name}>
                      {affiliation.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <fieldset className="field color-field">
          <legend className="field__label">Your colour</legend>
          <div className="color-field__swatches">
            {namedPersonColors.map((swatch) => (
              <label
                key={swatch.value}
                className="color-swatch"
                style={{ backgroundColor: swatch.value }}
              >
                <input
                  type="radio"
                  name="color"
                  value={swatch.value}
                  checked={color === swatch.value}
                  onChange={() => setColor(swatch.value)}
                  aria-label={swatch.name}
                />
              </label>
            ))}
          </div>
        </fieldset>
        <p className="form-error" role="alert">
          {error}
        </p>
        <div className="dialog-actions">
          {onCancel ? (
            <button type="button" className="button button--quiet" onClick={handleCancel}>
              Cancel
            </button>
          ) : null}
          <button type="submit" className="button button--primary">
            {initial ? 'Save' : 'Start'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
