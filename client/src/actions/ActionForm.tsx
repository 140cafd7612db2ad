/**
 * The Secretariat records a meeting's action item: the meeting, what is to be done, owners
 * (every DC, chosen DCs, the Secretariat, people), the due date, and the document or call where
 * it is done. Checked with the server's own schema; each message sits under its field.
 */
import { useEffect, useId, useState } from 'react';
import { actionSchema } from '../../../shared/actions/actionSchema';
import type { ActionItem, ActionOwner } from '../../../shared/actions/actionTypes';
import type { Account } from '../account/account';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useSchemaSubmit } from '../components/useSchemaSubmit';
import type { CallView } from '../calls/callsApi';
import type { DocumentSummary } from '../home/documentList';
import { fetchDocumentList } from '../home/documentList';
import { DcPicker } from '../people/DcPicker';
import { fetchPeople } from '../people/peopleApi';
import { fetchTableList, type TableSummary } from '../tables/tablesApi';
import { changeAction, createAction } from './actionsApi';

/** Props of ActionForm. */
export interface ActionFormProps {
  /** The item to change, or none to record a new one. */
  readonly item?: ActionItem;
  /** The meeting filled in to start with (the latest one). */
  readonly meeting: string;
  readonly calls: readonly CallView[];
  readonly onCreated: () => void;
  readonly onCancel: () => void;
}

const linkValue = (item: ActionItem | undefined): string =>
  item?.link?.kind === 'document'
    ? `document:${item.link.name}`
    : item?.link?.kind === 'call'
      ? `call:${item.link.id}`
      : '';

/** The "record an action item" form, or "change" with an item. */
export function ActionForm({
  item,
  meeting: initialMeeting,
  calls,
  onCreated,
  onCancel,
}: ActionFormProps) {
  const id = useId();
  const owners = item?.owners ?? [];
  const [meeting, setMeeting] = useState(item?.meeting ?? initialMeeting);
  const [what, setWhat] = useState(item?.what ?? '');
  const [everyDc, setEveryDc] = useState(owners.some((owner) => owner.kind === 'allDcs'));
  const [secretariat, setSecretariat] = useState(
    owners.some((owner) => owner.kind === 'secretariat'),
  );
  const [dcs, setDcs] = useState<string[]>(
    owners.flatMap((owner) => (owner.kind === 'dc' ? [owner.dc] : [])),
  );
  const [personIds, setPersonIds] = useState<string[]>(
    owners.flatMap((owner) => (owner.kind === 'person' ? [owner.userId] : [])),
  );
  const [due, setDue] = useState(item?.due ?? '');
  const [link, setLink] = useState(linkValue(item));
  const [people, setPeople] = useState<Account[]>([]);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [tables, setTables] = useState<TableSummary[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    fetchPeople(controller.signal).then(setPeople, () => setPeople([]));
    fetchDocumentList(controller.signal).then(setDocuments, () => setDocuments([]));
    fetchTableList(controller.signal).then(setTables, () => setTables([]));
    return () => controller.abort();
  }, []);

  const body = () => {
    const owners: ActionOwner[] = [
      ...(everyDc ? [{ kind: 'allDcs' as const }] : []),
      ...dcs.map((dc) => ({ kind: 'dc' as const, dc })),
      ...(secretariat ? [{ kind: 'secretariat' as const }] : []),
      ...personIds.map((userId) => ({ kind: 'person' as const, userId, name: '' })),
    ];
    const [kind, target] = link.split(':', 2);
    return {
      meeting,
      what,
      owners,
      due: due === '' ? null : due,
      link:
        kind === 'document' && target
          ? { kind: 'document', name: target }
          : kind === 'call' && target
            ? { kind: 'call', id: target }
            : null,
    };
  };

  const { busy, problems, error, handleSubmit } = useSchemaSubmit(
    actionSchema,
    body,
    async (checked) => {
      if (item) await changeAction(item.id, checked);
      else await createAction(checked);
      onCreated();
    },
    'The action item was not recorded.',
  );

  return (
    <form
      className="open-call-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={handleSubmit}
    >
      <h2 id={`${id}-title`}>{item ? 'Change the action item' : 'Record an action item'}</h2>
      <TextField
        label="Meeting"
        value={meeting}
        error={problems.meeting}
        onChange={(e) => setMeeting(e.target.value)}
      />
      <TextAreaField
        label="What is to be done"
        rows={2}
        value={what}
        error={problems.what}
        onChange={(event) => setWhat(event.target.value)}
      />
      <fieldset className="choice-group">
        <legend className="field__label">Owners</legend>
        <label className="check">
          <input type="checkbox" checked={everyDc} onChange={(e) => setEveryDc(e.target.checked)} />
          Every DC
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={secretariat}
            onChange={(e) => setSecretariat(e.target.checked)}
          />
          The Secretariat
        </label>
        {problems.owners ? <span className="field__error">{problems.owners}</span> : null}
      </fieldset>
      <DcPicker legend="Or chosen DCs" value={dcs} idPrefix={`${id}-dcs`} onChange={setDcs} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-people`}>
          Or people (Ctrl/Cmd-click for several)
        </label>
        <select
          id={`${id}-people`}
          multiple
          size={4}
          value={personIds}
          onChange={(event) => setPersonIds([...event.target.selectedOptions].map((o) => o.value))}
        >
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="invite-form__row">
        <TextField
          label="Due date (optional)"
          type="date"
          value={due}
          error={problems.due}
          onChange={(e) => setDue(e.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-link`}>
            Where it is done (optional)
          </label>
          <select id={`${id}-link`} value={link} onChange={(event) => setLink(event.target.value)}>
            <option value="">Nothing linked</option>
            <optgroup label="Documents">
              {documents.map((doc) => (
                <option key={doc.name} value={`document:${doc.name}`}>
                  {doc.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="Mapping tables">
              {tables.map((table) => (
                <option key={table.name} value={`document:${table.name}`}>
                  {table.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="Calls">
              {calls.map((call) => (
                <option key={call.id} value={`call:${call.id}`}>
                  {call.title}
                </option>
              ))}
            </optgroup>
          </select>
          {problems['link.name'] || problems['link.id'] ? (
            <span className="field__error">{problems['link.name'] ?? problems['link.id']}</span>
          ) : null}
        </div>
      </div>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="answer-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : item ? 'Save the action item' : 'Record the action item'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
