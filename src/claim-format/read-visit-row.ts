// One row of a visit export (a CSV or TSV file, rows pasted from a spreadsheet) read into a visit
// in the claim format's own spellings, by the same readers the grid's cells use. The paste box,
// the CSV import and the command line all read rows here, so a file reads the same way
// wherever it goes in. Each column fills a visit field, or is a column that fills several:
// a clinician ("Anna Smith, RN" gives the credential and so the discipline) or a task or visit
// type ("PT Evaluation" gives the discipline and the service). A column that names a field
// outright wins over one that implies it. Pure: cells, column meanings and tables in.
import { settingIds, visitModes, type CodeTables } from '../data/schema.ts';
import type { VisitInput } from '../engine/types.ts';
import { readActivitiesCell, type ActivityText } from './activities-cell.ts';
import { chooseCode, type CodeChoice } from './choose-code.ts';
import {
  credentialChoices,
  disciplineChoices,
  readClinician,
  readClinicianType,
  readCredential,
} from './read-clinician.ts';
import { readFieldText } from './field-readers.ts';
import { readDate, type ClaimPeriod } from './read-date.ts';
import type { Read } from './read-result.ts';
import { readSpreadsheetSafeCell } from './spreadsheet-cell.ts';
import { visitFields, type RowColumn } from './visit-fields.ts';
import { readVisitType, serviceChoices } from './read-visit-type.ts';

/** A visit field a file's column may hold, as text. */
export type VisitTextField = Exclude<keyof VisitInput, 'activities'>;

export type { RowColumn };

export type RowTables = Pick<CodeTables, 'disciplines' | 'credentials' | 'services'>;

/** A visit as read from one row: only the fields the row gave, in the claim format's spellings. */
export type RowVisit = Partial<Record<VisitTextField, string>> & { activities?: ActivityText[] };

export interface RowMessage {
  /** The column (0-based) the message is about; absent for a field no column gave. */
  column?: number;
  field: RowColumn;
  text: string;
}

export interface VisitRowRead {
  visit: RowVisit;
  /** Cells that could not be read, and required fields left empty: the row is not a visit yet. */
  problems: RowMessage[];
  /** What the reader decided that the coder should know ("the year 2026 is taken from …"). */
  notes: RowMessage[];
}

/** Every visit needs these; a row without one is reported, not guessed. */
const REQUIRED = ['date', 'discipline', 'credential'] as const;

function missing(field: (typeof REQUIRED)[number], visit: RowVisit, tables: RowTables): string {
  if (field === 'date') return 'Enter the date of the visit; every visit needs one.';
  if (field === 'discipline')
    return `Enter the discipline (${tables.disciplines.map((row) => row.code).join(', ')}); every visit needs one.`;
  const credentials = tables.disciplines.find((row) => row.code === visit.discipline)?.credentials;
  return `Enter the credential${credentials ? ` (${credentials.join(' or ')})` : ''}; every visit needs one.`;
}

function idChoices(ids: readonly string[]): CodeChoice[] {
  return ids.map((code) => ({ code, name: code.replace(/-/g, ' ') }));
}
const modeChoices = idChoices(visitModes);
const settingChoices = idChoices(settingIds);

/** The fields a column gives on its own, each read by its kind in the field table. */
const plainFields = visitFields.filter(
  (spec) => !['discipline', 'credential', 'service', 'activities'].includes(spec.key),
);

const choicesOf: Partial<Record<RowColumn, readonly CodeChoice[]>> = {
  mode: modeChoices,
  setting: settingChoices,
};

/**
 * The codes a code cell may hold, known by their names and abbreviations, as the grid's cells
 * know them; undefined for a field that holds no code.
 */
export function codeCellChoices(
  field: RowColumn,
  tables: RowTables,
): readonly CodeChoice[] | undefined {
  if (field === 'discipline') return disciplineChoices(tables);
  if (field === 'credential') return credentialChoices(tables);
  if (field === 'service') return serviceChoices(tables);
  if (field === 'mode') return modeChoices;
  return field === 'setting' ? settingChoices : undefined;
}

