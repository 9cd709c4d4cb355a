// How the desk reference reads what a coder types: case and punctuation never matter.
// "G 0299", "g-0299" and "G0299" are the same code; "LPN, training" is the words lpn + training.

/** A code or query reduced to lowercase letters and digits: "G 0299" → "g0299". */
export function normaliseCode(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The words of a text, lowercased, split on anything that is not a letter or digit. */
export function splitSearchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
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
