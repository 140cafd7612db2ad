/**
 * Small pieces of the Secretariat's structure tools: the check of a typed title or label
 * (the message names the field), the table title form, a name edited in place, and the
 * move up / move down buttons.
 */
import type { FormEvent } from 'react';
import { useId, useState } from 'react';

const TITLE_MAX = 200;

/** Checks a title or label typed by the Secretariat; the error names the field. */
export function checkName(field: string, value: string): string | null {
  if (value.trim() === '') return `${field}: enter a name.`;
  if (value.trim().length > TITLE_MAX) return `${field}: at most ${TITLE_MAX} characters.`;
  return null;
}

/** The table title form. */
export function TitleForm({
  title,
  onRename,
}: {
  title: string;
  onRename: (title: string) => void;
}) {
  const id = useId();
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = checkName('Table title', value);
    setError(problem);
    if (problem === null) onRename(value.trim());
  };
  return (
    <form className="structure-section" onSubmit={handleSubmit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          Table title
        </label>
        <input
          id={`${id}-title`}
          value={value}
          aria-invalid={error !== null}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
          data-testid="table-title-input"
        />
      </div>
      <p className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="button button--small">
        Rename table
      </button>
    </form>
  );
}

/** A name that can be edited in place: saved on Enter or when leaving the field. */
export function RenameInput({
  label,
  value,
  onRename,
}: {
  label: string;
  value: string;
  onRename: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (draft.trim() === value) return;
    const problem = checkName(label, draft);
    setError(problem);
    if (problem === null) onRename(draft.trim());
  };
  return (
    <span className="rename-input">
      <input
        aria-label={label}
        value={draft}
        aria-invalid={error !== null}
        title={error ?? undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          }
        }}
      />
      {error ? <span className="form-error">{error}</span> : null}
    </span>
  );
}

/** Props of OrderButtons. */
export interface OrderButtonsProps {
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (index: number, direction: -1 | 1) => void;
}

/** Move up / move down buttons of one entry. */
export function OrderButtons({ name, index, count, onMove }: OrderButtonsProps) {
  return (
    <>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onClick={() => onMove(index, -1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`Move ${name} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index, 1)}
      >
        ↓
      </button>
    </>
  );
}
