/**
 * Chooses the Dynamic Coalitions a person represents: a labelled group of checkboxes (every
 * DC of the reference data), scrollable so the form stays short on a phone.
 */
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';
// Its look lives with the People page; other forms (calls, action items) use it too.
import '../styles/people.css';

/** Props of DcPicker. */
export interface DcPickerProps {
  readonly legend: string;
  readonly value: readonly string[];
  readonly onChange: (dcs: string[]) => void;
  readonly error?: string | null;
  /** Id prefix, unique on the page. */
  readonly idPrefix: string;
}

/** The DC checkboxes. */
export function DcPicker({ legend, value, onChange, error, idPrefix }: DcPickerProps) {
  const errorId = `${idPrefix}-dcs-error`;
  const handleToggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value, id] : value.filter((dc) => dc !== id));
  return (
    <fieldset
      className="field dc-picker"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div className="dc-picker__list">
        {dynamicCoalitions.map((dc) => (
          <label key={dc.id} className="dc-picker__option">
            <input
              type="checkbox"
              name={`${idPrefix}-dcs`}
              value={dc.id}
              checked={value.includes(dc.id)}
              onChange={(event) => handleToggle(dc.id, event.target.checked)}
            />
            <span>{dc.name}</span>
          </label>
        ))}
      </div>
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
