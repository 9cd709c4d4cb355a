// The visit grid's keys on a cell that is not being edited, as in a spreadsheet: arrows,
// Home/End, Ctrl+Home/End and PageUp/PageDown move (Shift extends the range); Tab and Shift+Tab
// move right and left (past the row's ends focus leaves the grid); Enter moves down (a button
// does what it says); F2 edits in place; a character starts an edit that replaces the value;
// Delete or Backspace clears the range; Ctrl+D fills it down. Each change is one undo step.
// Also the writes the grid makes to the claim: one cell, a visit added below the last.
import type { KeyboardEvent } from 'react';
import { claimActions, selectActiveClaim, useClaimStore } from '../../state/claim-store.ts';
import { useChargeList } from '../../state/charge-list.ts';
import type { DraftClaim, DraftVisit, VisitField } from '../../state/draft-claim.ts';
import { moveCursor, useGridCursor, type CellPosition } from './grid-cursor.ts';
import {
  rangeBetween,
  stepForKey,
  stepFrom,
  tabFrom,
  type CellRange,
  type GridShape,
} from './grid-navigation.ts';
import { clearCells, fillDown, setCell } from './grid-ranges.ts';
import { isEditColumn, type EditColumn, type GridColumn } from './visit-grid-columns.ts';

export interface GridKeyContext {
  columns: readonly GridColumn[];
  rowCount: number;
  shape: () => GridShape;
  /** Enter (down, adding a visit below the last) or Shift+Enter (up) from `cell`. */
  enterFrom: (cell: CellPosition, up: boolean) => void;
  /** Opens the editor: `typed` replaces the value, null edits it in place. */
  beginEdit: (cell: CellPosition, column: EditColumn, typed: string | null) => void;
}

export function activeClaim(): DraftClaim {
  return selectActiveClaim(useClaimStore.getState());
}

export function visitAt(row: number): DraftVisit | undefined {
  return activeClaim().visits[row];
}

/** Sets one cell of the visit in `row`, as one undo step with the other changes under `undoKey`. */
export function writeVisitCell(row: number, field: VisitField, value: string, undoKey: string) {
  const visit = visitAt(row);
  if (!visit || visit[field] === value) return;
  const { charges } = useChargeList.getState();
  claimActions().updateClaim((claim) => setCell(claim, visit.id, field, value, charges), undoKey);
}

/** Adds a visit below the last one (as "Add visit" does) and returns its row. */
export function addVisitRow(): number {
  const id = claimActions().addVisit();
  return activeClaim().visits.findIndex((visit) => visit.id === id);
}

/** The active cell kept inside the grid: rows and columns come and go under it. */
export function clampCell(
  cell: CellPosition,
  columns: readonly string[],
  rowCount: number,
): CellPosition {
  const row = Math.max(0, Math.min(cell.row, rowCount - 1));
  return columns.includes(cell.col) ? { row, col: cell.col } : { row, col: columns[1] ?? 'visit' };
}

/** The selected range (or the active cell), its rows, and the fields of its edit columns. */
export function selectedCells(
  columns: readonly GridColumn[],
  rowCount: number,
): { top: number; bottom: number; fields: VisitField[]; range: CellRange } {
  const { active: current, anchor } = useGridCursor.getState();
  const ids = columns.map((column) => column.id);
  const selected = rangeBetween(clampCell(current, ids, rowCount), anchor, ids);
  const fields = columns
    .slice(selected.left, selected.right + 1)
    .filter(isEditColumn)
    .map((column) => column.field);
  return { top: selected.top, bottom: selected.bottom, fields, range: selected };
}

/** A key on a cell of the grid (not in its editor, which keeps its own keys). */
export function onGridKey(event: KeyboardEvent<HTMLElement>, grid: GridKeyContext): void {
  if (useGridCursor.getState().editing) return;
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
  if (!target || event.altKey) return;
  const cell = { row: Number(target.dataset.row), col: target.dataset.col ?? '' };
  const column = grid.columns.find((candidate) => candidate.id === cell.col);
  const ctrl = event.ctrlKey || event.metaKey;
  const { key } = event;
  const step = stepForKey(key, ctrl);
  if (step) {
    event.preventDefault();
    const extend = event.shiftKey && step !== 'page-up' && step !== 'page-down';
    moveCursor(stepFrom(cell, step, grid.shape()), { extend });
  } else if (key === 'Tab') {
    const next = tabFrom(cell, event.shiftKey, grid.shape());
    if (!next) return; // Past the row's end: focus leaves the grid, as from any one Tab stop.
    event.preventDefault();
    moveCursor(next, { tabStart: useGridCursor.getState().tabStart ?? cell.col });
  } else if (key === 'Enter' && !ctrl) {
    // A button (the visit, its findings, a row action) does what it says.
    if (target.tagName === 'BUTTON') return;
    event.preventDefault();
    grid.enterFrom(cell, event.shiftKey);
  } else if (key === 'F2' && isEditColumn(column)) {
    event.preventDefault();
    grid.beginEdit(cell, column, null);
  } else if ((key === 'Delete' || key === 'Backspace') && !ctrl) {
    event.preventDefault();
    const { top, bottom, fields } = selectedCells(grid.columns, grid.rowCount);
    if (fields.length > 0)
      claimActions().updateClaim((claim) =>
        clearCells(claim, top, bottom, fields, useChargeList.getState().charges),
      );
  } else if (ctrl && key.toLowerCase() === 'd' && !event.shiftKey) {
    event.preventDefault();
    const { top, bottom, fields } = selectedCells(grid.columns, grid.rowCount);
    if (fields.length > 0)
      claimActions().updateClaim((claim) =>
        fillDown(claim, top, bottom, fields, useChargeList.getState().charges),
      );
  } else if (key.length === 1 && !ctrl && isEditColumn(column) && key !== ' ') {
    event.preventDefault();
    grid.beginEdit(cell, column, key);
  }
}
