/**
 * The Secretariat moves a call's closing time (to give DCs more time) or closes it now. The
 * time is entered in the Secretariat's zone; answers are refused by the server after it.
 */
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { instantToWallClock } from '../../../shared/time/zonedTime';
import { ApiRequestError } from '../api/apiError';
import { TextField } from '../components/TextField';
import type { CallView } from './callsApi';
import { changeCall } from './callsApi';

/** Props of ClosingTimeForm. */
export interface ClosingTimeFormProps {
  readonly call: CallView;
  readonly zone: string;
  readonly onChanged: (message: string) => void;
}

/** The closing time form. */
export function ClosingTimeForm({ call, zone, onChanged }: ClosingTimeFormProps) {
  const id = useId();
  const [closes, setCloses] = useState(() => instantToWallClock(call.closesAt, zone));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (at: string, message: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await changeCall(call.id, { closes: { at, zone } });
      onChanged(message);
    } catch (caught) {
      setProblem(
        caught instanceof ApiRequestError
          ? (caught.fields['closes.at'] ?? caught.message)
          : 'The closing time was not changed.',
      );
    } finally {
      setBusy(false);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(closes, 'The closing time was changed.');
  };

  return (
    <form
      className="closing-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={handleSubmit}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        Closing time
      </h2>
      <TextField
        label={`Closing time (${zone})`}
        type="datetime-local"
        value={closes}
        error={problem}
        onChange={(event) => setCloses(event.target.value)}
      />
      <div className="answer-form__actions">
        <button type="submit" className="button button--small" disabled={busy}>
          Save closing time
        </button>
        {call.open ? (
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={busy}
            onClick={() =>
              void save(instantToWallClock(new Date().toISOString(), zone), 'The call is closed.')
            }
          >
            Close now
          </button>
        ) : null}
      </div>
    </form>
  );
}
