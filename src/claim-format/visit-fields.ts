// The fields of a visit, named once, in the grid's order (the visit, its cells from left to
// right, then its activities). The grid's labels, the paste box's and the CSV import's header
// names, the CSV export's columns, the draft's fields and the engine's `invalid-input` wording
// all come from this table. Header names include the spellings of EMR and EVV visit exports.
import { byKey, fieldSpecs, headerMatcher, type FieldSpec } from './field-spec.ts';

/** A visit line's modifiers: up to four, each two letters or digits (UB-04 FL 44 with the HCPCS). */
export const MAX_VISIT_MODIFIERS = 4;

const visitFieldTable = {
  id: { label: 'Visit', column: 'Visit ID', reads: 'id', aliases: ['visit no', 'visit number'] },
  date: {
    label: 'Date',
    reads: 'date',
    aliases: ['service date', 'date of service', 'dos', 'visit date', 'date of visit'],
  },
  discipline: {
    label: 'Discipline',
    reads: 'discipline',
    aliases: ['disc', 'clinician type', 'staff type'],
  },
  credential: {
    label: 'Credential',
    reads: 'credential',
    aliases: ['cred', 'clinician credential'],
  },
  service: {
    label: 'Service',
    reads: 'service',
    aliases: ['service type'],
  },
  minutes: {
    label: 'Minutes',
    reads: 'duration',
    help: 'Time with the patient in the home (documentation in the home included); travel is recorded apart and never counted.',
    aliases: [
      'mins',
      'min',
      'time',
      'total minutes',
      'visit minutes',
      'duration',
      'visit duration',
      'total time',
      'time in home',
    ],
  },
  start: {
    label: 'Start',
    reads: 'time',
    aliases: ['start time', 'time in', 'check in', 'clock in'],
  },
  end: { label: 'End', reads: 'time', aliases: ['end time', 'time out', 'check out', 'clock out'] },
  mode: { label: 'Mode', reads: 'choice', aliases: ['visit mode'] },
  monitoringDays: {
    label: 'Days monitored',
    header: 'Days mon.',
    reads: 'whole-number',
    aliases: ['monitoring days', 'days mon'],
  },
  setting: { label: 'Setting', reads: 'choice', aliases: ['location'] },
  travelMinutes: {
    label: 'Travel minutes',
    header: 'Travel min',
    reads: 'duration',
    help: 'Travel to and from the home, beside the visit: not part of its minutes, never counted.',
    aliases: ['travel', 'travel min', 'travel mins', 'travel time'],
  },
  documentationMinutes: {
    label: 'Documentation minutes',
    header: 'Doc. min',
    reads: 'duration',
    help: 'Documentation in the home: part of the visit’s minutes, counted for Medicare and not for BCBSIL.',
    aliases: ['documentation', 'doc', 'doc min', 'doc mins', 'doc minutes'],
  },
  hcpcs: {
    label: 'Entered HCPCS',
    column: 'HCPCS',
    reads: 'hcpcs-list',
    aliases: ['hcpcs code', 'code'],
  },
  units: { label: 'Entered units', column: 'Units', reads: 'whole-number' },
  charge: { label: 'Charge', reads: 'money', aliases: ['charges', 'amount', 'charge dollars'] },
  modifiers: {
    label: 'Modifiers',
    reads: 'modifiers',
    aliases: ['modifier', 'mod', 'mods', 'hcpcs modifiers'],
  },
  activities: { label: 'Activities', reads: 'activities', aliases: ['activity'] },
} as const;

export type VisitFieldKey = keyof typeof visitFieldTable;

/** Every visit field, in the grid's order. */
export const visitFields: readonly FieldSpec<VisitFieldKey>[] = fieldSpecs(visitFieldTable);

/** Every visit field's key, in the grid's order (the visit first, its activities last). */
export const visitFieldKeys: readonly VisitFieldKey[] = visitFields.map((field) => field.key);

/** Each field as the grid labels its cells ("Entered HCPCS"). */
export const visitFieldLabels = byKey(visitFields, (field) => field.label);

/** Each field's column name in a file or pasted rows ("HCPCS"). */
export const visitColumnNames = byKey(visitFields, (field) => field.column);

/** The visit field a header names ("Time In", "DOS", "visit_date"), or undefined. */
export const matchVisitField = headerMatcher(visitFields);

/**
 * Columns of visit exports that give several fields at once, read by the row reader
 * (read-visit-row.ts): a clinician with the credential after the name ("Anna Smith, RN" gives
 * the credential and so the discipline), and a task or visit type ("PT Evaluation" gives the
 * discipline and the service). A column that names a field outright wins over these.
 */
const severalFieldTable = {
  clinician: {
    label: 'Clinician',
    reads: 'free-text',
    aliases: ['clinician name', 'caregiver', 'staff', 'staff name', 'employee', 'performed by'],
  },
  visitType: {
    label: 'Visit type',
    reads: 'free-text',
    aliases: ['task', 'task name', 'type', 'visit description', 'service description'],
  },
} as const;

/** What a column of a visit export holds: a visit field, or a column that gives several. */
export type RowColumn = VisitFieldKey | keyof typeof severalFieldTable;

const rowColumns: readonly FieldSpec<RowColumn>[] = [
  ...visitFields,
  ...fieldSpecs(severalFieldTable),
];

/** Each column's name as the import and paste reports show it ("Visit type"). */
export const rowColumnNames = byKey(rowColumns, (field) => field.column);

/** What a column of a visit export holds by its header ("Task", "Time In"), or undefined. */
export const matchRowColumn = headerMatcher(rowColumns);
