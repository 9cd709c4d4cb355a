// A visit line's HCPCS modifiers, as coders type them: "KX GP", "kx,gp", "KX;GP" or a list.
// Each modifier is two letters or digits; a line carries at most four (UB-04 FL 44).
import { MAX_VISIT_MODIFIERS } from './visit-fields.ts';
import { blankProblem, quote, readOk, readProblem, type Read } from './read-result.ts';

const MODIFIER = /^[0-9A-Z]{2}$/;
const SEPARATORS = /[\s,;]+/;

/** Modifiers as the claim format writes them: "KX GP". */
export function writeModifiers(modifiers: readonly string[]): string {
  return modifiers.join(' ');
}

/** Reads up to four two-character modifiers, upper-cased, in the order typed. Never throws. */
export function readModifiers(value: string | readonly string[]): Read<string[]> {
  const entries = typeof value === 'string' ? value.split(SEPARATORS) : value;
  const modifiers = entries.map((entry) => entry.trim().toUpperCase()).filter((m) => m !== '');
  if (modifiers.length === 0) return blankProblem();
  const bad = modifiers.find((modifier) => !MODIFIER.test(modifier));
  if (bad !== undefined)
    return readProblem(
      `${quote(bad)} is not a modifier: each is two letters or digits, such as KX or GP.`,
    );
  if (modifiers.length > MAX_VISIT_MODIFIERS)
    return readProblem(
      `${modifiers.length} modifiers are entered; a claim line holds at most ${MAX_VISIT_MODIFIERS}.`,
    );
  return readOk(modifiers);
}
