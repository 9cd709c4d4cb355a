// Which optional columns of the visit grid the coder has hidden: a display preference. Kept in
// this browser like the drafts, and deleted with them. Date, discipline, credential, service,
// minutes and the results are always shown; until the coder chooses, the rarely used columns are
// hidden.
import { create } from 'zustand';
import type { VisitFieldKey } from '../claim-format/visit-fields.ts';

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
  'modifiers',
] as const satisfies readonly VisitFieldKey[];

export type OptionalGridColumn = (typeof optionalGridColumns)[number];

/**
 * Shown until the coder hides them: start and end (the other way to give the time), and the
 * setting and charge every Medicare claim needs; the rest start hidden.
 */
const shownByDefault: readonly OptionalGridColumn[] = ['start', 'end', 'setting', 'charge'];
export const defaultHiddenGridColumns: readonly OptionalGridColumn[] = optionalGridColumns.filter(
  (column) => !shownByDefault.includes(column),
);

function isOptionalGridColumn(value: unknown): value is OptionalGridColumn {
  return optionalGridColumns.some((column) => column === value);
}

/** The saved preference; nothing saved, or anything unreadable, counts as the default. */
function readHidden(): readonly OptionalGridColumn[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(GRID_COLUMNS_KEY) ?? 'null');
    return Array.isArray(saved) ? saved.filter(isOptionalGridColumn) : defaultHiddenGridColumns;
  } catch {
    return defaultHiddenGridColumns;
  }
}

/** Saves the choice (an empty list too: it means "show all", not the default); null forgets it. */
function saveHidden(hidden: readonly OptionalGridColumn[] | null): void {
  try {
    if (hidden === null) localStorage.removeItem(GRID_COLUMNS_KEY);
    else localStorage.setItem(GRID_COLUMNS_KEY, JSON.stringify(hidden));
  } catch {
    // A preference that cannot be saved still applies until the page is closed.
  }
}

interface GridColumnsState {
  hidden: readonly OptionalGridColumn[];
  setShown: (column: OptionalGridColumn, shown: boolean) => void;
  showAll: () => void;
  /** Back to the default columns, forgetting the preference. */
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
  showAll: () => {
    saveHidden([]);
    set({ hidden: [] });
  },
  reset: () => {
    saveHidden(null);
    set({ hidden: defaultHiddenGridColumns });
  },
}));
