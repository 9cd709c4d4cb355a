// Which optional columns of the visit grid the coder has hidden: a display preference (say, to
// see the results beside the minutes on a laptop screen). Kept in this browser like the drafts,
// and deleted with them. Date, discipline, credential, service, minutes and the results are
// always shown.
import { create } from 'zustand';
import type { VisitFieldKey } from './visit-fields.ts';

export const GRID_COLUMNS_KEY = 'visit-to-claim:grid-columns';

/** The columns a coder may hide, in the grid's order. */
export const optionalGridColumns = [
  'start',
  'end',
  'mode',
  'monitoringDays',
  'setting',
  'travelMinutes',
  'documentationMinutes',
  'hcpcs',
  'units',
  'charge',
] as const satisfies readonly VisitFieldKey[];

export type OptionalGridColumn = (typeof optionalGridColumns)[number];

function isOptionalGridColumn(value: unknown): value is OptionalGridColumn {
  return optionalGridColumns.some((column) => column === value);
}

/** The saved preference; anything unreadable counts as "nothing hidden". */
function readHidden(): OptionalGridColumn[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(GRID_COLUMNS_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter(isOptionalGridColumn) : [];
  } catch {
    return [];
  }
}

function saveHidden(hidden: readonly OptionalGridColumn[]): void {
  try {
    if (hidden.length === 0) localStorage.removeItem(GRID_COLUMNS_KEY);
    else localStorage.setItem(GRID_COLUMNS_KEY, JSON.stringify(hidden));
  } catch {
    // A preference that cannot be saved still applies until the page is closed.
  }
}

interface GridColumnsState {
  hidden: readonly OptionalGridColumn[];
  setShown: (column: OptionalGridColumn, shown: boolean) => void;
  /** Shows every column again and forgets the preference. */
  reset: () => void;
}

export const useGridColumns = create<GridColumnsState>()((set, get) => ({
  hidden: readHidden(),
  setShown: (column, shown) => {
    const hidden = optionalGridColumns.filter((candidate) =>
      candidate === column ? !shown : get().hidden.includes(candidate),
    );
    saveHidden(hidden);
    set({ hidden });
  },
  reset: () => {
    saveHidden([]);
    set({ hidden: [] });
  },
}));
