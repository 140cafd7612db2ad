/**
 * "Paste participant list": the Secretariat pastes the participant list in the format of the
 * meeting report's annex, sees every row with its problems flagged (unknown DC, missing
 * e-mail, duplicates), fixes rows by editing e-mail, role or DC, and invites every clean row
 * at once. Rows with problems are left out until fixed.
 */
import type { FormEvent } from 'react';
import { useId, useMemo, useRef, useState } from 'react';
import type { Role } from '../../../shared/access/roles';
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';
import type { Account } from '../account/account';
import type { Invitation } from './peopleApi';
import { invitePeople, previewParticipants } from './peopleApi';
import { roleOptions } from './peopleLabels';
import type { DraftRow } from './participantReview';
import { draftRows, invitableRows, reviewParticipants, toPersonDraft } from './participantReview';

/** Props of ParticipantImport. */
export interface ParticipantImportProps {
  /** Everyone already in the workspace (duplicates are flagged). */
  readonly people: readonly Account[];
  readonly onInvited: (invitations: readonly Invitation[]) => void;
}

const EXAMPLE = [
  'Coordination facilitators',
  'Kummer\tMarkus\tDCCG coordination facilitator\tmarkus@example.org',
  'Participants',
  'Hellerstein\tJudith\tDC on Accessibility and Disability\tjudith@example.org',
].join('\n');

/** The paste-and-preview import. */
export function ParticipantImport({ people, onInvited }: ParticipantImportProps) {
  const baseId = useId();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<DraftRow[] | null>(null);
  const [serverProblems, setServerProblems] = useState<ReadonlyMap<number, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);

  const existing = useMemo(
    () => ({ emails: people.map((p) => p.email), names: people.map((p) => p.name) }),
    [people],
  );
  const reviewed = useMemo(
    () =>
      reviewParticipants(rows ?? [], existing).map((entry) => {
        const fromServer = serverProblems.get(entry.row.line);
        return fromServer ? { ...entry, problems: [...entry.problems, fromServer] } : entry;
      }),
    [rows, existing, serverProblems],
  );
  const ready = invitableRows(reviewed);

  const handlePreview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setStatus('');
    if (text.trim() === '') {
      setError('Participant list: paste the list first.');
      return;
    }
    setBusy(true);
    try {
      const preview = draftRows(await previewParticipants(text));
      setRows(preview);
      setServerProblems(new Map());
      setStatus(
        preview.length === 0
          ? 'No participants were found in the pasted text.'
          : `${preview.length} ${preview.length === 1 ? 'row' : 'rows'} read from the list.`,
      );
      requestAnimationFrame(() => tableRef.current?.focus());
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The list could not be read.');
    } finally {
      setBusy(false);
    }
  };

  const handleEdit = (line: number, change: Partial<DraftRow>) => {
    setRows((current) =>
      (current ?? []).map((row) => (row.line === line ? { ...row, ...change } : row)),
    );
    setServerProblems((current) => {
      if (!current.has(line)) return current;
      const next = new Map(current);
      next.delete(line);
      return next;
    });
  };

  const handleInvite = async () => {
    if (ready.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      const results = await invitePeople(ready.map(toPersonDraft));
      const invited: Invitation[] = [];
      const failed = new Map<number, string>();
      results.forEach((result, index) => {
        const row = ready[index]!;
        if (result.ok) invited.push(result);
        else failed.set(row.line, Object.values(result.fields)[0] ?? result.message);
      });
      const invitedLines = new Set(
        ready.filter((_, index) => results[index]?.ok).map((row) => row.line),
      );
      setRows((current) => (current ?? []).filter((row) => !invitedLines.has(row.line)));
      setServerProblems(failed);
      setStatus(
        `${invited.length} ${invited.length === 1 ? 'person' : 'people'} invited` +
          (failed.size > 0 ? `; ${failed.size} not invited (see the rows left).` : '.'),
      );
      if (invited.length > 0) onInvited(invited);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The invitations were not sent.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="people-section" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>Paste participant list</h2>
      <form noValidate onSubmit={(event) => void handlePreview(event)}>
        <div className="field">
          <label className="field__label" htmlFor={`${baseId}-text`}>
            Participant list
          </label>
          <span id={`${baseId}-hint`} className="field__hint">
            As in the meeting report’s annex: section lines (“Coordination facilitators”,
            “Participants”, “Secretariat support”), then one person a line: last name, first name,
            DC and e-mail, separated by tabs.
          </span>
          <textarea
            id={`${baseId}-text`}
            className="paste-box"
            rows={6}
            spellCheck={false}
            placeholder={EXAMPLE}
            aria-describedby={`${baseId}-hint`}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <p className="form-error" role="alert">
          {error}
        </p>
        <button type="submit" className="button" disabled={busy}>
          Preview
        </button>
      </form>
      <p role="status" className="people-section__status">
        {status}
      </p>
      {rows !== null && rows.length > 0 ? (
        <>
          <div className="table-scroll">
            <table
              ref={tableRef}
              tabIndex={-1}
              className="people-table preview-table"
              aria-label="Participants to invite"
            >
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                  <th scope="col">DC</th>
                  <th scope="col">Check</th>
                </tr>
              </thead>
              <tbody>
                {reviewed.map(({ row, problems, notes }) => (
                  <tr
                    key={row.line}
                    className={problems.length > 0 ? 'preview-row--problem' : undefined}
                    data-line={row.line}
                  >
                    <td data-label="Line">{row.line}</td>
                    <th scope="row" data-label="Name">
                      {row.name}
                    </th>
                    <td data-label="E-mail">
                      <input
                        type="email"
                        className="table-input"
                        aria-label={`E-mail of ${row.name}`}
                        value={row.email}
                        onChange={(event) => handleEdit(row.line, { email: event.target.value })}
                      />
                    </td>
                    <td data-label="Role">
                      <select
                        className="table-input"
                        aria-label={`Role of ${row.name}`}
                        value={row.role}
                        onChange={(event) =>
                          handleEdit(row.line, { role: event.target.value as Role })
                        }
                      >
                        {roleOptions.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td data-label="DC">
                      <select
                        className="table-input"
                        aria-label={`DC of ${row.name}`}
                        value={row.dcs[0] ?? ''}
                        onChange={(event) =>
                          handleEdit(
                            row.line,
                            event.target.value === ''
                              ? { dcs: [] }
                              : { dcs: [event.target.value], unknownDc: null },
                          )
                        }
                      >
                        <option value="">
                          {row.unknownDc !== null ? `Unknown: ${row.unknownDc}` : 'No DC'}
                        </option>
                        {dynamicCoalitions.map((dc) => (
                          <option key={dc.id} value={dc.id}>
                            {dc.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td data-label="Check" data-testid="row-check">
                      {problems.length > 0 ? (
                        <span className="preview-flag preview-flag--problem">
                          Left out: {problems.join('; ')}
                        </span>
                      ) : (
                        <span className="preview-flag preview-flag--ready">
                          Ready{notes.length > 0 ? ` (${notes.join('; ')})` : ''}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="people-section__summary">
            {ready.length} of {reviewed.length} ready. Rows with problems are left out until fixed.
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || ready.length === 0}
            onClick={() => void handleInvite()}
          >
            {busy
              ? 'Inviting…'
              : `Invite ${ready.length} ${ready.length === 1 ? 'person' : 'people'}`}
          </button>
        </>
      ) : null}
    </section>
  );
}
