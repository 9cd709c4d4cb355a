// One visit of the grid: the visit's header cell (a button that shows the math), the cells a
// coder edits (text, with the one editor on the active cell), the engine's answer, and the row's
// actions. Every cell takes part in the grid's roving tabindex: only the active one is a Tab stop.
// Rows are memoized: a keystroke redraws the row it changed and the rows the cursor left or entered.
import { memo, type ReactNode } from 'react';
import type { CellEdit } from './grid-cursor.ts';
import { cellId, type GridRow } from './grid-rows.ts';
import { resultText } from './cell-text.ts';
import {
  displayValue,
  isUnrecognised,
  type ActionColumn,
  type EditColumn,
  type GridColumn,
} from './visit-grid-columns.ts';

export interface RowHandlers {
  showMath: (visitId: string) => void;
  rowAction: (action: ActionColumn['id'], row: number) => void;
  renderEditor: (column: EditColumn, edit: CellEdit, name: string) => ReactNode;
}

export interface VisitRowProps {
  row: GridRow;
  columns: readonly GridColumn[];
  /** The active cell's column, when it is in this row. */
  activeCol: string | null;
  /** Column positions selected in this row, when a range of more than one cell is selected. */
  selected: { left: number; right: number } | null;
  /** The edit open in this row, if any. */
  edit: CellEdit | null;
  /** True while this visit's math is open. */
  showingMath: boolean;
  handlers: RowHandlers;
  measure?: ((element: HTMLTableRowElement | null) => void) | undefined;
}

/** The attributes that make an element a cell of the roving tabindex. */
function cellTarget(row: number, col: string, active: boolean) {
  return { id: cellId(row, col), 'data-row': row, 'data-col': col, tabIndex: active ? 0 : -1 };
}

function HcpcsLinks({ row }: { row: GridRow }) {
  const result = row.result;
  if (!result?.hcpcs) return <span className="muted">none</span>;
  const checked = result.suggestedHcpcs !== null && result.suggestedHcpcs !== result.hcpcs;
  return (
    <span className="cell-text">
      <a href={`#/reference/hcpcs/${result.hcpcs}`} tabIndex={-1}>
        {result.hcpcs}
      </a>
      {checked ? (
        <span className="muted">
          {' '}
          (suggested{' '}
          <a href={`#/reference/hcpcs/${result.suggestedHcpcs}`} tabIndex={-1}>
            {result.suggestedHcpcs}
          </a>
          )
        </span>
      ) : null}
    </span>
  );
}

function severityOf(row: GridRow): 'error' | 'warning' | 'info' | null {
  const result = row.result;
  if (!result) return null;
  return result.errors ? 'error' : result.warnings ? 'warning' : result.infos ? 'info' : null;
}

const markers = { error: '✖ ', warning: '▲ ', info: 'ℹ ' } as const;

const actionWords: Record<ActionColumn['id'], { symbol: string; name: (n: number) => string }> = {
  duplicate: { symbol: '❐', name: (n) => `Duplicate visit ${n}` },
  insert: { symbol: '+', name: (n) => `Insert visit above visit ${n}` },
  delete: { symbol: '✕', name: (n) => `Delete visit ${n}` },
};

function VisitRowCells({
  row,
  columns,
  activeCol,
  selected,
  edit,
  showingMath,
  handlers,
  measure,
}: VisitRowProps) {
  const { index, visit } = row;
  const number = index + 1;
  return (
    <tr
      ref={measure}
      aria-rowindex={index + 2}
      data-index={index}
      data-visit-id={visit.id}
      className={showingMath ? 'showing-math' : undefined}
    >
      {columns.map((column, position) => {
        const active = activeCol === column.id;
        const inRange =
          selected !== null && position >= selected.left && position <= selected.right;
        const common = {
          // Said outright: a <td> is a plain cell to some tools even in a grid.
          role: column.kind === 'visit' ? 'rowheader' : 'gridcell',
          'aria-colindex': position + 1,
          'aria-selected': selected !== null ? inRange : undefined,
        };
        const classes = [active ? 'active' : '', inRange ? 'in-range' : ''];
        if (column.kind === 'visit')
          return (
            <th key={column.id} scope="row" className="visit-head" {...common}>
              <button
                type="button"
                {...cellTarget(index, column.id, active)}
                aria-expanded={showingMath}
                onClick={() => handlers.showMath(visit.id)}
              >
                Visit {number}
              </button>
            </th>
          );
        if (column.kind === 'action') {
          const words = actionWords[column.id];
          return (
            <td key={column.id} className="action" {...common}>
              <button
                type="button"
                {...cellTarget(index, column.id, active)}
                aria-label={words.name(number)}
                title={words.name(number)}
                onClick={() => handlers.rowAction(column.id, index)}
              >
                <span aria-hidden="true">{words.symbol}</span>
              </button>
            </td>
          );
        }
        const name = `${column.label}, visit ${number}`;
        if (column.kind === 'result') {
          const text = resultText(column, row);
          const severity = column.id === 'result-findings' ? severityOf(row) : null;
          if (severity)
            return (
              <td key={column.id} className={`result ${classes.join(' ')}`} {...common}>
                <button
                  type="button"
                  {...cellTarget(index, column.id, active)}
                  className={`marker marker-${severity}`}
                  aria-label={`${name}: ${text}`}
                  onClick={() => handlers.showMath(visit.id)}
                >
                  <span aria-hidden="true">{markers[severity]}</span>
                  {text}
                </button>
              </td>
            );
          return (
            <td
              key={column.id}
              className={`result ${column.id} ${classes.join(' ')}`}
              {...common}
              {...cellTarget(index, column.id, active)}
              aria-label={`${name}: ${text === 'no findings' ? 'OK' : text}`}
            >
              {column.id === 'result-hcpcs' ? (
                <HcpcsLinks row={row} />
              ) : column.id === 'result-units' ? (
                <span id={cellId(index, 'units-result')} className="cell-text units-result">
                  {text}
                </span>
              ) : column.id === 'result-findings' ? (
                <span className="cell-text marker marker-ok">OK</span>
              ) : (
                <span className="cell-text">{text}</span>
              )}
            </td>
          );
        }
        const value = visit[column.field];
        const shown = displayValue(column, value);
        const error = row.result?.cellErrors[column.field];
        const errorId = `${cellId(index, column.id)}-error`;
        const editing = edit !== null && edit.col === column.id;
        const unrecognised = isUnrecognised(column, value);
        if (error) classes.push('invalid');
        if (unrecognised) classes.push('unrecognised');
        return (
          <td
            key={column.id}
            className={classes.join(' ')}
            {...common}
            {...cellTarget(index, column.id, active && !editing)}
            aria-label={shown === '' ? name : `${name}: ${shown}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            title={shown.length > 10 ? shown : undefined}
          >
            {editing && edit ? (
              handlers.renderEditor(column, edit, name)
            ) : (
              <span className="cell-text">
                {shown === '' && column.blankMeans ? (
                  <span className="muted">{column.blankMeans}</span>
                ) : (
                  shown
                )}
              </span>
            )}
            {error ? (
              <span className="cell-error" id={errorId}>
                {error}
              </span>
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}

export const VisitRow = memo(
  VisitRowCells,
  (previous, next) =>
    previous.row === next.row &&
    previous.columns === next.columns &&
    previous.activeCol === next.activeCol &&
    previous.selected?.left === next.selected?.left &&
    previous.selected?.right === next.selected?.right &&
    previous.edit === next.edit &&
    previous.showingMath === next.showingMath &&
    previous.handlers === next.handlers &&
    previous.measure === next.measure,
);
