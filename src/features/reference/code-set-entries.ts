// How a desk-reference entry is made from a table row: its cells, its dates, its rules and
// sources, and the links between codes that replaced one another.
import { referenceText } from '../../data/reference-text.ts';
import type {
  CodeSetId,
  EntryCell,
  EntryLink,
  ReferenceColumn,
  ReferenceEntry,
} from './reference-entry.ts';

export interface ProvenanceFields {
  readonly source: readonly string[];
  readonly effectiveFrom?: string | undefined;
  readonly effectiveTo?: string | undefined;
  readonly verified: boolean;
  readonly unverifiedNote?: string | undefined;
}

export const text = (value: string): EntryCell => ({ text: value });
export const yesNo = (value: boolean): EntryCell => text(value ? 'Yes' : 'No');
export const linksTo = (setId: CodeSetId, keys: readonly string[]): EntryCell => ({
  text: keys.join(', '),
  links: keys.map((key) => ({ setId, key })),
});

export const validityColumns: readonly ReferenceColumn[] = [
  { id: 'effectiveFrom', header: 'Valid from' },
  { id: 'effectiveTo', header: 'Valid to' },
];
export const rulesColumn: ReferenceColumn = { id: 'rules', header: 'Rules' };
export const sourcesColumn: ReferenceColumn = { id: 'sources', header: 'Sources' };

/** A lookup from code to its display name, "Name (CODE)". */
export function namesOf(rows: readonly { code: string; name: string }[]): (code: string) => string {
  const names = new Map(rows.map((row) => [row.code, row.name]));
  return (code) => {
    const name = names.get(code);
    return name === undefined ? code : `${name} (${code})`;
  };
}

export function datedEntry(
  setId: CodeSetId,
  key: string,
  title: string,
  row: ProvenanceFields & { readonly rules?: string | undefined },
  cells: Record<string, EntryCell>,
  extraWords: readonly string[] = [],
): ReferenceEntry {
  // Rules the engine reads stay on the row (types of bill); the other words live apart.
  const words = referenceText(setId, key);
  const rules = row.rules ?? words.rules;
  return {
    setId,
    key,
    title,
    cells: {
      ...cells,
      effectiveFrom: text(row.effectiveFrom ?? ''),
      effectiveTo: text(row.effectiveTo ?? ''),
      rules: text(rules ?? ''),
      sources: linksTo('sources', row.source),
    },
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    replacedBy: [],
    replaces: [],
    verified: row.verified,
    unverifiedNote: row.unverifiedNote,
    rules,
    notes: words.notes,
    sources: row.source.map((id) => ({ setId: 'sources', key: id })),
    extraWords: [...extraWords, words.notes ?? '', row.unverifiedNote ?? ''].join(' '),
  };
}

/** Codes each code was replaced by, read backwards: which codes each code replaced. */
export function withReplaces(entries: readonly ReferenceEntry[]): ReferenceEntry[] {
  const replaces = new Map<string, EntryLink[]>();
  for (const entry of entries) {
    for (const successor of entry.replacedBy) {
      const list = replaces.get(successor.key) ?? [];
      list.push({ setId: entry.setId, key: entry.key });
      replaces.set(successor.key, list);
    }
  }
  return entries.map((entry) => ({ ...entry, replaces: replaces.get(entry.key) ?? [] }));
}
