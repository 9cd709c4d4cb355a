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
    aliases: ['service date', 'date of service', 'dos', 'visit date'],
  },
  discipline: { label: 'Discipline', reads: 'discipline', aliases: ['disc', 'clinician type'] },
  credential: {
    label: 'Credential',
    reads: 'credential',
    aliases: ['cred', 'clinician credential', 'clinician'],
  },
  service: {
    label: 'Service',
    reads: 'service',
    aliases: ['service type', 'task', 'visit type'],
  },
  minutes: {
    label: 'Minutes',
    reads: 'duration',
    aliases: ['mins', 'min', 'time', 'total minutes', 'visit minutes', 'duration', 'total time'],
  },
  start: { label: 'Start', reads: 'time', aliases: ['start time', 'time in'] },
  end: { label: 'End', reads: 'time', aliases: ['end time', 'time out'] },
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
    aliases: ['travel', 'travel min', 'travel mins', 'travel time'],
  },
  documentationMinutes: {
    label: 'Documentation minutes',
    header: 'Doc. min',
    reads: 'duration',
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
