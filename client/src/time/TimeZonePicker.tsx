/**
 * Shows the time zone times are read and entered in, with its current offset, and lets the
 * person change it: a searchable list (datalist) of every zone the browser knows.
 */
import { useId, useMemo, useState } from 'react';
import { isValidTimeZone, offsetLabel } from '../../../shared/time/zonedTime';

/** Props of TimeZonePicker. */
export interface TimeZonePickerProps {
  readonly zone: string;
  readonly onChange: (zone: string) => void;
}

const allZones = (): string[] => {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return supported.includes('UTC') ? supported : ['UTC', ...supported];
};

/** The time-zone picker. */
export function TimeZonePicker({ zone, onChange }: TimeZonePickerProps) {
  const id = useId();
  const zones = useMemo(allZones, []);
  const [text, setText] = useState(zone);
  const [editing, setEditing] = useState(false);
  const invalid = text !== '' && !isValidTimeZone(text);

  if (!editing) {
    return (
      <p className="time-zone">
        Times in <strong data-testid="time-zone">{zone}</strong> (
        {offsetLabel(new Date().toISOString(), zone)}), with UTC beside them.{' '}
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            setText(zone);
            setEditing(true);
          }}
        >
          Change time zone
        </button>
      </p>
    );
  }
  return (
    <form
      className="time-zone time-zone--editing"
      onSubmit={(event) => {
        event.preventDefault();
        if (invalid || text === '') return;
        onChange(text);
        setEditing(false);
      }}
    >
      <label htmlFor={id}>Time zone</label>
      <input
        id={id}
        list={`${id}-zones`}
        value={text}
        autoFocus
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setEditing(false);
        }}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit" className="button button--small button--primary" disabled={invalid}>
        Use this zone
      </button>
      <button type="button" className="button button--small" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {invalid ? (
        <span id={`${id}-error`} className="field__error">
          Time zone: choose a zone from the list, like Europe/Warsaw or Asia/Tokyo
        </span>
      ) : null}
    </form>
  );
}
