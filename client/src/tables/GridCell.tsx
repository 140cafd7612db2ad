/**
 * One cell of the grid: its text (read-only rendering), or the in-place editor while it is
 * being edited, with the people who are in it now (a ring in their colour and their name).
 * On narrow screens, where a row becomes a card, the cell shows its column's title above it.
 * A cell with open comment threads shows how many (a click opens them); the active cell offers
 * "Comment on this cell" (also Ctrl+Alt+M on the focused cell).
 */
import type { CSSProperties } from 'react';
import { memo, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { shortAffiliationName } from '../../../shared/workspace/affiliations';
import type { Account } from '../account/account';
import { isCellEmpty } from './cellContent';
import { CellContent } from './CellContent';
import { CellEditor } from './CellEditor';
import type { PersonInCell } from './cellPresence';
import { useCellContent } from './useCellContent';

/** Props of GridCell. */
export interface GridCellProps {
  readonly rowId: string;
  readonly columnId: string;
  readonly columnTitle: string;
  /** "DC name, Column title": the accessible name of the editor. */
  readonly label: string;
  readonly position: string;
  readonly fragment: Y.XmlFragment | null;
  readonly active: boolean;
  readonly editing: boolean;
  /** Text typed on the cell that opened its editor, written first. */
  readonly firstText?: string;
  /** Why the person cannot change this cell; null when they can. */
  readonly readOnlyReason: string | null;
  readonly people: readonly PersonInCell[];
  readonly awareness: Awareness;
  readonly account: Account;
  readonly onActivate: (rowId: string, columnId: string) => void;
  readonly onEdit: (rowId: string, columnId: string) => void;
  readonly onLeave: () => void;
  readonly onMove: (direction: 'next' | 'previous') => void;
  /** Open comment threads on this cell (an indicator shows them). */
  readonly openThreads: number;
  /** The active comment thread is on this cell. */
  readonly threadActive: boolean;
  /** The person may comment here (shows "Comment on this cell" on the active cell). */
  readonly canComment: boolean;
  readonly onComment: (rowId: string, columnId: string) => void;
  readonly onShowThreads: (rowId: string, columnId: string) => void;
}

/** A cell. */
export const GridCell = memo(function GridCell(props: GridCellProps) {
  const { rowId, columnId, fragment, active, editing, people, readOnlyReason } = props;
  const nodes = useCellContent(fragment);
  // How the last press began: a touch or pen opens the cell on its click (see onClick).
  const pointerType = useRef<string>('mouse');
  const first = people[0];
  const style: CSSProperties | undefined = first
    ? ({ '--presence-color': first.color } as CSSProperties)
    : undefined;
  const classes = ['table-cell'];
  if (active) classes.push('table-cell--active');
  if (editing) classes.push('table-cell--editing');
  if (first) classes.push('table-cell--others');
  if (readOnlyReason !== null) classes.push('table-cell--readonly');
  if (props.openThreads > 0) classes.push('table-cell--commented');
  if (props.threadActive) classes.push('table-cell--thread-active');
  return (
    <td
      role="gridcell"
      className={classes.join(' ')}
      style={style}
      tabIndex={active && !editing ? 0 : -1}
      aria-readonly={readOnlyReason !== null}
      aria-selected={active}
      title={readOnlyReason ?? undefined}
      data-testid="table-cell"
      data-row={rowId}
      data-column={columnId}
      data-grid-position={props.position}
      onMouseDown={() => {
        if (!active) props.onActivate(rowId, columnId);
      }}
      onDoubleClick={() => props.onEdit(rowId, columnId)}
      onPointerDown={(event) => {
        pointerType.current = event.pointerType;
      }}
      onClick={() => {
        // A phone has no Enter key and no double click: a tap writes in the cell. On the click,
        // not on pointerup: the mousedown a tap also fires would otherwise move the focus from
        // the just-opened editor back to the cell.
        if (!editing && pointerType.current !== 'mouse') props.onEdit(rowId, columnId);
      }}
    >
      <span className="table-cell__label" aria-hidden="true">
        {props.columnTitle}
      </span>
      {editing && fragment !== null ? (
        <CellEditor
          fragment={fragment}
          awareness={props.awareness}
          account={props.account}
          label={props.label}
          firstText={props.firstText}
          onLeave={props.onLeave}
          onMove={props.onMove}
        />
      ) : (
        <>
          <CellContent nodes={nodes} />
          {isCellEmpty(nodes) && active && readOnlyReason === null ? (
            <span className="table-cell__hint" aria-hidden="true">
              Press Enter or tap to write
            </span>
          ) : null}
        </>
      )}
      {props.openThreads > 0 || (active && !editing && props.canComment) ? (
        <span className="table-cell__comments">
          {/* The count last, so it stays in place when the button appears beside it. Their
              words are CSS content, so the cell's text stays the cell's text. */}
          {active && !editing && props.canComment ? (
            <button
              type="button"
              tabIndex={-1}
              className="table-cell__comment"
              data-testid="cell-comment"
              aria-keyshortcuts="Control+Alt+M"
              aria-label="Comment on this cell"
              title="Comment on this cell (Ctrl+Alt+M)"
              onClick={(event) => {
                event.stopPropagation();
                props.onComment(rowId, columnId);
              }}
            />
          ) : null}
          {props.openThreads > 0 ? (
            <button
              type="button"
              tabIndex={-1}
              className="table-cell__threads"
              data-testid="cell-threads"
              aria-label={`${props.openThreads} open ${
                props.openThreads === 1 ? 'comment' : 'comments'
              }: show`}
              data-count={props.openThreads}
              title="Show the comments on this cell"
              onClick={(event) => {
                event.stopPropagation();
                props.onShowThreads(rowId, columnId);
              }}
            />
          ) : null}
        </span>
      ) : null}
      {people.length > 0 ? (
        <ul className="table-cell__people" aria-label="Also in this cell">
          {people.map((person) => (
            <li
              key={person.clientId}
              className="table-cell__person"
              style={{ backgroundColor: person.color }}
              data-testid="cell-presence"
              title={person.dc ? `${person.name}, ${person.dc}` : person.name}
            >
              {person.name}
              {person.dc ? ` · ${shortAffiliationName(person.dc)}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
});
