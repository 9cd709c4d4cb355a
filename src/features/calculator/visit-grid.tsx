// The visit grid, a spreadsheet (the WAI-ARIA grid pattern, as in AG Grid or Google Sheets):
// cells show text and one editor is live, on the active cell. Arrows, Home/End, Ctrl+Home/End and
// PageUp/PageDown move the active cell and never change a value; typing replaces the value and
// starts an edit, F2 or a double click edits it in place, Escape cancels; Enter commits and moves
// down (adding a visit below the last one), Tab and Shift+Tab right and left; Delete clears.
// Shift+arrows or a drag select a range: Ctrl+C copies it as tab-separated text, Ctrl+D fills it
// from the visit above, Ctrl+V pastes from the active cell. The grid is one Tab stop.
// Long claims draw only the visits in view (@tanstack/react-virtual); the header row and the
// Visit column stay in view while the grid scrolls.
import {
  lazy,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { VisitLineResult } from '../../engine/index.ts';
import { claimActions } from '../../state/claim-store.ts';
import type { DraftVisit, VisitField } from '../../state/draft-claim.ts';
import { useGridColumns } from '../../state/grid-columns.ts';
import { CellEditor, type CommitHow } from './cell-editor.tsx';
import { ChargeListEditor } from './charge-list-editor.tsx';
import { GridColumnsChooser } from './grid-columns-chooser.tsx';
import {
  endEdit,
  moveCursor,
  startEdit,
  useGridCursor,
  type CellEdit,
  type CellPosition,
} from './grid-cursor.ts';
import {
  rangeBetween,
  stepFrom,
  tabFrom,
  type CellRange,
  type GridShape,
} from './grid-navigation.ts';
import { copyCells, pasteCells, type PasteCell } from './grid-clipboard.ts';
import {
  activeClaim,
  addVisitRow,
  clampCell,
  onGridKey,
  visitAt,
  writeVisitCell,
} from './grid-keyboard.ts';
import { VisitRow, type RowHandlers } from './grid-row.tsx';
import { buildGridRows, cellId } from './grid-rows.ts';
import {
  cellReadersLoaded,
  loadCellReaders,
  readTypedCell,
  usePreloadedCellReaders,
  type ClaimPeriod,
} from './read-typed-cell.ts';
import { gridColumnsShown, isEditColumn, type EditColumn } from './visit-grid-columns.ts';

// Loaded with the first claim long enough to be windowed, not with the page.
const WindowedRows = lazy(() => import('./windowed-rows.tsx'));

/** Claims with more visits than this draw only the visits in view. */
export const WINDOW_THRESHOLD = 40;
/** A visit row's height in px before it is measured (CSS gives rows one height). */
const ROW_HEIGHT_GUESS = 30;

/** The id of the grid's "Add visit" button. */
export const ADD_VISIT_ID = 'add-visit';

export interface VisitGridProps {
  visits: DraftVisit[];
  lines: VisitLineResult[];
  period: ClaimPeriod;
  /** The visit whose math is open, if any. */
  selectedVisitId: string | null;
  onShowMath: (visitId: string) => void;
  /**
   * Rows pasted from a spreadsheet into the grid: `cell` is the cell they landed in, if any
   * (they fill the grid from there unless they start with a header row).
   */
  onPasteRows: (text: string, cell?: PasteCell) => Promise<void>;
}

export function VisitGrid({
  visits,
  lines,
  period,
  selectedVisitId,
  onShowMath,
  onPasteRows,
}: VisitGridProps) {
  const data = useMemo(() => buildGridRows(visits, lines), [visits, lines]);
  const hidden = useGridColumns((state) => state.hidden);
  const columns = useMemo(() => gridColumnsShown(hidden), [hidden]);
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const tableWidthRem = useMemo(
    () => columns.reduce((sum, column) => sum + column.widthRem, 0),
    [columns],
  );
  const cursor = useGridCursor(
    useShallow((state) => ({
      active: state.active,
      anchor: state.anchor,
      editing: state.editing,
      focusRequest: state.focusRequest,
    })),
  );
  const rowCount = data.length;
  const active = clampCell(cursor.active, columnIds, rowCount);
  const range: CellRange | null =
    cursor.anchor && (cursor.anchor.row !== active.row || cursor.anchor.col !== active.col)
      ? rangeBetween(active, cursor.anchor, columnIds)
      : null;

  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  // The columns' widths lay the table out, so drawing other rows never moves a column. Set
  // through CSSOM (the CSP allows no style attributes in the page's HTML).
  useLayoutEffect(() => {
    const element = table.current;
    if (!element) return;
    element.style.width = `${tableWidthRem}rem`;
    element.querySelectorAll('col').forEach((col, position) => {
      col.style.width = `${columns[position]?.widthRem ?? 0}rem`;
    });
  }, [columns, tableWidthRem]);
  const windowed = rowCount > WINDOW_THRESHOLD;
  const scrollToRow = useRef<((row: number) => void) | null>(null);

  // Everything the handlers read is read when they run, so the handlers themselves are stable.
  const latest = useRef({ columns, columnIds, rowCount, period, onShowMath, onPasteRows });
  useLayoutEffect(() => {
    latest.current = { columns, columnIds, rowCount, period, onShowMath, onPasteRows };
  });

  const shape = useCallback((): GridShape => {
    const { columnIds: ids, rowCount: count } = latest.current;
    const height = scroller.current?.clientHeight ?? 0;
    return {
      columns: ids,
      rowCount: count,
      pageRows: Math.max(1, Math.floor(height / ROW_HEIGHT_GUESS) - 1),
    };
  }, []);

  /** Commits the text of an edit to its cell (one undo step with the edit's keystrokes). */
  const writeCell = useCallback(
    (edit: CellEdit, value: string) =>
      writeVisitCell(edit.row, edit.col as VisitField, value, edit.undoKey),
    [],
  );

  /**
   * Commits typed text read by the readers; committed before they have loaded, it is kept as
   * typed and read again (in the same undo step) once they arrive, unless it changed meanwhile.
   */
  const commitTyped = useCallback(
    (edit: CellEdit, column: EditColumn, text: string) => {
      const { period: now } = latest.current;
      const value = readTypedCell(column, text, now);
      writeCell(edit, value);
      if (cellReadersLoaded()) return;
      void loadCellReaders().then(() => {
        const visit = visitAt(edit.row);
        if (visit?.[column.field] === value) writeCell(edit, readTypedCell(column, text, now));
      });
    },
    [writeCell],
  );

  usePreloadedCellReaders();

  /** Enter (down, adding a visit below the last) or Shift+Enter (up) from `cell`. */
  const enterFrom = useCallback(
    (cell: CellPosition, up: boolean) => {
      const { tabStart } = useGridCursor.getState();
      const col = tabStart ?? cell.col;
      if (up) {
        moveCursor(stepFrom({ row: cell.row, col }, 'up', shape()));
        return;
      }
      const row = cell.row + 1 < latest.current.rowCount ? cell.row + 1 : addVisitRow();
      moveCursor({ row, col });
    },
    [shape],
  );

  const handlers: RowHandlers = useMemo(
    () => ({
      showMath: (visitId) => latest.current.onShowMath(visitId),
      rowAction: (action, row) => {
        const visit = visitAt(row);
        if (!visit) return;
        const actions = claimActions();
        if (action === 'duplicate') {
          actions.duplicateVisit(visit.id);
          moveCursor({ row: row + 1, col: 'date' });
        } else if (action === 'insert') {
          actions.insertVisit(row);
          moveCursor({ row, col: 'date' });
        } else {
          actions.deleteVisit(visit.id);
          // The same button of the visit that takes its place, or "Add visit" when none is left.
          if (activeClaim().visits.length === 0) document.getElementById(ADD_VISIT_ID)?.focus();
          else moveCursor({ row: Math.min(row, activeClaim().visits.length - 1), col: action });
        }
      },
      renderEditor: (column, edit, name) => (
        <CellEditor
          key={edit.undoKey}
          column={column}
          edit={edit}
          name={name}
          onType={(text) => writeCell(edit, text)}
          onCommit={(commit, how) => {
            if (commit.chosen !== null) writeCell(edit, commit.chosen);
            else commitTyped(edit, column, commit.text);
            commitMove(edit, how);
          }}
          onCancel={() => {
            // Number and text cells were written as typed: the edit's one undo step takes it back.
            const visit = visitAt(edit.row);
            if (visit && visit[edit.col as VisitField] !== edit.before) claimActions().undo();
            endEdit();
          }}
        />
      ),
    }),
    // commitMove and writeCell are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  function commitMove(edit: CellEdit, how: CommitHow): void {
    const cell = { row: edit.row, col: edit.col };
    if (how === 'blur') endEdit({ focus: false, edit });
    else if (how === 'enter' || how === 'shift-enter') enterFrom(cell, how === 'shift-enter');
    else if (how === 'tab' || how === 'shift-tab') {
      const next = tabFrom(cell, how === 'shift-tab', shape());
      const { tabStart } = useGridCursor.getState();
      if (next) moveCursor(next, { tabStart: tabStart ?? edit.col });
      else endEdit();
    } else moveCursor(stepFrom(cell, how, shape()));
  }

  /** Starts an edit of the active cell: typing (`text` replaces the value) or F2 (in place). */
  function beginEdit(cell: CellPosition, column: EditColumn, typed: string | null): void {
    const visit = visitAt(cell.row);
    if (!visit) return;
    const before = visit[column.field];
    moveCursor(cell, { focus: false, tabStart: useGridCursor.getState().tabStart });
    const edit = startEdit(typed ?? before, typed === null ? 'edit' : 'replace', before);
    if (typed !== null && (column.type === 'number' || column.type === 'text'))
      writeCell(edit, typed);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const { columns: shown, rowCount: count } = latest.current;
    onGridKey(event, { columns: shown, rowCount: count, shape, enterFrom, beginEdit });
  }

  // Focus follows the cursor: once the active cell is drawn, it takes focus (its editor focuses
  // itself). A long grid first scrolls the visit into the drawn window.
  const handledFocus = useRef(cursor.focusRequest);
  useLayoutEffect(() => {
    if (handledFocus.current === cursor.focusRequest) return;
    if (cursor.editing) {
      handledFocus.current = cursor.focusRequest;
      return;
    }
    const element = document.getElementById(cellId(active.row, active.col));
    if (element) {
      handledFocus.current = cursor.focusRequest;
      element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    } else if (windowed && active.row < rowCount) scrollToRow.current?.(active.row);
  });

  const dragging = useRef(false);
  useLayoutEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  function cellFromEvent(target: EventTarget): CellPosition | null {
    const element = target instanceof Element ? target.closest<HTMLElement>('[data-col]') : null;
    if (!element || !scroller.current?.contains(element)) return null;
    return { row: Number(element.dataset.row), col: element.dataset.col ?? '' };
  }

  const editing = cursor.editing;

  function renderRow(index: number, measure?: (element: HTMLTableRowElement | null) => void) {
    const row = data[index];
    if (!row) return null;
    return (
      <VisitRow
        key={row.visit.id}
        row={row}
        columns={columns}
        activeCol={active.row === index ? active.col : null}
        selected={
          range && index >= range.top && index <= range.bottom
            ? { left: range.left, right: range.right }
            : null
        }
        edit={editing && editing.row === index ? editing : null}
        showingMath={row.visit.id === selectedVisitId}
        handlers={handlers}
        measure={measure}
      />
    );
  }
  const body = windowed ? (
    <Suspense fallback={data.slice(0, WINDOW_THRESHOLD).map((_, index) => renderRow(index))}>
      <WindowedRows
        count={rowCount}
        scroller={scroller}
        activeRow={active.row}
        rowHeight={ROW_HEIGHT_GUESS}
        span={columns.length}
        renderRow={renderRow}
        onScrollTo={(scrollTo) => {
          scrollToRow.current = scrollTo;
        }}
      />
    </Suspense>
  ) : (
    data.map((_, index) => renderRow(index))
  );

  return (
    <div className="visit-grid">
      <div className="grid-tools">
        <button
          type="button"
          className="skip-link"
          onClick={() => {
            const heading = document.getElementById('claim-lines-heading');
            heading?.setAttribute('tabindex', '-1');
            heading?.focus();
          }}
        >
          Skip to the claim lines and findings
        </button>
        <GridColumnsChooser />
        <ChargeListEditor />
      </div>
      <div
        className="grid-scroll"
        ref={scroller}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // A click or Tab into a cell makes it the active one.
          const cell = cellFromEvent(event.target);
          const now = useGridCursor.getState().active;
          if (
            cell &&
            (cell.row !== now.row || cell.col !== now.col) &&
            !useGridCursor.getState().editing
          )
            moveCursor(cell, { focus: false });
        }}
        onMouseDown={(event) => {
          if (event.button !== 0) return;
          const cell = cellFromEvent(event.target);
          if (!cell) return;
          const { editing: open } = useGridCursor.getState();
          if (open && open.row === cell.row && open.col === cell.col) return;
          dragging.current = true;
          moveCursor(cell, { extend: event.shiftKey });
        }}
        onMouseOver={(event) => {
          if (!dragging.current || event.buttons !== 1) return;
          const cell = cellFromEvent(event.target);
          const now = useGridCursor.getState().active;
          if (cell && (cell.row !== now.row || cell.col !== now.col))
            moveCursor(cell, { extend: true });
        }}
        onDoubleClick={(event) => {
          const cell = cellFromEvent(event.target);
          const column = latest.current.columns.find((candidate) => candidate.id === cell?.col);
          if (cell && isEditColumn(column) && !useGridCursor.getState().editing)
            beginEdit(cell, column, null);
        }}
        onCopy={(event) => copyCells(event, columns, data)}
        onPaste={(event) =>
          pasteCells(event, {
            columns,
            rowCount,
            onPasteRows,
            commitTyped,
          })
        }
      >
        <table
          className="grid"
          role="grid"
          aria-labelledby="visits-heading"
          aria-rowcount={rowCount + 1}
          aria-colcount={columns.length}
          aria-multiselectable="true"
          ref={table}
        >
          <colgroup>
            {columns.map((column) => (
              <col key={column.id} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column, position) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-colindex={position + 1}
                  className={`${column.kind}-col`}
                  title={column.help ?? (column.header === column.label ? undefined : column.label)}
                >
                  {column.kind === 'action' ? (
                    <span className="visually-hidden">{column.header}</span>
                  ) : (
                    column.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body}
            {rowCount === 0 ? (
              <tr aria-rowindex={2}>
                <td colSpan={columns.length} className="empty">
                  No visits yet. Add a visit, paste rows from a spreadsheet, or start from an
                  example.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
