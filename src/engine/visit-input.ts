// Reads one visit of a claim's JSON: each field checked and read into the engine's units, each
// bad one an `invalid-input` finding at its target (`visits[2].minutes`), the rest still read.
import { disciplineIds, credentialIds } from '../data/schema.ts';
import { visitTarget } from '../claim-format/field-target.ts';
import { readModifiers } from '../claim-format/read-modifiers.ts';
import {
  at,
  CREDENTIALS,
  describeValue,
  DISCIPLINES,
  isRecord,
  isTyped,
  MODES,
  SERVICES,
  SETTINGS,
  type FieldReader,
} from './input-values.ts';
import type { NormalVisit } from './normal-claim.ts';
import type { FindingTarget, VisitActivity } from './types.ts';

/** A line may be checked for too many units, so longer time is read, up to a week. */
const MAX_LINE_MINUTES = 10080;

/** Shared by every visit with no activities or codes; never mutated. */
export const NONE: never[] = [];

function readActivities(
  reader: FieldReader,
  value: unknown,
  place: FindingTarget,
  lineId: string,
): VisitActivity[] {
  if (value === undefined || value === null) return NONE;
  if (!Array.isArray(value)) {
    reader.report(
      at(place, 'activities'),
      `expected a list of {service, minutes}; got ${describeValue(value)}.`,
      lineId,
    );
    return [];
  }
  const activities: VisitActivity[] = [];
  value.forEach((entry, position) => {
    const entryField = visitTarget(place.index ?? 0, 'activities', position);
    if (!isRecord(entry)) {
      reader.report(
        entryField,
        `expected {service, minutes}; got ${describeValue(entry)}.`,
        lineId,
      );
      return;
    }
    const service = reader.choice(entry.service, 'service', entryField, SERVICES, lineId);
    const minutes = reader.wholeNumber(
      entry.minutes,
      'minutes',
      entryField,
      0,
      MAX_LINE_MINUTES,
      lineId,
    );
    if (service === undefined || minutes === undefined) {
      if (service === undefined && !isTyped(entry.service))
        reader.report(at(entryField, 'service'), 'enter the service given.', lineId);
      if (minutes === undefined && !isTyped(entry.minutes))
        reader.report(
          at(entryField, 'minutes'),
          'enter the minutes spent on this service.',
          lineId,
        );
      return;
    }
    activities.push({ service, minutes });
  });
  return activities;
}

const HCPCS_PATTERN = /^[A-Z]\d{4}$/;
const CODE_SEPARATOR = /[,;]/;

function readHcpcs(
  reader: FieldReader,
  value: unknown,
  place: FindingTarget,
  lineId: string,
): string[] {
  if (!isTyped(value)) return NONE;
  // "G0299, G0300" typed in one cell is two codes, so it gets the two-codes finding.
  const entries = Array.isArray(value)
    ? value
    : typeof value === 'string' && CODE_SEPARATOR.test(value)
      ? value.split(CODE_SEPARATOR)
      : [value];
  const codes: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      reader.report(
        at(place, 'hcpcs'),
        `expected a HCPCS code such as G0299; got ${describeValue(entry)}.`,
        lineId,
      );
      continue;
    }
    // Codes are usually typed as they are printed (G0299): only others need tidying.
    const asPrinted = HCPCS_PATTERN.test(entry);
    const code = asPrinted ? entry : entry.toUpperCase().replace(/\s+/g, '');
    if (code === '') continue;
    if (!asPrinted && !HCPCS_PATTERN.test(code)) {
      reader.report(
        at(place, 'hcpcs'),
        `expected a HCPCS code as a letter and four digits, such as G0299; got ${describeValue(entry)}.`,
        lineId,
      );
      continue;
    }
    codes.push(code);
  }
  return codes;
}

function readVisitModifiers(
  reader: FieldReader,
  value: unknown,
  place: FindingTarget,
  lineId: string,
): string[] {
  if (!isTyped(value)) return NONE;
  // Numbers are read as typed text, as in every other field ("59").
  const asText = (entry: unknown) =>
    typeof entry === 'number' && Number.isFinite(entry) ? String(entry) : entry;
  const typed = Array.isArray(value) ? value.map(asText) : asText(value);
  const entries =
    typeof typed === 'string'
      ? typed
      : Array.isArray(typed) && typed.every((entry) => typeof entry === 'string')
        ? (typed as string[])
        : undefined;
  const read = entries === undefined ? undefined : readModifiers(entries);
  if (read?.ok) return read.value;
  reader.report(
    at(place, 'modifiers'),
    read && !read.ok
      ? read.problem
      : `expected modifiers such as "KX GP"; got ${describeValue(value)}.`,
    lineId,
  );
  return NONE;
}

