// Finding known phrases (credentials, disciplines, service words) inside free text: a clinician
// cell ("Smith, Anna LPN") or a task ("SN Teaching Visit"). Text is split into words at spaces
// and punctuation (hyphens and slashes too, so "OTR/L" is OTR then L, and "re-evaluation"
// holds "evaluation"); a phrase matches a run of whole words, the longest phrase first.
// An abbreviation the tables write in capitals (RN, PT, OTA, SOC) matches only when the text
// writes it in capitals too: "Pt education" is about a patient and "Ota, Ken" is a name, while
// "PT Visit" and "Ken Ota, RN" hold a discipline and a credential. Other phrases match in any case.

interface Word {
  lower: string;
  capitals: boolean;
}

export interface Phrase<Value> {
  words: string[];
  /** Written in capitals in the table: matches only words written in capitals. */
  capitals: boolean;
  value: Value;
}

function words(text: string): Word[] {
  return text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}&']+/u)
    .filter((word) => word !== '')
    .map((word) => ({
      lower: word.toLowerCase(),
      capitals: /\p{L}/u.test(word) && word === word.toUpperCase(),
    }));
}

/** A table's spelling as a phrase for `value` (none when the spelling holds no word). */
export function phrase<Value>(spelling: string, value: Value): Phrase<Value>[] {
  const split = words(spelling);
  if (split.length === 0) return [];
  return [
    {
      words: split.map((word) => word.lower),
      capitals: split.every((word) => word.capitals),
      value,
    },
  ];
}

// Phrases by their first word, longest first, built once per list: each word of the text is
// one map lookup, whatever the number of phrases.
const indexes = new WeakMap<readonly Phrase<unknown>[], Map<string, Phrase<unknown>[]>>();

function byFirstWord<Value>(phrases: readonly Phrase<Value>[]): Map<string, Phrase<Value>[]> {
  const known = indexes.get(phrases);
  if (known) return known as Map<string, Phrase<Value>[]>;
  const index = new Map<string, Phrase<Value>[]>();
  for (const candidate of phrases) {
    const first = candidate.words[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), candidate]);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  indexes.set(phrases, index);
  return index;
}

/**
 * The values of the phrases found in `text`, left to right; at each word the longest phrase
 * that matches there is taken and the search goes on after it.
 */
export function findPhrases<Value>(text: string, phrases: readonly Phrase<Value>[]): Value[] {
  const index = byFirstWord(phrases);
  const found: Value[] = [];
  const split = words(text);
  let at = 0;
  while (at < split.length) {
    const best = index.get(split[at]?.lower ?? '')?.find((candidate) =>
      candidate.words.every((word, offset) => {
        const typed = split[at + offset];
        return typed?.lower === word && (!candidate.capitals || typed.capitals);
      }),
    );
    if (best) found.push(best.value);
    at += best ? best.words.length : 1;
  }
  return found;
}
