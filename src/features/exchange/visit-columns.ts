// The columns of a visits CSV: the Visit fields of the claim JSON format (docs/claim-format.md),
// the names a header may use for each, and the result columns this app writes on export (which
// an import skips). Pure: shared by the app's import and the command line.

export const visitColumnFields = [
  'id',
  'date',
  'discipline',
  'credential',
  'service',
  'minutes',
  'start',
  'end',
  'mode',
  'setting',
  'travelMinutes',
  'documentationMinutes',
  'hcpcs',
  'units',
  'charge',
  'monitoringDays',
  'activities',
] as const;

export type VisitColumnField = (typeof visitColumnFields)[number];

export const visitColumnLabels: Record<VisitColumnField, string> = {
  id: 'Visit ID',
  date: 'Date',
  discipline: 'Discipline',
  credential: 'Credential',
  service: 'Service',
  minutes: 'Minutes',
  start: 'Start',
  end: 'End',
  mode: 'Mode',
  setting: 'Setting',
  travelMinutes: 'Travel minutes',
  documentationMinutes: 'Documentation minutes',
  hcpcs: 'HCPCS',
  units: 'Units',
  charge: 'Charge',
  monitoringDays: 'Days monitored',
  activities: 'Activities',
};

/** Header names as normalised by normaliseHeader: lower case, no spaces, underscores or dashes. */
const headerAliases: Record<VisitColumnField, readonly string[]> = {
  id: ['id', 'visitid', 'visit', 'visitno', 'visitnumber'],
  date: ['date', 'visitdate', 'servicedate', 'dateofservice', 'dos'],
  discipline: ['discipline', 'disc'],
  credential: ['credential', 'cred', 'cliniciancredential'],
  service: ['service', 'servicetype'],
  minutes: ['minutes', 'mins', 'min', 'totalminutes', 'visitminutes'],
  start: ['start', 'starttime', 'timein'],
  end: ['end', 'endtime', 'timeout'],
  mode: ['mode', 'visitmode'],
  setting: ['setting', 'location'],
  travelMinutes: ['travelminutes', 'travel', 'travelmin', 'travelmins'],
  documentationMinutes: [
    'documentationminutes',
    'documentation',
    'docminutes',
    'docmin',
    'docmins',
  ],
  hcpcs: ['hcpcs', 'hcpcscode', 'enteredhcpcs', 'code'],
  units: ['units', 'enteredunits'],
  charge: ['charge', 'charges', 'amount', 'chargedollars'],
  monitoringDays: ['monitoringdays', 'daysmonitored'],
  activities: ['activities', 'activity'],
};

/** Result columns start with this word; the app writes them on export and an import skips them. */
export const RESULT_COLUMN_PREFIX = 'result';

/** "Visit ID", "visit_id" and "visit-id" all become "visitid". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** The visit field a header names, or undefined when it names none. */
export function matchVisitColumn(header: string): VisitColumnField | undefined {
  const name = normaliseHeader(header);
  return visitColumnFields.find((field) => headerAliases[field].includes(name));
}

/** A result column ("result units", "Result HCPCS") that this app wrote on export. */
export function isResultColumn(header: string): boolean {
  return /^result[\s_:-]/i.test(header.trim());
}
