// Rows copied from Excel or Google Sheets (tab-separated, with or without a header row), or a
// visit export pasted as text (comma-separated), as visits. Loaded only when rows are pasted (it
// brings the CSV parser), so the first view stays small.
// Pure: text, tables and the claim's period in; the visits that could be read and the problems
// with the others out. Each row is read by the claim format's row reader, as the CSV import and
// the command line read theirs. With a header, columns are matched by name
// (src/state/visit-fields.ts, as the CSV import matches them); without one they are read in the
// grid's order (pasteColumnOrder).
import Papa from 'papaparse';
import { readDelimitedText } from '../../claim-format/delimited-text.ts';
import type { ClaimPeriod } from '../../claim-format/read-date.ts';
import { chooseCode } from '../../claim-format/choose-code.ts';
import {
  codeCellChoices,
  readVisitRow,
  type RowColumn,
} from '../../claim-format/read-visit-row.ts';
import type { CodeTables } from '../../data/schema.ts';
import { blankVisit, type DraftVisit, type VisitField } from '../../state/draft-claim.ts';
import {
  matchRowColumn,
  rowColumnNames,
  visitColumnNames,
} from '../../claim-format/visit-fields.ts';
import { pasteColumnOrder } from './paste-columns.ts';

export type PastedVisit = Omit<DraftVisit, 'id'>;

export interface PasteProblem {
  /** 1-based row of the pasted text (the header, if any, is row 1). */
  row: number;
  /** The column's name, as in the header row, else as in the grid. */
  column: string;
  message: string;
}

export interface PasteResult {
  visits: PastedVisit[];
  problems: PasteProblem[];
  /** What the reader decided on the rows it read ("the year 2026 is taken from …"). */
  notes: PasteProblem[];
  /** The header's columns that nothing reads, by name: "Patient, MRN". */
  ignored: string[];
  hasHeader: boolean;
  /**
   * The rows that could not be read, as tab-separated text to correct and paste again: the header
   * line first when the paste had one. Empty when every row was read.
   */
  rejectedText: string;
  /** For each row of `rejectedText` (1-based, the header first), its row in the pasted text. */
  rejectedRows: number[];
}

/** True when the cells are a header row: at least two of them name a column. */
function isHeaderRow(cells: readonly string[]): boolean {
  return cells.filter((cell) => matchRowColumn(cell) !== undefined).length >= 2;
}

function pastedVisit(read: ReturnType<typeof readVisitRow>['visit']): PastedVisit {
  const { id, ...blank } = { ...blankVisit('V0'), ...read, activities: [] };
  // A pasted row's id is given when it is added (the next free V-number), not by the paste.
  void id;
  return blank;
}

/** Reads pasted rows; `period` gives the year of a date written without one. */
export function parsePastedVisits(
  text: string,
  tables: CodeTables,
  period: ClaimPeriod = {},
): PasteResult {
  // Cells copied from a spreadsheet are tab-separated; an export pasted as text may use commas.
  const { rows } = readDelimitedText(text, text.includes('\t') ? { delimiter: '\t' } : {});
  const first = rows[0]?.cells ?? [];
  const hasHeader = isHeaderRow(first);
  const headers = hasHeader ? first.map((cell) => cell.trim()) : [];
  const layout: readonly (RowColumn | null)[] = hasHeader
    ? first.map((cell) => matchRowColumn(cell) ?? null)
    : pasteColumnOrder;
  const columnName = (column: number | undefined, field: RowColumn): string =>
    (column === undefined ? undefined : headers[column]) || rowColumnNames[field];
  const visits: PastedVisit[] = [];
  const problems: PasteProblem[] = [];
  const notes: PasteProblem[] = [];
  const rejected: { row: number; cells: string[] }[] = [];

  for (const { row, cells } of hasHeader ? rows.slice(1) : rows) {
    const read = readVisitRow(cells, layout, tables, period);
    const rowProblems = read.problems.map((problem) => ({
      row,
      column: columnName(problem.column, problem.field),
      message: problem.text,
    }));
    if (!hasHeader && cells.length > pasteColumnOrder.length)
      rowProblems.unshift({
        row,
        column: `column ${pasteColumnOrder.length + 1}`,
        message: `this row has ${cells.length} columns; without a header row at most ${pasteColumnOrder.length} are read (${pasteColumnOrder.map((f) => visitColumnNames[f]).join(', ')}).`,
      });
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      rejected.push({ row, cells });
      continue;
    }
    visits.push(pastedVisit(read.visit));
    for (const note of read.notes)
      notes.push({ row, column: columnName(note.column, note.field), message: note.text });
  }
  if (hasHeader && rejected.length > 0) rejected.unshift({ row: 1, cells: first });
  return {
    visits,
    problems,
    notes,
    ignored: headers.filter((header, index) => header !== '' && layout[index] === null),
    hasHeader,
    // Quoted only where a cell needs it, so the cells read back exactly as they were pasted.
    rejectedText: Papa.unparse(
      rejected.map((entry) => entry.cells),
      { delimiter: '\t', newline: '\n' },
    ),
    rejectedRows: rejected.map((entry) => entry.row),
  };
}

/** The grid columns a paste into a cell fills, in the grid's order (hidden ones left out). */
export interface FillColumn {
  field: VisitField;
  kind: 'text' | 'select';
}

export interface CellFill {
  /** True when the text starts with a header row: its rows are new visits, not cell values. */
  hasHeader: boolean;
  /** For each pasted row, the values for the visit it lands on, by field. */
  rows: Partial<Record<VisitField, string>>[];
  /** The fields filled, in the grid's order, from the cell pasted into to the last one reached. */
  fields: VisitField[];
  /** Non-empty values in columns past the last column of the grid; not stored. */
  leftOut: number;
}

/**
 * Rows pasted into the cell of `startField`, as a spreadsheet fills them: the first column into
 * that cell's field, the next into the next of `columns` (the grid's visible editable columns),
 * and so on; one row per visit. Values are kept as typed (trimmed); a dropdown's value is read
 * as the rows above read it (code, name or id, any case) and kept as typed when it matches none,
 * so the cell shows it as not recognised.
 */
export function planCellFill(
  text: string,
  startField: VisitField,
  columns: readonly FillColumn[],
  tables: CodeTables,
): CellFill {
  const rows = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''), {
    delimiter: '\t',
  }).data;
  const hasHeader = isHeaderRow(rows[0] ?? []);
  const start = Math.max(
    0,
    columns.findIndex((column) => column.field === startField),
  );
  const reachable = columns.slice(start);
  let widest = 0;
  let leftOut = 0;
  const filled = rows.map((cells) => {
    const values: Partial<Record<VisitField, string>> = {};
    cells.forEach((cell, position) => {
      const text = cell.trim();
      const column = reachable[position];
      if (!column) {
        if (text !== '') leftOut += 1;
        return;
      }
      widest = Math.max(widest, position + 1);
      if (column.kind === 'select' && text !== '') {
        const read = chooseCode(text, codeCellChoices(column.field, tables) ?? []);
        values[column.field] = read.ok ? read.value : text;
      } else values[column.field] = text;
    });
    return values;
  });
  return {
    hasHeader,
    rows: hasHeader ? [] : filled,
    fields: reachable.slice(0, widest).map((column) => column.field),
    leftOut: hasHeader ? 0 : leftOut,
  };
}
