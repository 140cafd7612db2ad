/**
 * Which cell each person is in, from the awareness states of a table's document: every
 * browser publishes `cell: { table, row, column }` (or null) next to its `user`. Anything
 * malformed that another browser sent is skipped; names and colours are checked the same way
 * as the avatar row's (presence/peopleFromStates).
 */
import { safePersonColor } from '../presence/personColors';

/** The awareness field naming the cell I am in. */
export const CELL_PRESENCE_FIELD = 'cell';

/** A cell, as published in awareness. */
export interface CellPresence {
  readonly table: string;
  readonly row: string;
  readonly column: string;
}

/** Someone in a cell. */
export interface PersonInCell {
  readonly clientId: number;
  readonly name: string;
  readonly dc: string;
  readonly color: string;
}

const shortText = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max ? value : null;

/** The cell in an awareness `cell` field, if well-formed. */
export function readCellPresence(value: unknown): CellPresence | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const table = shortText(record['table'], 64);
  const row = shortText(record['row'], 128);
  const column = shortText(record['column'], 128);
  return table && row && column ? { table, row, column } : null;
}

/** The key of a cell in the map peopleByCell returns. */
export function cellKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}

/** Other people (not `myClientId`) in each cell of table `table`, by cellKey. */
export function peopleByCell(
  states: ReadonlyMap<number, Record<string, unknown>>,
  myClientId: number,
  table: string,
): Map<string, PersonInCell[]> {
  const result = new Map<string, PersonInCell[]>();
  for (const [clientId, state] of states) {
    if (clientId === myClientId) continue;
    const cell = readCellPresence(state[CELL_PRESENCE_FIELD]);
    if (cell === null || cell.table !== table) continue;
    const user = state['user'];
    if (typeof user !== 'object' || user === null) continue;
    const record = user as Record<string, unknown>;
    const name = shortText(record['name'], 80);
    if (name === null) continue;
    const key = cellKey(cell.row, cell.column);
    const list = result.get(key) ?? [];
    if (list.some((person) => person.name === name)) continue;
    list.push({
      clientId,
      name: name.trim(),
      dc: shortText(record['dc'], 120) ?? '',
      color: safePersonColor(record['color']),
    });
    result.set(key, list);
  }
  return result;
}
