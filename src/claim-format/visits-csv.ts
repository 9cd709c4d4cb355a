// A CSV or TSV file of visits: the header row names the columns (matched by the field table's
// header names), every further row is read by the claim format's row reader (readVisitRow), the
// one the paste box and the grid use, into a visit in the claim format's spellings (1/5/2026 is
// 2026-01-05, 9:05 AM is 09:05, "Anna Smith, RN" is an RN). A cell it cannot read is a problem on
// its row and column. Pure: the app's import (features/exchange/visit-import.ts adds the engine's
// checks) and the command line both use it.
import type { ActivityText } from './activities-cell.ts';
import { readDelimitedText, type Delimiter } from './delimited-text.ts';
import type { ClaimPeriod } from './read-date.ts';
import {
  readVisitRow,
  type RowColumn,
  type RowVisit,
  type VisitTextField,
} from './read-visit-row.ts';
import type { CodeTables } from '../data/schema.ts';
import { matchRowColumn, rowColumnNames } from './visit-fields.ts';

/** A visit as read from one row: only the cells that hold something, as text. */
export type CsvVisit = RowVisit & { activities?: ActivityText[] };

export interface CsvRow {
  /** The row's number in the file as a spreadsheet counts it: the header is row 1. */
  row: number;
  visit: CsvVisit;
  /** What the reader decided on this row ("the year 2026 is taken from the claim period"). */
  notes: RowProblem[];
}

export interface RowProblem {
  row: number;
  /** The column as the file names it (or the field's name when no column holds it). */
  column: string;
  message: string;
}

export interface VisitTable {
  headers: string[];
  /** Rows under the header with at least one cell filled in, with their row numbers. */
  records: { row: number; cells: string[] }[];
  /** Problems with the file itself (no header row, unbalanced quotes). */
  problems: RowProblem[];
}

/** For each column of the file, what it fills (a visit field, or several), or null to ignore it. */
export type ColumnMapping = (RowColumn | null)[];

export interface ReadOptions {
  /** "," or "\t"; guessed from the text when not given. */
  delimiter?: string;
}

function asDelimiter(text: string | undefined): Delimiter | undefined {
  return text === ',' || text === '\t' || text === ';' || text === '|' ? text : undefined;
}

/** Parses the text (BOM, CRLF and quoting handled) into a header row and numbered records. */
export function readVisitTable(text: string, options: ReadOptions = {}): VisitTable {
  const delimiter = asDelimiter(options.delimiter);
  const parsed = readDelimitedText(text, delimiter === undefined ? {} : { delimiter });
  const problems: RowProblem[] = parsed.problems.map((problem) => ({
    row: problem.row,
    column: '',
    message: problem.problem,
  }));
  const [header, ...records] = parsed.rows;
  if (header === undefined || header.row !== 1)
    return {
      headers: [],
      records: [],
      problems: [
        {
          row: 1,
          column: '',
          message: 'The first row must name the columns (for example date, discipline, minutes).',
        },
        ...problems,
      ],
    };
  return { headers: header.cells.map((cell) => cell.trim()), records, problems };
}

/** A result column ("result units", "Result HCPCS") that this app wrote on export. */
export function isResultColumn(header: string): boolean {
  return /^result[\s_:-]/i.test(header.trim());
}

/** What a column holds by its header (a visit field, a clinician, a task), or undefined. */
export const matchVisitColumn = matchRowColumn;

/** Columns matched by header name; unknown and result columns are ignored (null). */
export function defaultMapping(headers: readonly string[]): ColumnMapping {
  return headers.map((header) =>
    isResultColumn(header) ? null : (matchVisitColumn(header) ?? null),
  );
}

/** The names of the columns the mapping ignores, result columns left out: "Patient, MRN". */
export function ignoredColumns(headers: readonly string[], mapping: ColumnMapping): string[] {
  return headers.filter(
    (header, index) => (mapping[index] ?? null) === null && !isResultColumn(header),
  );
}

/** Problems that stop an import: two columns filling the same field. */
export function mappingProblems(headers: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  for (const field of new Set(mapping)) {
    if (field === null) continue;
    const columns = mapping.flatMap((mapped, index) => (mapped === field ? [index] : []));
    if (columns.length > 1)
      problems.push(
        `${columns.map((index) => `"${headers[index] ?? ''}"`).join(' and ')} are all read as ${rowColumnNames[field]}; ignore all but one.`,
      );
  }
  return problems;
}

export function columnName(
  headers: readonly string[],
  mapping: ColumnMapping,
  field: string,
): string {
  const index = mapping.findIndex((mapped) => mapped === field);
  const header = index >= 0 ? headers[index] : undefined;
  return header !== undefined && header !== ''
    ? header
    : (rowColumnNames[field as RowColumn] ?? field);
}

