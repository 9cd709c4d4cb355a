// The import's check of a visits file: the claim format reads the rows (claim-format/visits-csv.ts),
// then the engine checks what is left (invalid-input findings), each mapped back to the file's
// row and column. Pure: no DOM, no store.
import type { ClaimPeriod } from '../../claim-format/read-date.ts';
import {
  columnName,
  mappingProblems,
  rowsFromTable,
  toEngineVisit,
  type ColumnMapping,
  type CsvRow,
  type RowProblem,
  type VisitTable,
} from '../../claim-format/visits-csv.ts';
import type { CodeTables } from '../../data/schema.ts';
import { evaluateClaim } from '../../engine/index.ts';

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
    const target = finding.target;
    if (finding.rule !== 'invalid-input' || target?.list !== 'visits') continue;
    const row = rows[target.index ?? -1];
    if (!row) continue;
    const field = target.field;
    // The column is shown apart; a visit the message names ("already used by visit 2") is a row.
    const message = finding.message.replace(/\bvisit (\d+)\b/g, (_, number: string) =>
      rowNumber(String(Number(number) - 1)),
    );
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

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads, maps and checks a visits file in one step: what the import's preview shows. `period`
 * gives the year of a date written without one (the claim's, by default).
 */
export function prepareVisitImport(
  table: VisitTable,
  mapping: ColumnMapping,
  context: Record<string, unknown>,
  tables: CodeTables,
  period: ClaimPeriod = { from: textOf(context.from), through: textOf(context.through) },
): VisitImport {
  const read = rowsFromTable(table, mapping, tables, period);
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
