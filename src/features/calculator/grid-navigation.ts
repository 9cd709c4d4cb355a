// Where a key takes the active cell of the visit grid, as in a spreadsheet: arrows move one cell,
// Home and End to the row's ends, Ctrl+Home and Ctrl+End to the grid's corners, PageUp and
// PageDown a screenful of visits. Pure: positions in, positions out.
import type { CellPosition } from './grid-cursor.ts';

export type Step =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'row-start'
  | 'row-end'
  | 'grid-start'
  | 'grid-end'
  | 'page-up'
  | 'page-down';

/** The step a navigation key asks for, or null for any other key. */
export function stepForKey(key: string, ctrlKey: boolean): Step | null {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'Home':
      return ctrlKey ? 'grid-start' : 'row-start';
    case 'End':
      return ctrlKey ? 'grid-end' : 'row-end';
    case 'PageUp':
      return 'page-up';
    case 'PageDown':
      return 'page-down';
    default:
      return null;
  }
}

export interface GridShape {
  /** Column ids, left to right. */
  columns: readonly string[];
  rowCount: number;
  /** Visits a PageUp or PageDown moves by. */
  pageRows: number;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** The cell a step leads to; it stays in the grid (a step past an edge stays at the edge). */
export function stepFrom(cell: CellPosition, step: Step, shape: GridShape): CellPosition {
  const lastRow = Math.max(0, shape.rowCount - 1);
  const lastCol = shape.columns.length - 1;
  const at = Math.max(0, shape.columns.indexOf(cell.col));
  const col = (position: number) => shape.columns[clamp(position, 0, lastCol)] ?? cell.col;
  const row = clamp(cell.row, 0, lastRow);
  switch (step) {
    case 'up':
      return { row: clamp(row - 1, 0, lastRow), col: cell.col };
    case 'down':
      return { row: clamp(row + 1, 0, lastRow), col: cell.col };
    case 'left':
      return { row, col: col(at - 1) };
    case 'right':
      return { row, col: col(at + 1) };
    case 'row-start':
      return { row, col: col(0) };
    case 'row-end':
      return { row, col: col(lastCol) };
    case 'grid-start':
      return { row: 0, col: col(0) };
    case 'grid-end':
      return { row: lastRow, col: col(lastCol) };
    case 'page-up':
      return { row: clamp(row - shape.pageRows, 0, lastRow), col: cell.col };
    case 'page-down':
      return { row: clamp(row + shape.pageRows, 0, lastRow), col: cell.col };
  }
}

/** The cell Tab (or Shift+Tab) moves to; null past the row's last (or first) cell: focus leaves. */
export function tabFrom(
  cell: CellPosition,
  backwards: boolean,
  shape: GridShape,
): CellPosition | null {
  const next = shape.columns.indexOf(cell.col) + (backwards ? -1 : 1);
  const col = shape.columns[next];
  return next < 0 || col === undefined ? null : { row: cell.row, col };
}

/** A selected range: rows `top`..`bottom` and column positions `left`..`right`, inclusive. */
export interface CellRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The range between the anchor and the active cell (the active cell alone without an anchor). */
export function rangeBetween(
  active: CellPosition,
  anchor: CellPosition | null,
  columns: readonly string[],
): CellRange {
  const other = anchor ?? active;
  const a = Math.max(0, columns.indexOf(active.col));
  const b = Math.max(0, columns.indexOf(other.col));
  return {
    top: Math.min(active.row, other.row),
    bottom: Math.max(active.row, other.row),
    left: Math.min(a, b),
    right: Math.max(a, b),
  };
}
