// The visit grid: a real table, one row per visit, edited like a spreadsheet. Tab and Shift+Tab
// move between cells; Enter / Shift+Enter and the up/down arrows move to the same cell one row
// down or up. Columns are defined once; rows are memoized so a keystroke re-renders one row.
import {
  FlexRender,
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
  type Row,
} from '@tanstack/react-table';
import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import type { VisitLineResult } from '../../engine/index.ts';
import { claimActions } from '../../state/claim-store.ts';
import { useGridColumns } from '../../state/grid-columns.ts';
import type { DraftVisit, VisitField } from '../../state/draft-claim.ts';
import { visitFieldLabels } from '../../state/visit-fields.ts';
import { GridColumnsChooser } from './grid-columns-chooser.tsx';
import { buildGridRows, cellId, type GridRow } from './grid-rows.ts';
import {
  WINDOW_THRESHOLD,
  focusWhenRendered,
  gridRowHeight,
  registerGridScroller,
  revealGridRow,
  setGridRowHeight,
  visibleRange,
} from './grid-window.ts';
import { looksLikeRows } from './paste-columns.ts';
import type { FillColumn } from './paste-visits.ts';
import { ADD_VISIT_ID, focusVisitControl } from './row-focus.ts';
import {
  credentialOptions,
  disciplineCodeOptions,
  modeOptions,
  serviceOptions,
  settingOptions,
} from './options.ts';
import {
  EditCell,
  FindingsMarkerCell,
  HcpcsResultCell,
  RevenueResultCell,
  RowActionsCell,
  UnitBasisCell,
  UnitsResultCell,
  VisitNumberCell,
  type EditColumn,
} from './visit-cells.tsx';

const features = tableFeatures({ columnVisibilityFeature });
const helper = createColumnHelper<typeof features, GridRow>();

