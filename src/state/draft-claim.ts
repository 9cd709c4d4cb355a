// A draft claim holds exactly what the coder typed: every cell is the string as typed, so a bad
// value is kept and shown beside its message. The engine reads the draft through toEngineClaim;
// everything it derives is computed from these inputs, never stored beside them.
import * as z from 'zod/mini';

const text = z._default(z.string(), '');

export const DraftActivity = z.object({ service: text, minutes: text });

export const DraftVisit = z.object({
  id: z.string().check(z.minLength(1)),
  date: text,
  discipline: text,
  credential: text,
  service: text,
  minutes: text,
  start: text,
  end: text,
  mode: text,
  /** Remote monitoring (G0322): days monitored. */
  monitoringDays: text,
  setting: text,
  travelMinutes: text,
  documentationMinutes: text,
  hcpcs: text,
  units: text,
  charge: text,
  activities: z._default(z.array(DraftActivity), []),
});

export const DraftItem = z.object({
  id: z.string().check(z.minLength(1)),
  revenueCode: text,
  hcpcs: text,
  date: text,
  units: text,
  charge: text,
});

export const DraftCodeDate = z.object({ code: text, date: text });
export const DraftCodeValue = z.object({ code: text, value: text });
/** An occurrence span code (UB-04 FL 35-36) with the first and last day it covers. */
export const DraftCodeSpan = z.object({ code: text, from: text, through: text });

export const DraftClaim = z.object({
  payer: text,
  billType: text,
  from: text,
  through: text,
  admissionDate: text,
  noaAcceptedDate: text,
  patientStatus: text,
  hipps: text,
  lupaThreshold: text,
  /** Condition codes as typed, separated by commas or spaces. */
  conditionCodes: text,
  occurrenceCodes: z._default(z.array(DraftCodeDate), []),
  /** Defaults to none, so drafts saved before spans were entered still load. */
  occurrenceSpanCodes: z._default(z.array(DraftCodeSpan), []),
  valueCodes: z._default(z.array(DraftCodeValue), []),
  visits: z._default(z.array(DraftVisit), []),
  items: z._default(z.array(DraftItem), []),
});

export type DraftActivity = z.infer<typeof DraftActivity>;
export type DraftVisit = z.infer<typeof DraftVisit>;
export type DraftItem = z.infer<typeof DraftItem>;
export type DraftCodeDate = z.infer<typeof DraftCodeDate>;
export type DraftCodeValue = z.infer<typeof DraftCodeValue>;
export type DraftCodeSpan = z.infer<typeof DraftCodeSpan>;
export type DraftClaim = z.infer<typeof DraftClaim>;

/** The visit fields a grid cell edits (every string field but the id). */
export type VisitField = Exclude<keyof DraftVisit, 'id' | 'activities'>;
export type ItemField = Exclude<keyof DraftItem, 'id'>;
/** The claim's single-value context fields. */
export type ContextField = Exclude<
  keyof DraftClaim,
  'occurrenceCodes' | 'occurrenceSpanCodes' | 'valueCodes' | 'visits' | 'items'
>;

export function emptyClaim(): DraftClaim {
  return DraftClaim.parse({ payer: 'medicare', billType: '0329' });
}

export function blankVisit(id: string, fields: Partial<Omit<DraftVisit, 'id'>> = {}): DraftVisit {
  return DraftVisit.parse({ ...fields, id });
}

export function blankItem(id: string): DraftItem {
  return DraftItem.parse({ id, units: '1' });
}

const DIGITS = /^\d+$/;

/** n of an id `${prefix}${n}`, else 0. */
function idNumber(prefix: string, id: string): number {
  if (!id.startsWith(prefix)) return 0;
  const digits = id.slice(prefix.length);
  return DIGITS.test(digits) ? Number(digits) : 0;
}

export interface IdAllocator {
  /** Notes an id in use, so later ids come after it. */
  see: (id: string) => void;
  /** The next free id of the form `${prefix}${n}`, counted as used. */
  next: () => string;
}

/**
 * Hands out ids above the highest taken one: the taken ids are read once, so giving ids to
 * thousands of visits stays linear (opening 8,000 visits without ids used to take seconds).
 */
export function idAllocator(prefix: string, taken: Iterable<string> = []): IdAllocator {
  let highest = 0;
  const see = (id: string): void => {
    highest = Math.max(highest, idNumber(prefix, id));
  };
  for (const id of taken) see(id);
  return { see, next: () => `${prefix}${(highest += 1)}` };
}

/** The next free id of the form `${prefix}${n}` (V1, V2, … for visits). */
export function nextId(prefix: string, taken: Iterable<string>): string {
  return idAllocator(prefix, taken).next();
}

function present(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(record) as [keyof T, T[keyof T]][])
    if (value !== undefined) out[key] = value;
  return out;
}

/**
 * A claim list's entries in which anything was typed, each without its blank fields; the code
 * stays as typed, even blank, so the engine names it.
 */
function typedEntries(
  entries: readonly Record<string, string>[],
): Record<string, string | undefined>[] {
  return entries
    .filter((entry) => Object.values(entry).some((value) => value.trim() !== ''))
    .map((entry) =>
      compact(
        Object.fromEntries(
          Object.entries(entry).map(([key, value]) => [
            key,
            key === 'code' ? value : present(value),
          ]),
        ),
      ),
    );
}

