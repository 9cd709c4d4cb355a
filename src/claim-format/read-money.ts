// Money as whole cents, never floats. Accepted: 1250, 1250.00, 175.5, .50, $1,250.00, $ 1,250,
// 1,250 (commas group thousands, US style). Refused, with the reason: a decimal comma (150,00
// or 1.250,00: never read as $15,000 or $1.25), commas that do not group thousands, more than
// two decimals, and negative amounts (-5, $-5, (5.00)).
import { blankProblem, quote, readOk, readProblem, type Read } from './read-result.ts';

const PLAIN = /^(\d*)(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;
const DECIMAL_COMMA = /^\d{1,3}(?:[.\s]\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/;

/** Whole cents as the claim format writes money: 125000 → "1250.00", no sign or grouping. */
export function writeMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Reads an amount in dollars into whole cents; see the file's head. Never throws. */
export function readMoneyCents(text: string): Read<number> {
  const typed = text.trim();
  if (typed === '') return blankProblem();
  if (/^\(.*\)$|^[-−]|^\$\s*[-−]/.test(typed))
    return readProblem(`${quote(typed)} is negative; enter the amount without a minus sign.`);
  const amount = typed.replace(/^\$\s*/, '');
  if (DECIMAL_COMMA.test(amount)) {
    const fixed = amount.replace(/[.\s]/g, '').replace(',', '.');
    return readProblem(
      `${quote(typed)} has a decimal comma; write ${fixed} (a comma may only group thousands, as in 1,250.00).`,
    );
  }
  const match = PLAIN.exec(amount) ?? GROUPED.exec(amount);
  const dollars = match?.[1]?.replace(/,/g, '') ?? '';
  const cents = match?.[2] ?? '';
  if (!match || (dollars === '' && cents === '')) {
    const why = /,/.test(amount)
      ? 'commas may only group thousands (1,250.00)'
      : 'write dollars and cents as 1250.00';
    return readProblem(`${quote(typed)} is not an amount: ${why}.`);
  }
  if (cents.length > 2)
    return readProblem(
      `${quote(typed)} has more than two decimals; amounts are dollars and cents.`,
    );
  const total = Number(dollars === '' ? '0' : dollars) * 100 + Number(cents.padEnd(2, '0'));
  return Number.isSafeInteger(total)
    ? readOk(total)
    : readProblem(`${quote(typed)} is too large to be an amount.`);
}
