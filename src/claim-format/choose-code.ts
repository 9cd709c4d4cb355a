// Which code a typed or imported word means, among a short list of choices (disciplines,
// credentials, services, visit modes, settings, or any code column). In order: an exact code
// wins ("PT" is PT, any case), then an exact name or alias ("HHA" is AIDE, "LVN" is LPN), then
// a unique prefix of a code, name, alias or one of their words ("phys" is PT, "nurs" is SN);
// otherwise a problem that lists what it could be. Case, spaces and punctuation never matter
// ("otr/l", "OTR-L" and "O.T.R.L." are one spelling). The answer depends only on the text and
// the choices: nothing cycles, nothing depends on what was chosen before.
import { blankProblem, quote, readOk, readProblem, type Read } from './read-result.ts';

export interface CodeChoice<Code extends string = string> {
  code: Code;
  /** The name shown beside the code ("Skilled nursing"). */
  name?: string | undefined;
  /** Other names and abbreviations it is known by ("Nursing", "RN", "LVN"). */
  aliases?: readonly string[] | undefined;
}

/** The spelling choices are compared by: letters and digits only, lower case. */
export function codeKey(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

interface IndexedChoice<Code extends string> {
  choice: CodeChoice<Code>;
  code: string;
  /** The name and aliases. */
  names: string[];
  /** The code, name, aliases and each of their words: what a prefix may start. */
  starts: string[];
}

// Choices are indexed once per list (the lists are built once per table), so reading a
// 100,000-row file does not normalise every alias on every row.
const indexes = new WeakMap<readonly CodeChoice[], IndexedChoice<string>[]>();

function indexOf<Code extends string>(choices: readonly CodeChoice<Code>[]): IndexedChoice<Code>[] {
  const known = indexes.get(choices) as IndexedChoice<Code>[] | undefined;
  if (known) return known;
  const built = choices.map((choice) => {
    const spellings = [choice.name ?? '', ...(choice.aliases ?? [])].filter((s) => s !== '');
    const words = [choice.code, ...spellings].flatMap((spelling) => spelling.split(/[\s/-]+/));
    return {
      choice,
      code: codeKey(choice.code),
      names: spellings.map(codeKey),
      starts: [choice.code, ...spellings, ...words].map(codeKey).filter((key) => key !== ''),
    };
  });
  indexes.set(choices, built);
  return built;
}

function distinctCodes<Code extends string>(found: IndexedChoice<Code>[]): Code[] {
  return [...new Set(found.map((entry) => entry.choice.code))];
}

function describeChoice(choice: CodeChoice): string {
  return choice.name === undefined ? choice.code : `${choice.code} (${choice.name})`;
}

/** "A, B or C", with at most `limit` named and the rest counted. */
function listChoices(choices: readonly CodeChoice[], limit = 10): string {
  const shown = choices.slice(0, limit).map(describeChoice);
  if (choices.length > limit) return `${shown.join(', ')} and ${choices.length - limit} more`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
}

export interface ChooseOptions {
  /** Whether a unique prefix is enough (default true); false: exact codes, names and aliases only. */
  prefixes?: boolean;
}

/** The code `text` means among `choices`; see the file's head. Never throws. */
export function chooseCode<Code extends string>(
  text: string,
  choices: readonly CodeChoice<Code>[],
  options: ChooseOptions = {},
): Read<Code> {
  if (text.trim() === '') return blankProblem();
  const key = codeKey(text);
  const index = indexOf(choices);
  const exact = index.find((entry) => entry.code === key);
  if (exact && key !== '') return readOk(exact.choice.code);
  const named = distinctCodes(index.filter((entry) => key !== '' && entry.names.includes(key)));
  if (named.length === 1 && named[0] !== undefined) return readOk(named[0]);
  const prefixed =
    named.length > 1 || options.prefixes === false || key === ''
      ? []
      : index.filter((entry) => entry.starts.some((start) => start.startsWith(key)));
  const [only] = prefixed;
  if (only && distinctCodes(prefixed).length === 1)
    return readOk(only.choice.code, `${quote(text)} is read as ${describeChoice(only.choice)}`);
  const could = named.length > 1 ? index.filter((e) => named.includes(e.choice.code)) : prefixed;
  if (could.length > 1)
    return readProblem(
      `${quote(text)} could be ${listChoices(could.map((entry) => entry.choice))}; type more of it.`,
    );
  return readProblem(`${quote(text)} is none of ${listChoices(choices)}.`);
}

/**
 * Up to `limit` choices that `text` may mean, best first: exact code, exact name or alias,
 * code prefix, name or alias prefix, word prefix, then any that contain it; ties keep the
 * choices' order. Blank text gives the first `limit` choices. For a cell's list while typing.
 */
export function suggestCodes<Choice extends CodeChoice>(
  text: string,
  choices: readonly Choice[],
  limit: number,
): Choice[] {
  const key = codeKey(text);
  if (key === '') return choices.slice(0, Math.max(0, limit));
  const ranked = indexOf(choices).flatMap((entry, order) => {
    const rank =
      entry.code === key
        ? 0
        : entry.names.includes(key)
          ? 1
          : entry.code.startsWith(key)
            ? 2
            : entry.names.some((name) => name.startsWith(key))
              ? 3
              : entry.starts.some((start) => start.startsWith(key))
                ? 4
                : entry.starts.some((start) => start.includes(key))
                  ? 5
                  : -1;
    return rank < 0 ? [] : [{ rank, order, choice: entry.choice as Choice }];
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.choice);
}
