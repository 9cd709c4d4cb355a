// Rows of a CSV or TSV file, or of cells copied from a spreadsheet, read with papaparse (which
// handles the quoting): a UTF-8 byte order mark is dropped, CRLF, LF and CR line ends are all
// read (a line break inside a quoted cell is kept as "\n"), quoted cells may hold delimiters,
// quotes ("") and line breaks, and blank rows (trailing ones too) are left out. The delimiter
// is a tab, comma, semicolon or bar, guessed from the text unless given.
import Papa from 'papaparse';

export type Delimiter = ',' | '\t' | ';' | '|';

export interface DelimitedRow {
  /** The row's number as a spreadsheet counts it: the first row is 1. */
  row: number;
  /** The cells as written (quotes removed, spaces kept). */
  cells: string[];
}

export interface DelimitedText {
  delimiter: Delimiter;
  /** Every row with at least one non-blank cell, in order. */
  rows: DelimitedRow[];
  /** Rows the quoting made unreadable, in plain English; the rows are still given as parsed. */
  problems: { row: number; problem: string }[];
}

const DELIMITERS: readonly Delimiter[] = ['\t', ',', ';', '|'];

function isDelimiter(value: unknown): value is Delimiter {
  return DELIMITERS.includes(value as Delimiter);
}

/**
 * papaparse's guess over the first rows, blank ones skipped (they would count as one-cell rows
 * and spoil the guess); a comma when no delimiter splits the rows evenly.
 */
function guessDelimiter(lines: string): Delimiter {
  const guessed = Papa.parse<string[]>(lines, {
    delimitersToGuess: [...DELIMITERS],
    newline: '\n',
    preview: 10,
    skipEmptyLines: 'greedy',
  }).meta.delimiter;
  return isDelimiter(guessed) ? guessed : ',';
}

/** Reads delimited text; `delimiter` skips the guess (a .tsv file, cells pasted from a sheet). */
export function readDelimitedText(
  text: string,
  options: { delimiter?: Delimiter } = {},
): DelimitedText {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = options.delimiter ?? guessDelimiter(lines);
  // Blank rows are kept while parsing, so each row keeps its number in the file.
  const parsed = Papa.parse<string[]>(lines, { delimiter, newline: '\n', skipEmptyLines: false });
  const rows = parsed.data.flatMap((cells, index) =>
    cells.every((cell) => cell.trim() === '') ? [] : [{ row: index + 1, cells }],
  );
  const problems = parsed.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      problem:
        error.code === 'MissingQuotes'
          ? 'A quoted cell is never closed: check the quotes from this row on.'
          : 'A quote sits inside a cell that does not start with one; write it as two quotes ("") inside a quoted cell.',
    }));
  return {
    delimiter,
    rows,
    problems,
  };
}
