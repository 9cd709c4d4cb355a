// A CSV or TSV file of visits, read with papaparse: the header row names the columns (see
// visit-columns.ts), every further row is a visit in the claim JSON format. Values are kept as
// the text in the file; the engine reads them and says which are wrong (invalid-input findings),
// and checkVisitRows maps each of those back to the file's row and column.
// Pure: no DOM, no store; the app's import and the command line both use it.
import Papa from 'papaparse';
import type { CodeTables } from '../../data/schema.ts';
import { describeField, evaluateClaim } from '../../engine/index.ts';
import {
  visitColumnNames,
  visitFieldKeys,
  type VisitFieldKey,
} from '../../claim-format/visit-fields.ts';
import { isResultColumn, matchVisitColumn } from './visit-columns.ts';

/** A visit as read from one row: only the cells that hold something, as text. */
export type CsvVisit = Partial<Record<Exclude<VisitFieldKey, 'activities'>, string>> & {
  activities?: { service: string; minutes: string }[];
};

export interface CsvRow {
  /** The row's number in the file as a spreadsheet counts it: the header is row 1. */
  row: number;
  visit: CsvVisit;
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

/** For each column of the file, the visit field it fills, or null to ignore it. */
export type ColumnMapping = (VisitFieldKey | null)[];

export interface ReadOptions {
  /** "," or "\t"; guessed from the text when not given. */
  delimiter?: string;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Parses the text (papaparse does the quoting) into a header row and numbered records. */
export function readVisitTable(text: string, options: ReadOptions = {}): VisitTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  const problems: RowProblem[] = parsed.errors
    .filter((error) => error.type !== 'Delimiter')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      column: '',
      message: `${error.message} (check the quotes on this row).`,
    }));
  const headerRow = rows[0];
  if (headerRow === undefined || isBlank(headerRow))
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
  const headers = headerRow.map((header) => header.trim());
  const records: VisitTable['records'] = [];
  rows.forEach((cells, index) => {
    if (index > 0 && !isBlank(cells)) records.push({ row: index + 1, cells });
  });
  return { headers, records, problems };
}

/** Columns matched by header name; unknown and result columns are ignored (null). */
export function defaultMapping(headers: readonly string[]): ColumnMapping {
  return headers.map((header) =>
    isResultColumn(header) ? null : (matchVisitColumn(header) ?? null),
  );
}

/** The columns whose header names no visit field (result columns do not count). */
export function unknownColumns(headers: readonly string[]): number[] {
  return headers.flatMap((header, index) =>
    isResultColumn(header) || matchVisitColumn(header) !== undefined ? [] : [index],
  );
}

/** Problems that stop an import: two columns filling the same field. */
export function mappingProblems(headers: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  for (const field of visitFieldKeys) {
    const columns = mapping.flatMap((mapped, index) => (mapped === field ? [index] : []));
    if (columns.length > 1)
      problems.push(
        `${columns.map((index) => `"${headers[index] ?? ''}"`).join(' and ')} are all read as ${visitColumnNames[field]}; ignore all but one.`,
      );
  }
  return problems;
}

/** "observation:20; training:25" → [{service: "observation", minutes: "20"}, …]. */
export function readActivitiesCell(
  text: string,
): { activities: { service: string; minutes: string }[] } | { problem: string } {
  const activities: { service: string; minutes: string }[] = [];
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const match = /^\s*([A-Za-z][A-Za-z\s_-]*?)\s*[:=]\s*(\S+)\s*$/.exec(part);
    if (!match)
      return {
        problem: `"${part.trim()}" is not service:minutes; write activities as observation:20; training:25.`,
      };
    activities.push({ service: match[1] ?? '', minutes: match[2] ?? '' });
  }
  return { activities };
}

/** Activities as one cell, the form readActivitiesCell reads. */
export function writeActivitiesCell(
  activities: readonly { service: string; minutes: string }[],
): string {
  return activities.map((activity) => `${activity.service}:${activity.minutes}`).join('; ');
}

function columnName(headers: readonly string[], mapping: ColumnMapping, field: string): string {
  const index = mapping.findIndex((mapped) => mapped === field);
  const header = index >= 0 ? headers[index] : undefined;
  return header !== undefined && header !== ''
    ? header
    : (visitColumnNames[field as VisitFieldKey] ?? field);
}

/**
 * Each record as a visit through the mapping. A record with a different number of cells from
 * the header cannot be lined up with the columns: it is reported, not read.
 */
export function rowsFromTable(
  table: VisitTable,
  mapping: ColumnMapping,
): { rows: CsvRow[]; problems: RowProblem[] } {
  const rows: CsvRow[] = [];
  const problems: RowProblem[] = [];
  const width = table.headers.length;
  for (const record of table.records) {
    if (record.cells.length !== width) {
      problems.push({
        row: record.row,
        column: '',
        message: `This row has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'}; the header has ${width}. Check for a missing or extra delimiter, or an unquoted comma.`,
      });
      continue;
    }
    const visit: CsvVisit = {};
    let problem: RowProblem | undefined;
    record.cells.forEach((cell, index) => {
      const field = mapping[index];
      const text = cell.trim();
      if (!field || text === '') return;
      if (field === 'activities') {
        const read = readActivitiesCell(text);
        if ('problem' in read)
          problem ??= {
            row: record.row,
            column: columnName(table.headers, mapping, field),
            message: read.problem,
          };
        else visit.activities = read.activities;
      } else visit[field] = text;
    });
    if (problem) problems.push(problem);
    else rows.push({ row: record.row, visit });
  }
  return { rows, problems };
}

