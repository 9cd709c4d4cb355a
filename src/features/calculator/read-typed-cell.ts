// The one place the grid reads what a coder typed into a cell, when the edit is committed, and
// the short list of choices a code cell offers while typing. Nothing is ever cycled or guessed
// from a single letter: text that names no choice is kept as typed, and the engine marks it.
//
// Seam: the forgiving readers of the claim format (src/claim-format/: chooseCode, suggestCodes,
// readDate, readTime) take over here once they land; until then a code is matched only exactly
// (its code or its name, in any case) and dates and times are kept as typed.
import type { Choice, EditColumn } from './visit-grid-columns.ts';

/** The period a typed date falls in ("1/7" is read as a date in it). */
export interface ClaimPeriod {
  from: string;
  through: string;
}

function exactChoice(choices: readonly Choice[], text: string): Choice | undefined {
  const wanted = text.trim().toLowerCase();
  return choices.find((choice) => choice.names.some((name) => name.toLowerCase() === wanted));
}

/** The value to store for `text` committed in a cell of `column`. */
export function readTypedCell(column: EditColumn, text: string, _period: ClaimPeriod): string {
  const trimmed = text.trim();
  if (trimmed === '' || !column.choices) return trimmed;
  return exactChoice(column.choices, trimmed)?.value ?? trimmed;
}

/** Up to `limit` choices for the typed text: those it starts a name of, the exact one first. */
export function suggestChoices(column: EditColumn, text: string, limit = 6): Choice[] {
  const choices = column.choices ?? [];
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return choices.slice(0, limit);
  const exact = exactChoice(choices, wanted);
  const starting = choices.filter(
    (choice) =>
      choice !== exact && choice.names.some((name) => name.toLowerCase().startsWith(wanted)),
  );
  return [...(exact ? [exact] : []), ...starting].slice(0, limit);
}
