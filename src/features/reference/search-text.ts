// How the desk reference reads what a coder types: case, punctuation and accents never matter.
// "G 0299", "g-0299" and "G0299" are the same code; "LPN, training" is the words lpn + training;
// "Médicare" is medicare. A type of bill or revenue code may be typed without its leading zero.

/**
 * Lowercase, with accents dropped ("é" → "e"): NFD splits a letter from its marks. Letters with
 * no plain form (ø, æ, ß) stay as they are and, below, count as letters: dropping them would
 * leave fragments ("søn" → "s", "n") that match half the reference.
 */
function foldAccents(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** A code or query reduced to lowercase letters and digits: "G 0299" → "g0299". */
export function normaliseCode(text: string): string {
  return foldAccents(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text, lowercased, split on anything that is not a letter or digit. */
export function splitSearchWords(text: string): string[] {
  return foldAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Text prepared for word matching: every word preceded by a space, so that
 * `haystack.includes(' ' + word)` finds words that start with `word`.
 */
export function prepareSearchText(...texts: readonly string[]): string {
  const words = texts.flatMap((text) => splitSearchWords(text));
  return ` ${[...new Set(words)].join(' ')}`;
}

/** True when every word of the query starts a word of the prepared text. */
export function matchesAllWords(preparedText: string, queryWords: readonly string[]): boolean {
  return queryWords.every((word) => preparedText.includes(` ${word}`));
}

/** A column filter: the cell holds every word of the filter, or the filter as a code. */
export function cellMatchesFilter(cellText: string, filter: string): boolean {
  const code = normaliseCode(filter);
  if (code === '') return true;
  return (
    normaliseCode(cellText).includes(code) ||
    matchesAllWords(prepareSearchText(cellText), splitSearchWords(filter))
  );
}

// What coders put before a type of bill or revenue code: "TOB 329", "bill type 32A", "rev 551".
const codeLeadIn = /^(?:tob|types?ofbills?|billtypes?|rev(?:enue)?(?:codes?)?)(.+)$/;
// A type of bill or revenue code, with or without its leading zero: "0329", "32A", "551".
const billTypeOrRevenueCode = /^0?[0-9]{2}[0-9a-z]$/;
// Only a whole code missing its zero gets one back: "3" or "32" read as "03" or "032" would list
// every 03xx or 032x entry while the coder is still typing.
const billTypeOrRevenueCodeWithoutZero = /^[0-9]{2}[0-9a-z]$/;
// An HCPCS (a letter and four digits) with the zero after its letter dropped: "g299".
const hcpcsWithoutZero = /^([a-z])([0-9]{3})$/;

/**
 * A query that is a type of bill or revenue code after words naming its kind, read as the code
 * alone: "TOB 329" → "329", "rev code 0551" → "0551". Any other query is returned unchanged.
 * Searching the code alone finds all that the words and code together would: its entries and
 * every entry that names it.
 */
export function dropLeadInWords(query: string): string {
  const afterLeadIn = codeLeadIn.exec(normaliseCode(query))?.[1];
  return afterLeadIn !== undefined && billTypeOrRevenueCode.test(afterLeadIn) ? afterLeadIn : query;
}

/**
 * The codes a query may name, the one normaliseCode reads first: "G 0299" → ["g0299"];
 * "329" → ["329", "0329"]; "32A" → ["32a", "032a"]; "g299" → ["g299", "g0299"]; "32" → ["32"].
 */
export function readCodes(query: string): string[] {
  const code = normaliseCode(query);
  if (billTypeOrRevenueCodeWithoutZero.test(code)) return [code, `0${code}`];
  const hcpcs = hcpcsWithoutZero.exec(code);
  if (hcpcs !== null) return [code, `${hcpcs[1]}0${hcpcs[2]}`];
  return [code];
}
