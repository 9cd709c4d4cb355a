// Where the coder is in the visit grid: the active cell, the other corner of a selected range,
// the cell being edited, and a request to move keyboard focus there. Display state only: the
// values live in the claim store. Anything in the calculator (a finding's "Go to", "Add visit")
// moves the cursor here and the grid brings the cell into view and focuses it.
import { create } from 'zustand';

export interface CellPosition {
  /** The visit's position in the claim (visit 1 is row 0). */
  row: number;
  /** The column's id (visit-grid-columns.ts). */
  col: string;
}

export interface CellEdit extends CellPosition {
  /** The text the editor starts with: the typed character, or the cell's value (F2). */
  text: string;
  /** `replace`: typing replaced the value, so arrows commit and move; `edit`: arrows move the caret. */
  mode: 'replace' | 'edit';
  /** The cell's value when the edit started (Escape goes back to it). */
  before: string;
  /** The undo key of this edit: its keystrokes make one undo step. */
  undoKey: string;
}

interface GridCursorState {
  active: CellPosition;
  /** The other corner of a selected range; null when only the active cell is selected. */
  anchor: CellPosition | null;
  editing: CellEdit | null;
  /** Bumped whenever focus should move to the active cell (or its editor). */
  focusRequest: number;
  /** The column a run of Tabs started in: Enter then goes down to it, as in a spreadsheet. */
  tabStart: string | null;
}

let edits = 0;

export const useGridCursor = create<GridCursorState>()(() => ({
  active: { row: 0, col: 'date' },
  anchor: null,
  editing: null,
  focusRequest: 0,
  tabStart: null,
}));

/** Makes `cell` active (extending the range from the anchor when `extend`) and focuses it. */
export function moveCursor(
  cell: CellPosition,
  { extend = false, focus = true, tabStart = null as string | null } = {},
): void {
  useGridCursor.setState((state) => ({
    active: cell,
    anchor: extend ? (state.anchor ?? state.active) : null,
    editing: null,
    tabStart,
    focusRequest: focus ? state.focusRequest + 1 : state.focusRequest,
  }));
}

/** Opens the editor on the active cell with `text`, and returns the edit. */
export function startEdit(text: string, mode: CellEdit['mode'], before: string): CellEdit {
  edits += 1;
  const edit: CellEdit = {
    ...useGridCursor.getState().active,
    text,
    mode,
    before,
    undoKey: `grid-edit:${edits}`,
  };
  useGridCursor.setState((state) => ({
    anchor: null,
    editing: edit,
    focusRequest: state.focusRequest + 1,
  }));
  return edit;
}

/**
 * Closes the editor (only `edit`'s, when given: a late commit must not close a newer edit);
 * focus goes back to the cell unless it is moving elsewhere.
 */
export function endEdit({ focus = true, edit }: { focus?: boolean; edit?: CellEdit } = {}): void {
  useGridCursor.setState((state) =>
    edit && state.editing?.undoKey !== edit.undoKey
      ? state
      : {
          editing: null,
          focusRequest: focus ? state.focusRequest + 1 : state.focusRequest,
        },
  );
}

/** Back to the top left, nothing selected or edited (another draft was opened). */
export function resetCursor(): void {
  useGridCursor.setState({ active: { row: 0, col: 'date' }, anchor: null, editing: null });
}
