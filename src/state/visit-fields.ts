// The fields of a visit, named once: the key (as in DraftVisit and the claim JSON format), the
// label the grid gives the field's cells, the name of its column in a file, and the other names
// a header row may use for it. The calculator's paste and the exchange's CSV import both match
// headers here, after the one normaliseHeader, so a header one of them reads the other reads too.
// Pure: no store, no DOM.
import { visitFieldLabels as labels } from '../engine/field-labels.ts';
import type { DraftVisit } from './draft-claim.ts';

export type VisitFieldKey = keyof DraftVisit;

interface VisitFieldNames {
  /** The grid's label for the field's cells; the engine's messages name the field with it too. */
  label: string;
  /** The field's column in a file (CSV import and export, pasted rows), when not the label. */
  column?: string;
  /** Other names a header may use; the key, the label and the column always match. */
  aliases: readonly string[];
}

/** In the grid's order: the visit, its cells from left to right, then its activities. */
const names = {
  id: { label: labels.id, column: 'Visit ID', aliases: ['visit no', 'visit number'] },
  date: { label: labels.date, aliases: ['service date', 'date of service', 'dos', 'visit date'] },
  discipline: { label: labels.discipline, aliases: ['disc'] },
  credential: { label: labels.credential, aliases: ['cred', 'clinician credential'] },
  service: { label: labels.service, aliases: ['service type'] },
  minutes: {
    label: labels.minutes,
    aliases: ['mins', 'min', 'time', 'total minutes', 'visit minutes'],
  },
  start: { label: labels.start, aliases: ['start time', 'time in'] },
  end: { label: labels.end, aliases: ['end time', 'time out'] },
  mode: { label: labels.mode, aliases: ['visit mode'] },
  monitoringDays: { label: labels.monitoringDays, aliases: ['monitoring days', 'days mon.'] },
  setting: { label: labels.setting, aliases: ['location'] },
  travelMinutes: { label: labels.travelMinutes, aliases: ['travel', 'travel min', 'travel mins'] },
  documentationMinutes: {
    label: labels.documentationMinutes,
    aliases: ['documentation', 'doc', 'doc. min', 'doc mins', 'doc minutes'],
  },
  hcpcs: { label: labels.hcpcs, column: 'HCPCS', aliases: ['hcpcs code', 'code'] },
  units: { label: labels.units, column: 'Units', aliases: [] },
  charge: { label: labels.charge, aliases: ['charges', 'amount', 'charge dollars'] },
  activities: { label: labels.activities, aliases: ['activity'] },
} satisfies Record<VisitFieldKey, VisitFieldNames>;

const entries = Object.entries(names) as [VisitFieldKey, VisitFieldNames][];

/** Every visit field, in the grid's order (the visit first, its activities last). */
export const visitFieldKeys: readonly VisitFieldKey[] = entries.map(([field]) => field);

/** Each field as the grid labels its cells ("Entered HCPCS"). */
export const visitFieldLabels = Object.fromEntries(
  entries.map(([field, { label }]) => [field, label]),
) as Record<VisitFieldKey, string>;

/** Each field's column name in a file or pasted rows ("HCPCS"). */
export const visitColumnNames = Object.fromEntries(
  entries.map(([field, { label, column }]) => [field, column ?? label]),
) as Record<VisitFieldKey, string>;

/** "Visit ID", "visit_id", "visit-id" and "Doc. min" become "visitid" and "docmin". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** Every name a header may use, normalised, with its field (the first field to claim it). */
const byHeader = new Map<string, VisitFieldKey>();
for (const [field, { label, column, aliases }] of entries)
  for (const name of [field, label, column ?? label, ...aliases]) {
    const header = normaliseHeader(name);
    if (!byHeader.has(header)) byHeader.set(header, field);
  }

/** The visit field a header names, or undefined when it names none. */
export function matchVisitField(header: string): VisitFieldKey | undefined {
  return byHeader.get(normaliseHeader(header));
}
