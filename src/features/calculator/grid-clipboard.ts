// Ctrl+C and Ctrl+V in the visit grid. A copy is the selected range as tab-separated text, as a
// spreadsheet reads it. Rows pasted into the grid fill it from the active cell (or become new
// visits when they start with a header row); a single value goes into the active cell, read as
// typing would read it, as one undo step; pasted into an open editor, it goes into the editor.
import type { ClipboardEvent } from 'react';
import type { VisitField } from '../../state/draft-claim.ts';
import { cellText } from './cell-text.ts';
import { endEdit, useGridCursor, type CellEdit } from './grid-cursor.ts';
import { clampCell, selectedCells, visitAt } from './grid-keyboard.ts';
import { rangeAsText } from './grid-ranges.ts';
import type { GridRow } from './grid-rows.ts';
import { looksLikeRows } from './paste-columns.ts';
import type { FillColumn } from './paste-visits.ts';
import { isEditColumn, type EditColumn, type GridColumn } from './visit-grid-columns.ts';

/** The editable cell a paste landed in, and the visible editable columns in the grid's order. */
export interface PasteCell {
  index: number;
  field: VisitField;
  columns: readonly FillColumn[];
}

/** Counts single values pasted into cells: each is an undo step of its own. */
let pastes = 0;

export function copyCells(
  event: ClipboardEvent<HTMLElement>,
  columns: readonly GridColumn[],
  data: readonly GridRow[],
): void {
  if (useGridCursor.getState().editing) return;
  const { range } = selectedCells(columns, data.length);
  const rows = data
    .slice(range.top, range.bottom + 1)
    .map((row) =>
      columns.slice(range.left, range.right + 1).map((column) => cellText(column, row)),
    );
  event.clipboardData.setData('text/plain', rangeAsText(rows));
  event.preventDefault();
}

export interface PasteContext {
  columns: readonly GridColumn[];
  rowCount: number;
  onPasteRows: (text: string, cell?: PasteCell) => Promise<void>;
  /** Stores typed text in a cell, read as the cell reads it. */
  commitTyped: (edit: CellEdit, column: EditColumn, text: string) => void;
}

export function pasteCells(event: ClipboardEvent<HTMLElement>, grid: PasteContext): void {
  const text = event.clipboardData.getData('text/plain');
  const open = useGridCursor.getState().editing;
  const rows = looksLikeRows(text);
  if (open && !rows) return; // Into the editor, as typing would.
  event.preventDefault();
  const ids = grid.columns.map((column) => column.id);
  const cell = open ?? clampCell(useGridCursor.getState().active, ids, grid.rowCount);
  const column = grid.columns.find((candidate) => candidate.id === cell.col);
  if (open) endEdit();
  if (!isEditColumn(column)) {
    if (rows) void grid.onPasteRows(text);
    return;
  }
  if (rows) {
    const fillColumns: FillColumn[] = grid.columns.filter(isEditColumn).map((shown) => ({
      field: shown.field,
      kind: shown.type === 'code' ? 'select' : 'text',
    }));
    void grid.onPasteRows(text, { index: cell.row, field: column.field, columns: fillColumns });
    return;
  }
  const visit = visitAt(cell.row);
  if (!visit) return;
  pastes += 1;
  grid.commitTyped(
    {
      row: cell.row,
      col: cell.col,
      text,
      mode: 'replace',
      before: visit[column.field],
      undoKey: `grid-paste:${pastes}`,
    },
    column,
    text,
  );
}