const editColumns: EditColumn[] = [
  {
    field: 'date',
    kind: 'text',
    placeholder: 'YYYY-MM-DD',
    size: 'date',
  },
  {
    field: 'discipline',
    kind: 'select',
    options: disciplineCodeOptions,
    size: 'code',
  },
  {
    field: 'credential',
    kind: 'select',
    options: credentialOptions,
    size: 'code',
  },
  {
    field: 'service',
    kind: 'select',
    options: serviceOptions,
    emptyLabel: 'Usual for discipline',
    size: 'm',
  },
  {
    field: 'minutes',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  {
    field: 'start',
    kind: 'text',
    placeholder: 'HH:MM',
    size: 'time',
  },
  { field: 'end', kind: 'text', placeholder: 'HH:MM', size: 'time' },
  {
    field: 'mode',
    kind: 'select',
    // A blank mode is read as in person: one "In person" choice, not two that look the same.
    options: modeOptions.filter((option) => option.value !== 'in-person'),
    emptyLabel: 'In person',
    sameAsEmpty: 'in-person',
    size: 'm',
  },
  {
    field: 'monitoringDays',
    header: 'Days mon.',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  {
    field: 'setting',
    kind: 'select',
    options: settingOptions,
    size: 's',
  },
  {
    field: 'travelMinutes',
    header: 'Travel min',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  {
    field: 'documentationMinutes',
    header: 'Doc. min',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  { field: 'hcpcs', kind: 'text', size: 's' },
  {
    field: 'units',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  {
    field: 'charge',
    kind: 'text',
    inputMode: 'decimal',
    size: 's',
  },
];

const columns = helper.columns([
  helper.display({
    id: 'visit',
    header: 'Visit',
    cell: ({ row }) => <VisitNumberCell row={row.original} />,
  }),
  ...editColumns.map((column) =>
    helper.display({
      id: column.field,
      header: column.header ?? visitFieldLabels[column.field],
      cell: ({ row }) => <EditCell row={row.original} column={column} />,
    }),
  ),
  helper.display({
    id: 'result-hcpcs',
    header: 'HCPCS',
    cell: ({ row }) => <HcpcsResultCell row={row.original} />,
  }),
  helper.display({
    id: 'result-revenue',
    header: 'Revenue code',
    cell: ({ row }) => <RevenueResultCell row={row.original} />,
  }),
  helper.display({
    id: 'result-units',
    header: 'Units',
    cell: ({ row }) => <UnitsResultCell row={row.original} />,
  }),
  helper.display({
    id: 'result-basis',
    header: 'Unit basis',
    cell: ({ row }) => <UnitBasisCell row={row.original} />,
  }),
  helper.display({
    id: 'result-findings',
    header: 'Findings',
    cell: ({ row }) => <FindingsMarkerCell row={row.original} />,
  }),
  helper.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => <RowActionsCell row={row.original} />,
  }),
]);

const resultColumns = new Set([
  'result-hcpcs',
  'result-revenue',
  'result-units',
  'result-basis',
  'result-findings',
]);

type GridTableRow = Row<typeof features, GridRow>;

const VisitRow = memo(
  function VisitRow({
    row,
    selected,
    rowRef,
  }: {
    row: GridTableRow;
    selected: boolean;
    rowRef?: ((element: HTMLTableRowElement | null) => void) | undefined;
    /** Changes when columns are shown or hidden, so memoized rows draw again. */
    columnsShown: string;
  }) {
    return (
      <tr
        ref={rowRef}
        className={selected ? 'selected' : undefined}
        aria-rowindex={row.original.index + 2}
        data-index={row.original.index}
        data-visit-id={row.original.visit.id}
      >
        {row.getVisibleCells().map((cell) =>
          cell.column.id === 'visit' ? (
            <th key={cell.id} scope="row">
              <FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.id} className={resultColumns.has(cell.column.id) ? 'result' : undefined}>
              <FlexRender cell={cell} />
            </td>
          ),
        )}
      </tr>
    );
  },
  (previous, next) =>
    previous.row.original === next.row.original &&
    previous.selected === next.selected &&
    previous.rowRef === next.rowRef &&
    previous.columnsShown === next.columnsShown,
);

/** Moves focus to the same column `delta` rows away; true when there is such a row. */
function moveFocus(from: HTMLElement, delta: number, rowCount: number): boolean {
  const row = Number(from.dataset.row);
  const column = from.dataset.col;
  if (!Number.isInteger(row) || !column) return false;
  const next = row + delta;
  if (next < 0 || next >= rowCount) return false;
  revealGridRow(next);
  focusWhenRendered(cellId(next, column));
  return true;
}

function onGridKeyDown(event: KeyboardEvent<HTMLTableSectionElement>, rowCount: number): void {
  const target = event.target as HTMLElement;
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Tab' && !event.shiftKey) {
    // Tab from the last control of the last rendered row continues into the next visit.
    const tr = target.closest('tr');
    const index = Number(tr?.dataset.index);
    const controls = tr ? [...tr.querySelectorAll<HTMLElement>('input, select, button, a')] : [];
    const nextRendered = tr?.nextElementSibling as HTMLElement | null | undefined;
    if (
      Number.isInteger(index) &&
      controls.at(-1) === target &&
      index + 1 < rowCount &&
      nextRendered?.dataset.index === undefined
    ) {
      event.preventDefault();
      revealGridRow(index + 1);
      focusWhenRendered(cellId(index + 1, 'id'));
    }
    return;
  }
  if (target.dataset.row === undefined) return;
  let delta = 0;
  if (event.key === 'Enter' && target.tagName !== 'BUTTON') delta = event.shiftKey ? -1 : 1;
  else if (event.key === 'ArrowDown') delta = 1;
  else if (event.key === 'ArrowUp') delta = -1;
  if (delta !== 0 && moveFocus(target, delta, rowCount)) event.preventDefault();
}

/** The editable cell a paste landed in, and the visible editable columns in the grid's order. */
export interface PasteCell {
  index: number;
  field: VisitField;
  columns: readonly FillColumn[];
}

/** The cell a paste landed in, when its target is one of the visible editable cells. */
function pasteCellOf(target: EventTarget, columns: readonly FillColumn[]): PasteCell | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  const index = Number(target.dataset.row);
  const column = columns.find((candidate) => candidate.field === target.dataset.col);
  return column && Number.isInteger(index) ? { index, field: column.field, columns } : undefined;
}

