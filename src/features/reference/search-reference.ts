// One search across every code set: by code ("g0299", "G 0299", "TOB 329") or by words
// ("lpn training").
import type { ReferenceIndex } from './reference-index.ts';
import type { ReferenceEntry } from './reference-entry.ts';
import { dropLeadInWords, matchesAllWords, readCodes, splitSearchWords } from './search-text.ts';
import { validityOn, type Validity } from './validity-on-date.ts';

/** How a result matched: its whole code, the start of its code, or all the words. */
export type SearchMatch = 'code' | 'code-start' | 'words';

export interface SearchResult {
  readonly entry: ReferenceEntry;
  readonly match: SearchMatch;
  /** Whether the entry was valid on the "as of" date (always "valid" with no date). */
  readonly validity: Validity;
}

const matchRank: Record<SearchMatch, number> = { code: 0, 'code-start': 1, words: 2 };

/**
 * Entries that match `query`, best first: exact codes, then codes that start with it, then
 * entries that contain every word. Entries not valid on `asOf` are kept (a coder looking up
 * a retired code needs its replacement) but come after valid ones of the same kind of match.
 */
export function searchReference(
  index: ReferenceIndex,
  query: string,
  asOf: string,
): SearchResult[] {
  const typed = dropLeadInWords(query);
  const codes = readCodes(typed);
  if (codes[0] === '') return [];
  const words = splitSearchWords(typed);
  // "G 0299" also finds the entries whose text names G0299, and "329" those that name 0329. A
  // one-word query's own code is left out: matchesAllWords has looked for it already.
  const namedCodes = codes
    .filter((code) => !(words.length === 1 && words[0] === code))
    .map((code) => ` ${code}`);
  const found: { result: SearchResult; rank: number }[] = [];
  for (const indexed of index.entries) {
    let match: SearchMatch | undefined;
    if (codes.includes(indexed.code)) match = 'code';
    else if (codes.some((code) => indexed.code.startsWith(code))) match = 'code-start';
    else if (
      matchesAllWords(indexed.words, words) ||
      namedCodes.some((code) => indexed.words.includes(code))
    ) {
      match = 'words';
    }
    if (match === undefined) continue;
    const validity = validityOn(indexed.entry, asOf);
    const rank =
      (matchRank[match] * 2 + (validity === 'valid' ? 0 : 1)) * index.entries.length +
      indexed.order;
    found.push({ result: { entry: indexed.entry, match, validity }, rank });
  }
  found.sort((a, b) => a.rank - b.rank);
  return found.map((item) => item.result);
}
