/**
 * The Secretariat opens a call: title, explanation, who may answer (every DC or chosen ones),
 * the closing date and time in the Secretariat's zone, whether a DC may answer several times and
 * whether accepted answers go on the calendar, and the fields (label, kind, required). Checked
 * with the server's own schema; each message sits under its field.
 */
import { useId, useState } from 'react';
import { callSchema } from '../../../shared/calls/callSchema';
import type { FieldKind } from '../../../shared/calls/callTypes';
import { FieldKinds } from '../../../shared/calls/callTypes';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useSchemaSubmit } from '../components/useSchemaSubmit';
import { DcPicker } from '../people/DcPicker';
import { openCall } from './callsApi';

/** Props of OpenCallForm. */
export interface OpenCallFormProps {
  readonly zone: string;
  readonly onOpened: () => void;
  readonly onCancel: () => void;
}

interface FieldDraft {
  readonly label: string;
  readonly kind: FieldKind;
  readonly required: boolean;
}

const KIND_LABELS: Readonly<Record<FieldKind, string>> = {
  shortText: 'One line of text',
  longText: 'A paragraph',
  url: 'Web address',
  timeRange: 'Start and end date and time',
};

/** A field key from its label: `Contact person` → `contact-person`. */
function keyOf(label: string, index: number): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  return /^[a-z]/.test(slug) ? slug : `field-${index + 1}`;
}

/** The "open a call" form. */
export function OpenCallForm({ zone, onOpened, onCancel }: OpenCallFormProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [explanation, setExplanation] = useState('');
  const [audience, setAudience] = useState<'allDcs' | 'someDcs'>('allDcs');
  const [dcs, setDcs] = useState<string[]>([]);
  const [closes, setCloses] = useState('');
  const [multiple, setMultiple] = useState(false);
  const [onCalendar, setOnCalendar] = useState(false);
  const [fields, setFields] = useState<FieldDraft[]>([
    { label: 'Contact person', kind: FieldKinds.shortText, required: true },
  ]);

  const body = () => ({
    title,
    explanation,
    audience,
    dcs,
    closes: { at: closes, zone },
    multiple,
    onCalendar,
    fields: fields.map((field, index) => ({
      id: keyOf(field.label, index),
      label: field.label,
      kind: field.kind,
      required: field.required,
    })),
  });

  const { busy, problems, error, handleSubmit } = useSchemaSubmit(
    callSchema,
    body,
    async (checked) => {
      await openCall(checked);
      onOpened();
    },
    'The call was not opened.',
  );

  const setField = (index: number, change: Partial<FieldDraft>) =>
    setFields(fields.map((field, i) => (i === index ? { ...field, ...change } : field)));

  return (
    <form
      className="open-call-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={handleSubmit}
    >
      <h2 id={`${id}-title`}>Open a call</h2>
      <TextField
        label="Title"
        value={title}
        error={problems.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        label="Explanation"
        rows={3}
        value={explanation}
        error={problems.explanation}
        onChange={(event) => setExplanation(event.target.value)}
      />
      <fieldset className="choice-group">
        <legend className="field__label">Who may answer</legend>
        <label className="check">
          <input
            type="radio"
            checked={audience === 'allDcs'}
            onChange={() => setAudience('allDcs')}
          />
          Every Dynamic Coalition
        </label>
        <label className="check">
          <input
            type="radio"
            checked={audience === 'someDcs'}
            onChange={() => setAudience('someDcs')}
          />
          Only the DCs chosen below
        </label>
        {problems.audience ? <span className="field__error">{problems.audience}</span> : null}
      </fieldset>
      {audience === 'someDcs' ? (
        <DcPicker
          legend="DCs that may answer"
          value={dcs}
          error={problems.dcs}
          idPrefix={`${id}-dcs`}
          onChange={setDcs}
        />
      ) : null}
      <TextField
        label={`Closes (${zone})`}
        type="datetime-local"
        value={closes}
        error={problems['closes.at'] ?? problems.closes}
        onChange={(event) => setCloses(event.target.value)}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={multiple}
          onChange={(event) => setMultiple(event.target.checked)}
        />
        A DC may send several answers (one per session)
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={onCalendar}
          onChange={(event) => setOnCalendar(event.target.checked)}
        />
        Accepted answers go on the calendar (needs a date-and-time field)
      </label>
      {problems.onCalendar ? <span className="field__error">{problems.onCalendar}</span> : null}
      <fieldset className="choice-group">
        <legend className="field__label">Fields (the DC is always asked)</legend>
        {problems.fields ? <span className="field__error">{problems.fields}</span> : null}
        {fields.map((field, index) => (
          <div key={index} className="field-row">
            <TextField
              label={`Field ${index + 1} label`}
              value={field.label}
              error={problems[`fields.${index}.label`] ?? problems[`fields.${index}.id`]}
              onChange={(event) => setField(index, { label: event.target.value })}
            />
            <div className="field">
              <label className="field__label" htmlFor={`${id}-kind-${index}`}>
                Kind
              </label>
              <select
                id={`${id}-kind-${index}`}
                value={field.kind}
                onChange={(event) => setField(index, { kind: event.target.value as FieldKind })}
              >
                {Object.entries(KIND_LABELS).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={field.required}
                onChange={(event) => setField(index, { required: event.target.checked })}
              />
              Required
            </label>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={`Remove field ${index + 1}`}
              onClick={() => setFields(fields.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setFields([...fields, { label: '', kind: FieldKinds.shortText, required: false }])
          }
        >
          Add a field
        </button>
      </fieldset>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="answer-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open the call'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
