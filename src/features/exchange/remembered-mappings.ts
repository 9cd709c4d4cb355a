// The import's column mapping, remembered in this browser for the next file with the same
// headers (an agency exports the same report every month). Kept under a key of its own and read
// defensively: anything unreadable, or a column meaning this version does not know, counts as
// not remembered. A preference, not a draft: losing it costs one choice per column.
import { normaliseHeader } from '../../claim-format/header-name.ts';
import type { RowColumn } from '../../claim-format/read-visit-row.ts';
import { rowColumnNames } from '../../claim-format/visit-fields.ts';
import type { ColumnMapping } from '../../claim-format/visits-csv.ts';

export const COLUMN_MAPPINGS_KEY = 'visit-to-claim:import-column-mappings';

/** The most recent mappings kept; older ones are forgotten first. */
const KEPT = 20;

interface Saved {
  version: 1;
  /** By the file's headers, most recent last. */
  mappings: { headers: string; mapping: (string | null)[] }[];
}

function headersKey(headers: readonly string[]): string {
  return JSON.stringify(headers.map(normaliseHeader));
}

function isRowColumn(value: unknown): value is RowColumn {
  return typeof value === 'string' && Object.hasOwn(rowColumnNames, value);
}

function readSaved(storage: Storage): Saved {
  try {
    const saved: unknown = JSON.parse(storage.getItem(COLUMN_MAPPINGS_KEY) ?? 'null');
    if (typeof saved !== 'object' || saved === null || !('mappings' in saved))
      return { version: 1, mappings: [] };
    const { mappings } = saved;
    if (!Array.isArray(mappings)) return { version: 1, mappings: [] };
    return {
      version: 1,
      mappings: mappings.flatMap((entry: unknown) => {
        if (typeof entry !== 'object' || entry === null) return [];
        const { headers, mapping } = entry as { headers?: unknown; mapping?: unknown };
        return typeof headers === 'string' && Array.isArray(mapping)
          ? [{ headers, mapping: mapping.map((value) => (isRowColumn(value) ? value : null)) }]
          : [];
      }),
    };
  } catch {
    return { version: 1, mappings: [] };
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The mapping chosen for a file with these headers, if one was remembered and still fits. */
export function rememberedMapping(
  headers: readonly string[],
  storage: Storage | null = browserStorage(),
): ColumnMapping | null {
  if (!storage) return null;
  const key = headersKey(headers);
  const found = readSaved(storage).mappings.find((entry) => entry.headers === key);
  if (!found || found.mapping.length !== headers.length) return null;
  return found.mapping.map((value) => (isRowColumn(value) ? value : null));
}

/** Remembers the mapping for files with these headers; a refused write is left unsaid. */
export function rememberMapping(
  headers: readonly string[],
  mapping: ColumnMapping,
  storage: Storage | null = browserStorage(),
): void {
  if (!storage) return;
  const key = headersKey(headers);
  const saved = readSaved(storage);
  const mappings = [
    ...saved.mappings.filter((entry) => entry.headers !== key),
    { headers: key, mapping: [...mapping] },
  ].slice(-KEPT);
  try {
    storage.setItem(COLUMN_MAPPINGS_KEY, JSON.stringify({ version: 1, mappings }));
  } catch {
    // The mapping still applies to this import; only the next file will ask again.
  }
}
