/**
 * Spreadsheet keyboard movement over the table grid: arrows move one cell and stop at the
 * edges, Tab and Shift+Tab move along the row and wrap to the next or previous row, Home/End
 * go to the ends of the row, Ctrl+Home/End to the first and last cell. Column 0 is the row's
 * first column (its DC and status). Pure, so every edge is unit-tested.
 */

/** A cell of the grid by index: row among the shown rows, column 0 = the row's first column. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** The size of the grid. */
export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

/** The keys that move. */
export type GridMove =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'next'
  | 'previous'
  | 'rowStart'
  | 'rowEnd'
  | 'gridStart'
  | 'gridEnd';

const clamp = (value: number, max: number): number => Math.min(Math.max(value, 0), max);

/** The position inside a grid of `size` closest to `position` (after rows or columns went). */
export function clampPosition(position: GridPosition, size: GridSize): GridPosition {
  return {
    row: clamp(position.row, Math.max(size.rows - 1, 0)),
    column: clamp(position.column, Math.max(size.columns - 1, 0)),
  };
}

/**
 * Where `move` goes from `position`. Null when Tab or Shift+Tab leaves the grid (past the last
 * or before the first cell), so the browser moves focus on to the next control.
 */
export function movePosition(
  position: GridPosition,
  move: GridMove,
  size: GridSize,
): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  const { row, column } = clampPosition(position, size);
  switch (move) {
    case 'up':
      return { row: clamp(row - 1, lastRow), column };
    case 'down':
      return { row: clamp(row + 1, lastRow), column };
    case 'left':
      return { row, column: clamp(column - 1, lastColumn) };
    case 'right':
      return { row, column: clamp(column + 1, lastColumn) };
    case 'next':
      if (column < lastColumn) return { row, column: column + 1 };
      return row < lastRow ? { row: row + 1, column: 0 } : null;
    case 'previous':
      if (column > 0) return { row, column: column - 1 };
      return row > 0 ? { row: row - 1, column: lastColumn } : null;
    case 'rowStart':
      return { row, column: 0 };
    case 'rowEnd':
      return { row, column: lastColumn };
    case 'gridStart':
      return { row: 0, column: 0 };
    case 'gridEnd':
      return { row: lastRow, column: lastColumn };
  }
}

/** The move a key press asks for in navigation mode, if any. */
export function moveForKey(event: {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}): GridMove | null {
  const control = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'Tab':
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return control ? 'gridStart' : 'rowStart';
    case 'End':
      return control ? 'gridEnd' : 'rowEnd';
    default:
      return null;
  }
}
