// Rows copied from Excel or Google Sheets (tab-separated, with or without a header row) as visits.
// Loaded only when rows are pasted (it brings the CSV parser), so the first view stays small.
// Pure: text and tables in, the visits that could be read and the problems with the others out.
// With a header, columns are matched by name (src/claim-format/visit-fields.ts, as the CSV import
// matches them); without one they are read in the grid's order (pasteColumnOrder).
import Papa from 'papaparse';
import type { CodeTables } from '../../data/schema.ts';
import { isIsoDate } from '../../engine/index.ts';
import { settingIds, visitModes } from '../../data/schema.ts';
import type { DraftVisit, VisitField } from '../../state/draft-claim.ts';
import { readModifiers, writeModifiers } from '../../claim-format/read-modifiers.ts';
import { matchVisitField, visitColumnNames } from '../../claim-format/visit-fields.ts';
import { pasteColumnOrder } from './paste-columns.ts';

export type PastedVisit = Omit<DraftVisit, 'id'>;

export interface PasteProblem {
  /** 1-based row of the pasted text (the header, if any, is row 1). */
  row: number;
  /** The column's name, as in the grid. */
  column: string;
  message: string;
}

export interface PasteResult {
  visits: PastedVisit[];
  problems: PasteProblem[];
  hasHeader: boolean;
  /**
   * The rows that could not be read, as tab-separated text to correct and paste again: the header
   * line first when the paste had one. Empty when every row was read.
   */
  rejectedText: string;
  /** For each row of `rejectedText` (1-based, the header first), its row in the pasted text. */
  rejectedRows: number[];
}

/** The field a pasted header names, if a grid cell edits it. */
function headerField(text: string): VisitField | undefined {
  const field = matchVisitField(text);
  return pasteColumnOrder.find((candidate) => candidate === field);
}

type Reader = (text: string, tables: CodeTables) => { value: string } | { problem: string };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validIsoDate(year: number, month: number, day: number): string | undefined {
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? date : undefined;
}

const readDate: Reader = (text) => {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  const date = iso
    ? validIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? validIsoDate(
          us[3]?.length === 2 ? 2000 + Number(us[3]) : Number(us[3]),
          Number(us[1]),
          Number(us[2]),
        )
      : undefined;
  return date
    ? { value: date }
    : { problem: `"${text}" is not a date; use 2026-01-05 or 1/5/2026.` };
};

function codeReader(
  list: (tables: CodeTables) => { code: string; name?: string }[],
  what: string,
): Reader {
  return (text, tables) => {
    const wanted = text.trim().toLowerCase();
    const rows = list(tables);
    const row = rows.find(
      (r) => r.code.toLowerCase() === wanted || r.name?.toLowerCase() === wanted,
    );
    return row
      ? { value: row.code }
      : {
          problem: `"${text}" is not a ${what}; use one of ${rows.map((r) => r.code).join(', ')}.`,
        };
  };
}

function idReader(ids: readonly string[], what: string): Reader {
  return (text) => {
    const wanted = text
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    const id = ids.find((candidate) => candidate === wanted);
    return id
      ? { value: id }
      : { problem: `"${text}" is not a ${what}; use one of ${ids.join(', ')}.` };
  };
}

const readWholeNumber: Reader = (text) =>
  /^\d+$/.test(text) && Number(text) <= 10080
    ? { value: String(Number(text)) }
    : { problem: `"${text}" is not a whole number of minutes (0 to 10080).` };

const readUnits: Reader = (text) =>
  /^\d+$/.test(text) && Number(text) <= 9999
    ? { value: String(Number(text)) }
    : { problem: `"${text}" is not a whole number of units.` };

