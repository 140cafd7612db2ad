/**
 * One field of a call in the answer form, by kind: a line of text, a paragraph, a web address,
 * or a start and end date and time in the person's zone (with the UTC equivalent shown as soon
 * as it is valid). Errors sit under the part they are about and are announced with it.
 */
import { useId } from 'react';
import type { CallField } from '../../../shared/calls/callTypes';
import { FieldKinds } from '../../../shared/calls/callTypes';
import { showRange } from '../../../shared/time/formatInstant';
import { wallClockToInstant } from '../../../shared/time/zonedTime';
import { TextField } from '../components/TextField';

/** Props of FieldInput. */
export interface FieldInputProps {
  readonly field: CallField;
  readonly value: string | { start: string; end: string };
  readonly onChange: (value: string | { start: string; end: string }) => void;
  /** Problems by key (`values.<id>`, `values.<id>.start`, …). */
  readonly problems: Readonly<Record<string, string>>;
  readonly zone: string;
  readonly disabled: boolean;
}

/** One answer field. */
export function FieldInput({ field, value, onChange, problems, zone, disabled }: FieldInputProps) {
  const id = useId();
  const key = `values.${field.id}`;
  const label = `${field.label}${field.required ? '' : ' (optional)'}`;
  if (field.kind === FieldKinds.timeRange) {
    const range = typeof value === 'string' ? { start: '', end: '' } : value;
    const start = wallClockToInstant(range.start, zone);
    const end = wallClockToInstant(range.end, zone);
    const preview =
      start.ok && end.ok && Date.parse(end.utc) > Date.parse(start.utc)
        ? showRange(start.utc, end.utc, zone).utc
        : null;
    const groupError = problems[key];
    return (
      <fieldset className="field time-range" disabled={disabled}>
        <legend className="field__label">{label}</legend>
        {field.help ? <span className="field__hint">{field.help}</span> : null}
        <div className="time-range__row">
          <TextField
            label={`Start (${zone})`}
            type="datetime-local"
            name={`${field.id}-start`}
            value={range.start}
            error={problems[`${key}.start`] ?? groupError}
            onChange={(event) => onChange({ ...range, start: event.target.value })}
          />
          <TextField
            label={`End (${zone})`}
            type="datetime-local"
            name={`${field.id}-end`}
            value={range.end}
            error={problems[`${key}.end`]}
            onChange={(event) => onChange({ ...range, end: event.target.value })}
          />
        </div>
        {preview ? (
          <span className="field__hint" data-testid="utc-preview">
            That is {preview}.
          </span>
        ) : null}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (field.kind === FieldKinds.longText) {
    const errorId = problems[key] ? `${id}-error` : undefined;
    const hintId = field.help ? `${id}-hint` : undefined;
    return (
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {field.help ? (
          <span id={hintId} className="field__hint">
            {field.help}
          </span>
        ) : null}
        <textarea
          id={id}
          className="text-area"
          rows={4}
          maxLength={field.maxLength + 100}
          value={text}
          disabled={disabled}
          aria-invalid={problems[key] ? true : undefined}
          aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {problems[key] ? (
          <span id={errorId} className="field__error">
            {problems[key]}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <TextField
      label={label}
      hint={field.help || undefined}
      type={field.kind === FieldKinds.url ? 'url' : 'text'}
      value={text}
      disabled={disabled}
      error={problems[key]}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
