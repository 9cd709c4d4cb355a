// The visit grid: a real table, one row per visit, edited like a spreadsheet. Tab and Shift+Tab
// move between cells; Enter / Shift+Enter and the up/down arrows move to the same cell one row
// down or up. Columns are defined once; rows are memoized so a keystroke re-renders one row.
import {
  FlexRender,
  createColumnHelper,
  tableFeatures,
  useTable,
  type Row,
} from '@tanstack/react-table';
import { memo, useMemo, type KeyboardEvent } from 'react';
import type { VisitLineResult } from '../../engine/index.ts';
import { claimActions } from '../../state/claim-store.ts';
import type { DraftVisit } from '../../state/draft-claim.ts';
import { buildGridRows, cellId, type GridRow } from './grid-rows.ts';
import { looksLikeRows } from './paste-visits.ts';
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

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, GridRow>();

const editColumns: EditColumn[] = [
  {
    field: 'date',
    header: 'Date',
    label: 'Date',
    kind: 'text',
    placeholder: 'YYYY-MM-DD',
    size: 'm',
  },
  {
    field: 'discipline',
    header: 'Discipline',
    label: 'Discipline',
    kind: 'select',
    options: disciplineCodeOptions,
    size: 's',
  },
  {
    field: 'credential',
    header: 'Credential',
    label: 'Credential',
    kind: 'select',
    options: credentialOptions,
    size: 's',
  },
  {
    field: 'service',
    header: 'Service',
    label: 'Service',
    kind: 'select',
    options: serviceOptions,
    emptyLabel: 'Usual for discipline',
    size: 'm',
  },
  {
    field: 'minutes',
    header: 'Minutes',
    label: 'Minutes',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  {
    field: 'start',
    header: 'Start',
    label: 'Start',
    kind: 'text',
    placeholder: 'HH:MM',
    size: 'xs',
  },
  { field: 'end', header: 'End', label: 'End', kind: 'text', placeholder: 'HH:MM', size: 'xs' },
  {
    field: 'mode',
    header: 'Mode',
    label: 'Mode',
    kind: 'select',
    options: modeOptions,
    emptyLabel: 'In person',
    size: 'm',
  },
  {
    field: 'setting',
    header: 'Setting',
    label: 'Setting',
    kind: 'select',
    options: settingOptions,
    size: 's',
  },
  {
    field: 'travelMinutes',
    header: 'Travel min',
    label: 'Travel minutes',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  {
    field: 'documentationMinutes',
    header: 'Doc. min',
    label: 'Documentation minutes',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  { field: 'hcpcs', header: 'Entered HCPCS', label: 'Entered HCPCS', kind: 'text', size: 's' },
  {
    field: 'units',
    header: 'Entered units',
    label: 'Entered units',
    kind: 'text',
    inputMode: 'numeric',
    size: 'xs',
  },
  {
    field: 'charge',
    header: 'Charge',
    label: 'Charge',
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
      header: column.header,
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
  function VisitRow({ row, selected }: { row: GridTableRow; selected: boolean }) {
    return (
      <tr className={selected ? 'selected' : undefined} aria-selected={selected}>
        {row.getAllCells().map((cell) =>
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
    previous.row.original === next.row.original && previous.selected === next.selected,
);

/** Moves focus to the same column `delta` rows away; true when it moved. */
function moveFocus(from: HTMLElement, delta: number): boolean {
  const row = Number(from.dataset.row);
  const column = from.dataset.col;
  if (!Number.isInteger(row) || !column) return false;
  const target = document.getElementById(cellId(row + delta, column));
  if (!target) return false;
  target.focus();
  return true;
}

function onGridKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void {
  const target = event.target as HTMLElement;
  if (target.dataset.row === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  let delta = 0;
  if (event.key === 'Enter' && target.tagName !== 'BUTTON') delta = event.shiftKey ? -1 : 1;
  else if (event.key === 'ArrowDown') delta = 1;
  else if (event.key === 'ArrowUp') delta = -1;
  if (delta !== 0 && moveFocus(target, delta)) event.preventDefault();
}

export interface VisitGridProps {
  visits: DraftVisit[];
  lines: VisitLineResult[];
  selectedVisitId: string | null;
  /** Rows pasted from a spreadsheet into any cell. */
  onPasteRows: (text: string) => void;
}

export function VisitGrid({ visits, lines, selectedVisitId, onPasteRows }: VisitGridProps) {
  const data = useMemo(() => buildGridRows(visits, lines), [visits, lines]);
  const table = useTable({ features, columns, data, getRowId: (row) => row.visit.id });
  return (
    <div className="visit-grid">
      <div
        className="grid-scroll"
        onPaste={(event) => {
          const text = event.clipboardData.getData('text/plain');
          if (!looksLikeRows(text)) return;
          event.preventDefault();
          onPasteRows(text);
        }}
      >
        <table className="grid">
          <caption className="visually-hidden">Visits</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
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
          <tbody onKeyDown={onGridKeyDown}>
            {table.getRowModel().rows.map((row) => (
              <VisitRow
                key={row.id}
                row={row}
                selected={row.original.visit.id === selectedVisitId}
              />
            ))}
            {data.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="empty">
                  No visits yet. Add a visit, or paste rows from a spreadsheet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="primary"
        onClick={() => {
          claimActions().addVisit();
          focusCellSoon(visits.length, 'date');
        }}
      >
        Add visit
      </button>
    </div>
  );
}

/** Puts the cursor in a cell once a just-added row is on screen. */
function focusCellSoon(index: number, field: string): void {
  setTimeout(() => document.getElementById(cellId(index, field))?.focus(), 0);
}
