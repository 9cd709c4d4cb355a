// Cells written to CSV that a spreadsheet could run as a formula are neutralised with a leading
// apostrophe (OWASP's advice for CSV injection), and read back without it, so export → read
// gives back every value exactly.
// A cell is neutralised when it starts with = + - or @, their full-width and small forms
// (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), or a tab, carriage return or line feed, after any spaces, non-breaking
// or zero-width spaces and line breaks, and after any apostrophes (so a value that starts with
// an apostrophe reads back with it). papaparse's `escapeFormulae` looks only at the first
// character and misses a formula after a space, a non-breaking space or a line break, and a
// formula cell that holds a line break later on.
// A plain negative number (-5, -12.50) is left as it is: a spreadsheet reads it as a number and
// runs nothing, and an apostrophe would turn it into text that no longer adds up.

const RISKY =
  /^'*[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\t\r\n]/;
const PLAIN_NEGATIVE = /^'*-\d+(?:\.\d+)?$/;

function isRisky(value: string): boolean {
  return RISKY.test(value) && !PLAIN_NEGATIVE.test(value);
}

/** The cell as written to a file a spreadsheet may open: a formula-like value gets a "'". */
export function spreadsheetSafeCell(value: string): string {
  return isRisky(value) ? `'${value}` : value;
}

/** The value a cell written by spreadsheetSafeCell holds (other text is returned as it is). */
export function readSpreadsheetSafeCell(cell: string): string {
  return cell.startsWith("'") && isRisky(cell.slice(1)) ? cell.slice(1) : cell;
}