const readTime: Reader = (text) => {
  const match = /^(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?$/i.exec(text);
  if (match) {
    let hours = Number(match[1]);
    const minutes = Number(match[2]);
    const half = match[3]?.toLowerCase().replace(/\./g, '');
    if (half && (hours < 1 || hours > 12)) hours = 99;
    if (half === 'pm' && hours < 12) hours += 12;
    if (half === 'am' && hours === 12) hours = 0;
    if (hours <= 23 && minutes <= 59) return { value: `${pad(hours)}:${pad(minutes)}` };
  }
  return { problem: `"${text}" is not a time; use 24-hour HH:MM such as 09:30 or 14:05.` };
};

const readHcpcs: Reader = (text) => {
  const code = text.trim().toUpperCase();
  return /^[A-Z]\d{4}$/.test(code)
    ? { value: code }
    : { problem: `"${text}" is not a HCPCS code (a letter and four digits, such as G0299).` };
};

const readCharge: Reader = (text) => {
  const amount = text.replace(/^\$/, '').replace(/,/g, '');
  return /^\d+(\.\d{1,2})?$/.test(amount)
    ? { value: amount }
    : { problem: `"${text}" is not an amount in dollars such as 150.00.` };
};

const readers: Record<VisitField, Reader> = {
  date: readDate,
  discipline: codeReader((t) => t.disciplines, 'discipline'),
  credential: codeReader((t) => t.credentials, 'credential'),
  service: codeReader((t) => t.services, 'service'),
  minutes: readWholeNumber,
  start: readTime,
  end: readTime,
  mode: idReader(visitModes, 'visit mode'),
  setting: idReader(settingIds, 'setting'),
  travelMinutes: readWholeNumber,
  documentationMinutes: readWholeNumber,
  hcpcs: readHcpcs,
  units: readUnits,
  charge: readCharge,
  monitoringDays: readWholeNumber,
  modifiers: (text) => {
    const read = readModifiers(text);
    return read.ok ? { value: writeModifiers(read.value) } : { problem: read.problem };
  },
};

const required: VisitField[] = ['date', 'discipline', 'credential'];

function emptyVisit(): PastedVisit {
  return {
    date: '',
    discipline: '',
    credential: '',
    service: '',
    minutes: '',
    start: '',
    end: '',
    mode: '',
    setting: '',
    travelMinutes: '',
    documentationMinutes: '',
    hcpcs: '',
    units: '',
    charge: '',
    modifiers: '',
    monitoringDays: '',
    activities: [],
  };
}

/** True when the cells are a header row: at least two of them name a grid column. */
function isHeaderRow(cells: readonly string[]): boolean {
  return cells.filter((cell) => headerField(cell) !== undefined).length >= 2;
}

export function parsePastedVisits(text: string, tables: CodeTables): PasteResult {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    delimiter: '\t',
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data;
  const first = rows[0] ?? [];
  const headerFields = first.map(headerField);
  const hasHeader = isHeaderRow(first);
  const layout: readonly (VisitField | undefined)[] = hasHeader ? headerFields : pasteColumnOrder;
  const visits: PastedVisit[] = [];
  const problems: PasteProblem[] = [];
  const rejected: { row: number; cells: string[] }[] = [];

  rows.forEach((cells, position) => {
    if (hasHeader && position === 0) return;
    const row = position + 1;
    const visit = emptyVisit();
    const rowProblems: PasteProblem[] = [];
    if (!hasHeader && cells.length > pasteColumnOrder.length)
      rowProblems.push({
        row,
        column: `column ${pasteColumnOrder.length + 1}`,
        message: `this row has ${cells.length} columns; without a header row at most ${pasteColumnOrder.length} are read (${pasteColumnOrder.map((f) => visitColumnNames[f]).join(', ')}).`,
      });
    cells.forEach((cell, column) => {
      const field = layout[column];
      const text = cell.trim();
      if (!field || text === '') return;
      const outcome = readers[field](text, tables);
      if ('value' in outcome) visit[field] = outcome.value;
      else rowProblems.push({ row, column: visitColumnNames[field], message: outcome.problem });
    });
    for (const field of required)
      if (visit[field] === '' && !rowProblems.some((p) => p.column === visitColumnNames[field]))
        rowProblems.push({
          row,
          column: visitColumnNames[field],
          message: `${visitColumnNames[field]} is empty; every visit needs one.`,
        });
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      rejected.push({ row, cells });
    } else visits.push(visit);
  });
  if (hasHeader && rejected.length > 0) rejected.unshift({ row: 1, cells: first });
  return {
    visits,
    problems,
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
        const outcome = readers[column.field](text, tables);
        values[column.field] = 'value' in outcome ? outcome.value : text;
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
