// The visit grid's columns, described once: the visit's header cell, the cells a coder edits (in
// the grid's order, each with how its typed text is read and the choices of a code cell), the
// engine's answer, and the row's actions. The grid, its keyboard, paste, copy and fill all read
// columns from here; each edit column's label, header and reader come from the claim format's
// field table (src/claim-format/visit-fields.ts), and only how the grid shows it is said here.
import type { CodeChoice } from '../../claim-format/choose-code.ts';
import { codeTables } from '../../data/index.ts';
import { settingIds, visitModes } from '../../data/schema.ts';
import type { VisitField } from '../../state/draft-claim.ts';
import type { FieldSpec } from '../../claim-format/field-spec.ts';
import { visitFields } from '../../claim-format/visit-fields.ts';
import { wordsFor } from './options.ts';

/** A choice of a code cell, as the claim format's reader takes it: its code and name. */
export type Choice = CodeChoice;

function choicesOf(rows: readonly { code: string; name: string }[]): Choice[] {
  return rows.map((row) => ({ code: row.code, name: row.name }));
}

/**
 * How a cell's typed text is taken: `number` and `text` cells are stored as typed, keystroke by
 * keystroke, so the results follow the typing; `date`, `time` and `code` cells are read when the
 * edit is committed (Enter, Tab, an arrow, or leaving the cell). Every cell is read then.
 */
export type CellType = 'number' | 'text' | 'date' | 'time' | 'code';

/** Column widths, in rem; the table is laid out from them, so rows never change its columns. */
const widths = {
  visit: 4.4,
  date: 7.2,
  code: 5.4,
  time: 4.2,
  number: 4.2,
  s: 5.4,
  m: 6.8,
  result: 4.6,
  action: 2.2,
} as const;

interface ColumnBase {
  id: string;
  /** The column header. */
  header: string;
  /** What starts each cell's accessible name ("Credential" in "Credential, visit 2"). */
  label: string;
  /** The header's tooltip: what the column holds, where its header alone could mislead. */
  help?: string | undefined;
  widthRem: number;
}

export interface VisitHeaderColumn extends ColumnBase {
  kind: 'visit';
}

export interface EditColumn extends ColumnBase {
  kind: 'edit';
  id: VisitField;
  field: VisitField;
  type: CellType;
  /** The field in the claim format's table: its label, header and how typed text is read. */
  spec: FieldSpec<VisitField>;
  choices?: readonly Choice[];
  /** Whether a code cell shows its choice's code (SN) or its name (Direct skilled nursing). */
  shows?: 'code' | 'name';
  /** What a blank cell means, shown muted ("In person" for a blank mode). */
  blankMeans?: string;
  /** A value that means the same as blank (a mode of "in-person"). */
  sameAsBlank?: string;
  placeholder?: string;
}

export type ResultId =
  'result-hcpcs' | 'result-revenue' | 'result-units' | 'result-basis' | 'result-findings';

export interface ResultColumn extends ColumnBase {
  kind: 'result';
  id: ResultId;
}

export type ActionId = 'duplicate' | 'insert' | 'delete';

export interface ActionColumn extends ColumnBase {
  kind: 'action';
  id: ActionId;
}

export type GridColumn = VisitHeaderColumn | EditColumn | ResultColumn | ActionColumn;

function choicesOfIds(ids: readonly string[]): Choice[] {
  return ids.map((id) => ({ code: id, name: wordsFor(id) }));
}

const fieldsByKey = new Map(visitFields.map((spec) => [spec.key, spec]));

function edit(
  field: VisitField,
  type: CellType,
  width: keyof typeof widths,
  extra: Partial<EditColumn> = {},
): EditColumn {
  const spec = fieldsByKey.get(field) as FieldSpec<VisitField>;
  return {
    kind: 'edit',
    id: field,
    field,
    type,
    spec,
    header: spec.header ?? spec.label,
    label: spec.label,
    help: spec.help,
    widthRem: widths[width],
    ...extra,
  };
}

/** The cells a coder edits, in the grid's order. */
export const editColumns: readonly EditColumn[] = [
  edit('date', 'date', 'date', { placeholder: 'YYYY-MM-DD' }),
  edit('discipline', 'code', 'code', { choices: choicesOf(codeTables.disciplines) }),
  edit('credential', 'code', 'code', { choices: choicesOf(codeTables.credentials) }),
  edit('service', 'code', 'm', {
    choices: choicesOf(codeTables.services),
    shows: 'name',
    blankMeans: 'Usual',
  }),
  edit('minutes', 'number', 'number'),
  edit('start', 'time', 'time', { placeholder: 'HH:MM' }),
  edit('end', 'time', 'time', { placeholder: 'HH:MM' }),
  edit('mode', 'code', 'm', {
    // A blank mode is read as in person: one "In person", not two that look the same.
    choices: choicesOfIds(visitModes.filter((mode) => mode !== 'in-person')),
    shows: 'name',
    blankMeans: 'In person',
    sameAsBlank: 'in-person',
  }),
  edit('monitoringDays', 'number', 'number'),
  edit('setting', 'code', 's', { choices: choicesOfIds(settingIds), shows: 'name' }),
  edit('travelMinutes', 'number', 'number'),
  edit('documentationMinutes', 'number', 'number'),
  edit('hcpcs', 'text', 's'),
  edit('units', 'number', 'number'),
  edit('charge', 'number', 's'),
  edit('modifiers', 'text', 'code', { placeholder: 'KX GP' }),
];

const visitColumn: VisitHeaderColumn = {
  kind: 'visit',
  id: 'visit',
  header: 'Visit',
  label: 'Visit',
  widthRem: widths.visit,
};

function result(id: ResultId, header: string, widthRem: number = widths.result): ResultColumn {
  return { kind: 'result', id, header, label: header, widthRem };
}

export const resultColumns: readonly ResultColumn[] = [
  result('result-hcpcs', 'HCPCS', 5.6),
  result('result-revenue', 'Revenue code'),
  result('result-units', 'Units', 3.4),
  result('result-basis', 'Unit basis', 6.4),
  result('result-findings', 'Findings', 6.8),
];

function action(id: ActionId, header: string): ActionColumn {
  return { kind: 'action', id, header, label: header, widthRem: widths.action };
}

export const actionColumns: readonly ActionColumn[] = [
  action('duplicate', 'Duplicate'),
  action('insert', 'Insert above'),
  action('delete', 'Delete'),
];

/** The grid's columns with the hidden edit columns left out, left to right. */
export function gridColumnsShown(hidden: readonly string[]): GridColumn[] {
  return [
    visitColumn,
    ...editColumns.filter((column) => !hidden.includes(column.field)),
    ...resultColumns,
    ...actionColumns,
  ];
}

export function isEditColumn(column: GridColumn | undefined): column is EditColumn {
  return column?.kind === 'edit';
}

/** How a stored value shows in its cell: a code cell's choice by its words, else as typed. */
export function displayValue(column: EditColumn, value: string): string {
  if (value === '') return '';
  if (column.sameAsBlank !== undefined && value === column.sameAsBlank)
    return column.blankMeans ?? value;
  const choice = column.choices?.find((candidate) => candidate.code === value);
  if (!choice) return value;
  return column.shows === 'name' ? (choice.name ?? choice.code) : choice.code;
}

/** True when a code cell holds a value none of its choices has (kept as typed, and marked). */
export function isUnrecognised(column: EditColumn, value: string): boolean {
  if (!column.choices || value === '' || value === column.sameAsBlank) return false;
  return !column.choices.some((choice) => choice.code === value);
}