/** The visit as the engine's claim format reads it (activities included when present). */
export function toEngineVisit(visit: CsvVisit): Record<string, unknown> {
  return { ...visit };
}

/**
 * Evaluates the rows as the visits of a claim (with `context`'s payer, dates and codes) and
 * reports every invalid-input finding about a visit as a problem on that visit's row.
 */
export function checkVisitRows(
  rows: readonly CsvRow[],
  context: Record<string, unknown>,
  tables: CodeTables,
  headers: readonly string[] = [],
  mapping: ColumnMapping = [],
): RowProblem[] {
  if (rows.length === 0) return [];
  const result = evaluateClaim(
    { ...context, visits: rows.map((r) => toEngineVisit(r.visit)) },
    tables,
  );
  const rowNumber = (index: string): string => `row ${rows[Number(index)]?.row ?? '?'}`;
  const problems: RowProblem[] = [];
  for (const finding of result.findings) {
    if (finding.rule !== 'invalid-input' || finding.field === undefined) continue;
    const match = /^visits\[(\d+)\](?:\.([A-Za-z]+))?/.exec(finding.field);
    const row = match ? rows[Number(match[1])] : undefined;
    if (!match || !row) continue;
    const field = match[2] ?? '';
    // The message names fields and visits as the calculator does ("Minutes, visit 3: …");
    // in a file the column is shown apart, and a visit is a row.
    const message = finding.message
      .replace(`${describeField(finding.field)}: `, '')
      .replace(/\bvisit (\d+)\b/g, (_, number: string) => rowNumber(String(Number(number) - 1)));
    problems.push({
      row: row.row,
      column: field === '' ? '' : columnName(headers, mapping, field),
      message: message.charAt(0).toUpperCase() + message.slice(1),
    });
  }
  return problems.sort((a, b) => a.row - b.row);
}

export interface VisitImport {
  headers: string[];
  mapping: ColumnMapping;
  /** Rows with no problem, in file order: these are the ones imported. */
  goodRows: CsvRow[];
  /** Every problem, by row. */
  problems: RowProblem[];
  /** Rows under the header that hold something. */
  rowCount: number;
  /** Rows with at least one problem. */
  badRowCount: number;
  /** Two columns fill the same field: nothing can be imported until the mapping is fixed. */
  mappingProblems: string[];
}

/** Reads, maps and checks a visits file in one step: what the import's preview shows. */
export function prepareVisitImport(
  table: VisitTable,
  mapping: ColumnMapping,
  context: Record<string, unknown>,
  tables: CodeTables,
): VisitImport {
  const read = rowsFromTable(table, mapping);
  const checked = checkVisitRows(read.rows, context, tables, table.headers, mapping);
  const problems = [...table.problems, ...read.problems, ...checked].sort((a, b) => a.row - b.row);
  const badRows = new Set(problems.map((problem) => problem.row));
  const goodRows = read.rows.filter((row) => !badRows.has(row.row));
  const recordRows = new Set(table.records.map((record) => record.row));
  return {
    headers: table.headers,
    mapping,
    goodRows,
    problems,
    rowCount: table.records.length,
    badRowCount: [...badRows].filter((row) => recordRows.has(row)).length,
    mappingProblems: mappingProblems(table.headers, mapping),
  };
}

/** The file's delimiter from its name: tab for .tsv, guessed otherwise. */
export function delimiterForFileName(fileName: string): string | undefined {
  return /\.tsv$/i.test(fileName) ? '\t' : undefined;
}

/**
 * The command line's reading: every column must name a visit field (or be a result column);
 * a row that cannot be lined up with the header stops the read. Bad values are left to the
 * engine, which reports them as invalid-input findings on visits[i] (file row i + 2).
 */
export function readVisitsCsv(
  text: string,
  options: ReadOptions = {},
): { ok: true; visits: Record<string, unknown>[] } | { ok: false; problems: string[] } {
  const table = readVisitTable(text, options);
  const unknown = unknownColumns(table.headers).map((index) => `"${table.headers[index] ?? ''}"`);
  const problems = table.problems.map((p) => `row ${p.row}: ${p.message}`);
  if (unknown.length > 0)
    problems.push(
      `row 1: no visit field is named ${unknown.join(', ')}; name the columns ${visitFieldKeys.join(', ')}.`,
    );
  const mapping = defaultMapping(table.headers);
  problems.push(...mappingProblems(table.headers, mapping).map((p) => `row 1: ${p}`));
  const read = rowsFromTable(table, mapping);
  problems.push(
    ...read.problems.map(
      (p) => `row ${p.row}${p.column === '' ? '' : `, ${p.column}`}: ${p.message}`,
    ),
  );
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, visits: read.rows.map((row) => toEngineVisit(row.visit)) };
}