/** Reads one row; `columns[i]` says what cell i holds (null: ignored). Never throws. */
export function readVisitRow(
  cells: readonly string[],
  columns: readonly (RowColumn | null | undefined)[],
  tables: RowTables,
  period: ClaimPeriod = {},
): VisitRowRead {
  const visit: RowVisit = {};
  const problems: RowMessage[] = [];
  const notes: RowMessage[] = [];
  const cellOf = (field: RowColumn): { column: number; text: string } | undefined => {
    const column = columns.indexOf(field);
    // A cell neutralised on export ('=1+2) reads back as the value it was.
    const text = column < 0 ? '' : readSpreadsheetSafeCell(cells[column] ?? '').trim();
    return text === '' ? undefined : { column, text };
  };
  const take = (field: RowColumn, read: Read<unknown>, column: number): boolean => {
    if (!read.ok) problems.push({ column, field, text: read.problem });
    else if (read.note !== undefined) notes.push({ column, field, text: read.note });
    return read.ok;
  };

  for (const spec of plainFields) {
    const cell = cellOf(spec.key);
    if (!cell || spec.key === 'activities') continue;
    const read = readFieldText(spec, cell.text, { period, choices: choicesOf[spec.key] });
    if (take(spec.key, read, cell.column) && read.ok) visit[spec.key] = read.value;
  }
  dropSameDayNotes(visit, cellOf, notes, period);
  const activities = cellOf('activities');
  if (activities) {
    const read = readActivitiesCell(activities.text);
    if ('problem' in read)
      problems.push({ column: activities.column, field: 'activities', text: read.problem });
    else visit.activities = read.activities;
  }

  readClinicianColumns(visit, cellOf, take, tables);
  readServiceColumns(visit, cellOf, take, tables, notes);
  // A discipline with one credential (a task's "HHA Visit") gives it.
  const [only, ...others] =
    tables.disciplines.find((row) => row.code === visit.discipline)?.credentials ?? [];
  if (visit.credential === undefined && only !== undefined && others.length === 0)
    visit.credential = only;

  // A clinician cell that named no credential says why the discipline or credential is missing.
  const clinician = cellOf('clinician');
  const unread =
    clinician && (visit.discipline === undefined || visit.credential === undefined)
      ? readClinician(clinician.text, tables)
      : undefined;
  if (clinician && unread && !unread.ok)
    problems.push({ column: clinician.column, field: 'clinician', text: unread.problem });
  for (const field of REQUIRED) {
    if (visit[field] !== undefined || problems.some((problem) => problem.field === field)) continue;
    if (field !== 'date' && unread && !unread.ok) continue;
    problems.push({ field, text: missing(field, visit, tables) });
  }
  return { visit, problems, notes };
}

/**
 * An EVV check-in ("1/5/2026 8:02 AM") carries the visit's date; leaving it out of the time
 * needs no note when it is the visit's own date. A different date keeps its note.
 */
function dropSameDayNotes(
  visit: RowVisit,
  cellOf: CellOf,
  notes: RowMessage[],
  period: ClaimPeriod,
): void {
  for (const field of ['start', 'end'] as const) {
    const cell = cellOf(field);
    const day = cell ? readDate(cell.text, period) : undefined;
    if (!day?.ok || day.value !== visit.date) continue;
    const at = notes.findIndex((note) => note.field === field);
    if (at >= 0) notes.splice(at, 1);
  }
}

type CellOf = (field: RowColumn) => { column: number; text: string } | undefined;
type Take = (field: RowColumn, read: Read<unknown>, column: number) => boolean;

/** Discipline and credential, from their own columns, then a clinician cell ("Anna Smith, RN"). */
function readClinicianColumns(visit: RowVisit, cellOf: CellOf, take: Take, tables: RowTables) {
  const credential = cellOf('credential');
  if (credential) {
    const read = readCredential(credential.text, tables);
    if (take('credential', read, credential.column) && read.ok) visit.credential = read.value;
  }
  const discipline = cellOf('discipline');
  if (discipline) {
    // An EVV "Discipline" of RN or HHA names the clinician type: both fields at once.
    const read = readClinicianType(discipline.text, tables);
    if (take('discipline', read, discipline.column) && read.ok) {
      visit.discipline = read.value.discipline;
      visit.credential ??= read.value.credential;
    }
  }
  if (visit.credential !== undefined && visit.discipline === undefined) {
    const read = readClinicianType(visit.credential, tables);
    if (read.ok) visit.discipline = read.value.discipline;
  }
  const clinician = cellOf('clinician');
  if (clinician && visit.credential === undefined) {
    const read = readClinician(clinician.text, tables);
    // Problems are reported only when nothing else gives the credential (see readVisitRow).
    if (read.ok && (visit.discipline ?? read.value.discipline) === read.value.discipline) {
      visit.discipline = read.value.discipline;
      if (read.value.credential !== undefined) visit.credential = read.value.credential;
    }
  }
}

/** The service from its own column, else from a task or visit type ("SN Teaching"). */
function readServiceColumns(
  visit: RowVisit,
  cellOf: CellOf,
  take: Take,
  tables: RowTables,
  notes: RowMessage[],
) {
  const disciplineOf = () => tables.disciplines.find((row) => row.code === visit.discipline)?.code;
  const visitType = cellOf('visitType');
  if (visitType) {
    const read = readVisitType(visitType.text, tables, disciplineOf());
    if (take('visitType', read, visitType.column) && read.ok) {
      visit.discipline ??= read.value.discipline;
      if (read.value.service !== undefined) visit.service = read.value.service;
    }
  }
  const service = cellOf('service');
  if (!service) return;
  const discipline = disciplineOf();
  const exact = chooseCode(service.text, serviceChoices(tables, discipline));
  if (exact.ok) {
    visit.service = exact.value;
    if (exact.note !== undefined)
      notes.push({ column: service.column, field: 'service', text: exact.note });
    return;
  }
  // A service cell that holds a task's words ("Skilled Nursing Visit") is read as one.
  const read = readVisitType(service.text, tables, discipline);
  if (take('service', read, service.column) && read.ok && read.value.service !== undefined)
    visit.service = read.value.service;
}