/** The draft as the engine's claim format; values stay strings and the engine reads them. */
export function toEngineClaim(claim: DraftClaim): Record<string, unknown> {
  return compact({
    payer: claim.payer,
    billType: present(claim.billType),
    from: present(claim.from),
    through: present(claim.through),
    admissionDate: present(claim.admissionDate),
    noaAcceptedDate: present(claim.noaAcceptedDate),
    patientStatus: present(claim.patientStatus),
    hipps: present(claim.hipps),
    lupaThreshold: present(claim.lupaThreshold),
    conditionCodes: claim.conditionCodes.split(/[\s,;]+/).filter((code) => code !== ''),
    occurrenceCodes: typedEntries(claim.occurrenceCodes),
    occurrenceSpanCodes: typedEntries(claim.occurrenceSpanCodes),
    valueCodes: typedEntries(claim.valueCodes),
    visits: claim.visits.map(visitToEngine),
    items: claim.items.map((item) =>
      compact({
        id: item.id,
        revenueCode: item.revenueCode,
        hcpcs: present(item.hcpcs),
        date: present(item.date),
        units: present(item.units),
        charge: present(item.charge),
      }),
    ),
  });
}

function visitToEngine(visit: DraftVisit): Record<string, unknown> {
  return compact({
    id: visit.id,
    date: visit.date,
    discipline: visit.discipline,
    credential: visit.credential,
    service: present(visit.service),
    minutes: present(visit.minutes),
    start: present(visit.start),
    end: present(visit.end),
    mode: present(visit.mode),
    monitoringDays: present(visit.monitoringDays),
    setting: present(visit.setting),
    travelMinutes: present(visit.travelMinutes),
    documentationMinutes: present(visit.documentationMinutes),
    hcpcs: present(visit.hcpcs),
    units: present(visit.units),
    charge: present(visit.charge),
    activities:
      visit.activities.length === 0
        ? undefined
        : visit.activities.map((activity) => ({
            service: activity.service,
            minutes: activity.minutes,
          })),
  });
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(asText).join(' ');
  return '';
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function asList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(asRecord) : [];
}

/**
 * A claim in the engine's JSON format (as the command line, training or import read it) as a
 * draft. Nothing is rejected: values become the text a coder would have typed.
 */
export function draftFromClaimInput(input: unknown): DraftClaim {
  const claim = asRecord(input);
  const visitIds = new Set<string>();
  const visitIdsAfter = idAllocator('V');
  const visits = asList(claim.visits).map((visit) => {
    let id = asText(visit.id).trim();
    if (id === '' || visitIds.has(id)) id = visitIdsAfter.next();
    visitIds.add(id);
    visitIdsAfter.see(id);
    return DraftVisit.parse({
      id,
      date: asText(visit.date),
      discipline: asText(visit.discipline),
      credential: asText(visit.credential),
      service: asText(visit.service),
      minutes: asText(visit.minutes),
      start: asText(visit.start),
      end: asText(visit.end),
      mode: asText(visit.mode),
      monitoringDays: asText(visit.monitoringDays),
      setting: asText(visit.setting),
      travelMinutes: asText(visit.travelMinutes),
      documentationMinutes: asText(visit.documentationMinutes),
      hcpcs: asText(visit.hcpcs),
      units: asText(visit.units),
      charge: asText(visit.charge),
      activities: asList(visit.activities).map((activity) => ({
        service: asText(activity.service),
        minutes: asText(activity.minutes),
      })),
    });
  });
  const itemIds = new Set<string>();
  const itemIdsAfter = idAllocator('S');
  const items = asList(claim.items).map((item) => {
    let id = asText(item.id).trim();
    if (id === '' || itemIds.has(id)) id = itemIdsAfter.next();
    itemIds.add(id);
    itemIdsAfter.see(id);
    return DraftItem.parse({
      id,
      revenueCode: asText(item.revenueCode),
      hcpcs: asText(item.hcpcs),
      date: asText(item.date),
      units: asText(item.units),
      charge: asText(item.charge),
    });
  });
  return DraftClaim.parse({
    payer: asText(claim.payer) || 'medicare',
    billType: asText(claim.billType),
    from: asText(claim.from),
    through: asText(claim.through),
    admissionDate: asText(claim.admissionDate),
    noaAcceptedDate: asText(claim.noaAcceptedDate),
    patientStatus: asText(claim.patientStatus),
    hipps: asText(claim.hipps),
    lupaThreshold: asText(claim.lupaThreshold),
    conditionCodes: Array.isArray(claim.conditionCodes)
      ? claim.conditionCodes.map(asText).join(', ')
      : asText(claim.conditionCodes),
    occurrenceCodes: asList(claim.occurrenceCodes).map((entry) => ({
      code: asText(entry.code),
      date: asText(entry.date),
    })),
    occurrenceSpanCodes: asList(claim.occurrenceSpanCodes).map((entry) => ({
      code: asText(entry.code),
      from: asText(entry.from),
      through: asText(entry.through),
    })),
    valueCodes: asList(claim.valueCodes).map((entry) => ({
      code: asText(entry.code),
      value: asText(entry.value),
    })),
    visits,
    items,
  });
}