export interface VisitGridProps {
  visits: DraftVisit[];
  lines: VisitLineResult[];
  selectedVisitId: string | null;
  /**
   * Rows pasted from a spreadsheet into the grid: `cell` is the cell they landed in, if any
   * (they fill the grid from there unless they start with a header row).
   */
  onPasteRows: (text: string, cell?: PasteCell) => Promise<void>;
}

export function VisitGrid({ visits, lines, selectedVisitId, onPasteRows }: VisitGridProps) {
  const data = useMemo(() => buildGridRows(visits, lines), [visits, lines]);
  const hidden = useGridColumns((state) => state.hidden);
  const columnVisibility = useMemo(
    () => Object.fromEntries(hidden.map((column) => [column, false])),
    [hidden],
  );
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.visit.id,
    state: { columnVisibility },
  });
  const columnsShown = hidden.join();
  const pasteColumns = useMemo(
    () =>
      editColumns
        .filter((column) => !hidden.some((field) => field === column.field))
        .map(({ field, kind }) => ({ field, kind })),
    [hidden],
  );
  const columnCount = table.getVisibleLeafColumns().length;
  const rows = table.getRowModel().rows;
  const windowed = rows.length > WINDOW_THRESHOLD;
  const [view, setView] = useState({ scrollTop: 0, height: 0 });
  // Only a windowed grid needs its size: reading it forces a layout before the page is painted.
  const scrollerRef = useCallback(
    (element: HTMLDivElement | null) => {
      registerGridScroller(element);
      if (element && windowed)
        setView({ scrollTop: element.scrollTop, height: element.clientHeight });
    },
    [windowed],
  );
  const { start, end } = visibleRange(rows.length, view.scrollTop, view.height);
  const rowHeight = gridRowHeight();
  const measureRow = useCallback((element: HTMLTableRowElement | null) => {
    if (element) setGridRowHeight(element.getBoundingClientRect().height);
  }, []);
  return (
    <div className="visit-grid">
      <GridColumnsChooser />
      <div
        className={windowed ? 'grid-scroll windowed' : 'grid-scroll'}
        ref={scrollerRef}
        onScroll={(event) => {
          const { scrollTop, clientHeight } = event.currentTarget;
          if (windowed) setView({ scrollTop, height: clientHeight });
        }}
        onPaste={(event) => {
          const text = event.clipboardData.getData('text/plain');
          if (!looksLikeRows(text)) return;
          event.preventDefault();
          void onPasteRows(text, pasteCellOf(event.target, pasteColumns));
        }}
      >
        <table className="grid" aria-rowcount={windowed ? rows.length + 1 : undefined}>
          <caption className="visually-hidden">Visits</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={windowed ? 1 : undefined}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    className={resultColumns.has(header.column.id) ? 'result' : undefined}
                  >
                    <table.FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody onKeyDown={(event) => onGridKeyDown(event, rows.length)}>
            {start > 0 ? <Spacer height={start * rowHeight} columnCount={columnCount} /> : null}
            {rows.slice(start, end).map((row, position) => (
              <VisitRow
                key={row.id}
                row={row}
                selected={row.original.visit.id === selectedVisitId}
                rowRef={windowed && position === 0 ? measureRow : undefined}
                columnsShown={columnsShown}
              />
            ))}
            {end < rows.length ? (
              <Spacer height={(rows.length - end) * rowHeight} columnCount={columnCount} />
            ) : null}
            {data.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="empty">
                  No visits yet. Add a visit, or paste rows from a spreadsheet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        id={ADD_VISIT_ID}
        className="primary"
        onClick={() => focusVisitControl(claimActions().addVisit(), 'date', { select: true })}
      >
        Add visit
      </button>
    </div>
  );
}

/** Stands in for the rows above or below the rendered window, so the scrollbar is true. */
function Spacer({ height, columnCount }: { height: number; columnCount: number }) {
  // A computed height cannot be a class; React sets it through CSSOM, which CSP allows.
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  );
}
