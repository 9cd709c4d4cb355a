// The desk reference's search index: every entry of every code set, with its code and words
// prepared once so a search on each keystroke only compares strings.
import { codeTables } from '../../data/index.ts';
import { buildCodeSets } from './code-sets.ts';
import type { CodeSet, ReferenceEntry } from './reference-entry.ts';
import { normaliseCode, prepareSearchText } from './search-text.ts';

export interface IndexedEntry {
  readonly entry: ReferenceEntry;
  /** The key as lowercase letters and digits ("g0299", "shortvisit"). */
  readonly code: string;
  /** All the entry's words, each after a space (see prepareSearchText). */
  readonly words: string;
  /** Position in the index: set order, then table order. */
  readonly order: number;
}

export interface ReferenceIndex {
  readonly sets: readonly CodeSet[];
  readonly entries: readonly IndexedEntry[];
  findSet(setId: string): CodeSet | undefined;
  findEntry(setId: string, key: string): ReferenceEntry | undefined;
}

export function buildReferenceIndex(sets: readonly CodeSet[]): ReferenceIndex {
  const setsById = new Map<string, CodeSet>(sets.map((set) => [set.id, set]));
  const entries: IndexedEntry[] = [];
  const byAddress = new Map<string, ReferenceEntry>();
  for (const set of sets) {
    for (const entry of set.entries) {
      const cellTexts = Object.values(entry.cells).map((cell) => cell.text);
      entries.push({
        entry,
        code: normaliseCode(entry.key),
        words: prepareSearchText(
          entry.key,
          set.title,
          entry.title,
          ...cellTexts,
          entry.rules ?? '',
          entry.extraWords,
        ),
        order: entries.length,
      });
      byAddress.set(`${set.id}/${normaliseCode(entry.key)}`, entry);
    }
  }
  return {
    sets,
    entries,
    findSet: (setId) => setsById.get(setId),
    // Addresses are forgiving too: #/reference/hcpcs/g0299 opens G0299.
    findEntry: (setId, key) => byAddress.get(`${setId}/${normaliseCode(key)}`),
  };
}

let memo: ReferenceIndex | undefined;

/** The index over the app's validated code tables, built on first use and then reused. */
export function getReferenceIndex(): ReferenceIndex {
  memo ??= buildReferenceIndex(buildCodeSets(codeTables));
  return memo;
}