/**
 * Each record as a visit through the mapping, read by the claim format's row reader with the
 * claim's period (for dates written without a year). A record with a different number of cells
 * from the header cannot be lined up with the columns: it is reported, not read.
 */
export function rowsFromTable(
  table: VisitTable,
  mapping: ColumnMapping,
  tables: CodeTables,
  period: ClaimPeriod = {},
): { rows: CsvRow[]; problems: RowProblem[] } {
  const rows: CsvRow[] = [];
  const problems: RowProblem[] = [];
  const width = table.headers.length;
  const name = (column: number | undefined, field: RowColumn): string =>
    column === undefined ? rowColumnNames[field] : columnName(table.headers, mapping, field);
  for (const record of table.records) {
    if (record.cells.length !== width) {
      problems.push({
        row: record.row,
        column: '',
        message: `This row has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'}; the header has ${width}. Check for a missing or extra delimiter, or an unquoted comma.`,
      });
      continue;
    }
    const read = readVisitRow(record.cells, mapping, tables, period);
    const messages = (list: typeof read.problems): RowProblem[] =>
      list.map((message) => ({
        row: record.row,
        column: name(message.column, message.field),
        message: message.text,
      }));
    if (read.problems.length > 0) problems.push(...messages(read.problems));
    else rows.push({ row: record.row, visit: read.visit, notes: messages(read.notes) });
  }
  return { rows, problems };
}

/** The visit as the engine's claim format reads it (activities included when present). */
export function toEngineVisit(visit: CsvVisit): Record<string, unknown> {
  return { ...visit };
}

/** The file's delimiter from its name: tab for .tsv, guessed otherwise. */
export function delimiterForFileName(fileName: string): string | undefined {
  return /\.tsv$/i.test(fileName) ? '\t' : undefined;
}

/** A cell the reader could not read, as the command line reports it: on the visit's field. */
export interface CsvReadProblem {
  /** The visit's place in the claim (file row minus 2). */
  visit: number;
  field: VisitTextField | 'activities';
  message: string;
}

export interface VisitsCsvRead {
  ok: true;
  visits: Record<string, unknown>[];
  /** Cells that could not be read; each visit keeps the cell as written, for the engine. */
  problems: CsvReadProblem[];
  /** What the reader decided, one line each: "row 4, Task: …". */
  notes: string[];
  /** The columns the reader does not use, by name. */
  ignored: string[];
}

/** A column that fills several fields is reported on the field it failed to give. */
const reportedOn = { clinician: 'credential', visitType: 'service' } as const;

/**
 * The command line's reading, by the same row reader as the app's import. Columns matched by
 * name; the others are ignored and listed. A cell that cannot be read stays in its visit as
 * written and is a problem on that visit's field (the command line makes it an invalid-input
 * finding on visits[i], file row i + 2). Only a file that cannot be lined up into rows (a
 * quote never closed, a row whose cells do not line up with the header, two columns for one
 * field) is refused.
 */
export function readVisitsCsv(
  text: string,
  tables: CodeTables,
  options: ReadOptions & { period?: ClaimPeriod } = {},
): VisitsCsvRead | { ok: false; problems: string[] } {
  const table = readVisitTable(text, options);
  const mapping = defaultMapping(table.headers);
  const refused = [
    ...table.problems.map((p) => `row ${p.row}: ${p.message}`),
    ...mappingProblems(table.headers, mapping).map((p) => `row 1: ${p}`),
  ];
  const width = table.headers.length;
  for (const record of table.records)
    if (record.cells.length !== width)
      refused.push(
        `row ${record.row}: This row has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'}; the header has ${width}. Check for a missing or extra delimiter, or an unquoted comma.`,
      );
  if (refused.length > 0) return { ok: false, problems: refused };
  const problems: CsvReadProblem[] = [];
  const notes: string[] = [];
  const visits = table.records.map((record, visit) => {
    const read = readVisitRow(record.cells, mapping, tables, options.period);
    const written: Record<string, unknown> = { ...read.visit };
    for (const problem of read.problems) {
      const field =
        problem.field === 'clinician' || problem.field === 'visitType'
          ? reportedOn[problem.field]
          : problem.field;
      if (problem.column !== undefined && problem.field === field)
        written[field] = (record.cells[problem.column] ?? '').trim();
      problems.push({ visit, field, message: problem.text });
    }
    for (const note of read.notes)
      notes.push(
        `row ${record.row}, ${note.column === undefined ? rowColumnNames[note.field] : (table.headers[note.column] ?? '')}: ${note.text}`,
      );
    return written;
  });
  return { ok: true, visits, problems, notes, ignored: ignoredColumns(table.headers, mapping) };
}