/** Where a visit's findings point, made once per position and reused. */
const visitPlaces: FindingTarget[] = [];

function visitPlace(position: number): FindingTarget {
  return (visitPlaces[position] ??= visitTarget(position));
}

/** "visits[3]" for each position, made once and reused (every claim names the same fields). */
const visitFields: string[] = [];

function visitField(position: number): string {
  return (visitFields[position] ??= `visits[${position}]`);
}

export function readVisit(reader: FieldReader, value: unknown, position: number): NormalVisit {
  const field = visitField(position);
  const place = visitPlace(position);
  if (!isRecord(value)) {
    const fallbackId = `visit-${position + 1}`;
    reader.report(place, `expected a visit object; got ${describeValue(value)}.`, fallbackId);
    return emptyVisit(position, fallbackId, field);
  }
  const id = reader.text(value.id, 'id', place) ?? `visit-${position + 1}`;
  const date = reader.date(value.date, 'date', place, id);
  if (date === undefined && !isTyped(value.date))
    reader.report(at(place, 'date'), 'enter the date of service (YYYY-MM-DD).', id);
  const discipline = reader.choice(value.discipline, 'discipline', place, DISCIPLINES, id, true);
  if (discipline === undefined && !isTyped(value.discipline))
    reader.report(
      at(place, 'discipline'),
      `enter the discipline (${disciplineIds.join(', ')}).`,
      id,
    );
  const credential = reader.choice(value.credential, 'credential', place, CREDENTIALS, id, true);
  if (credential === undefined && !isTyped(value.credential))
    reader.report(
      at(place, 'credential'),
      `enter the clinician's credential (${credentialIds.join(', ')}).`,
      id,
    );
  const { minutes, start, end } = value;
  return {
    index: position,
    id,
    field,
    date,
    discipline,
    credential,
    service: reader.choice(value.service, 'service', place, SERVICES, id),
    minutes: reader.wholeNumber(minutes, 'minutes', place, 0, MAX_LINE_MINUTES, id),
    start: reader.time(start, 'start', place, id),
    end: reader.time(end, 'end', place, id),
    activities: readActivities(reader, value.activities, place, id),
    travelMinutes:
      reader.wholeNumber(value.travelMinutes, 'travelMinutes', place, 0, MAX_LINE_MINUTES, id) ?? 0,
    documentationMinutes:
      reader.wholeNumber(
        value.documentationMinutes,
        'documentationMinutes',
        place,
        0,
        MAX_LINE_MINUTES,
        id,
      ) ?? 0,
    mode: reader.choice(value.mode, 'mode', place, MODES, id) ?? 'in-person',
    monitoringDays: reader.wholeNumber(value.monitoringDays, 'monitoringDays', place, 1, 366, id),
    setting: reader.choice(value.setting, 'setting', place, SETTINGS, id),
    hcpcs: readHcpcs(reader, value.hcpcs, place, id),
    units: reader.wholeNumber(value.units, 'units', place, 0, 9999, id),
    chargeCents: reader.cents(value.charge, 'charge', place, id),
    modifiers: readVisitModifiers(reader, value.modifiers, place, id),
    timeTyped: isTyped(minutes) || isTyped(start) || isTyped(end),
  };
}

/** A visit with nothing readable in it, for an entry that is not an object. */
function emptyVisit(index: number, id: string, field: string): NormalVisit {
  return {
    index,
    id,
    field,
    date: undefined,
    discipline: undefined,
    credential: undefined,
    service: undefined,
    minutes: undefined,
    start: undefined,
    end: undefined,
    activities: NONE,
    travelMinutes: 0,
    documentationMinutes: 0,
    mode: 'in-person',
    monitoringDays: undefined,
    setting: undefined,
    hcpcs: NONE,
    units: undefined,
    chargeCents: undefined,
    modifiers: NONE,
    timeTyped: false,
  };
}
