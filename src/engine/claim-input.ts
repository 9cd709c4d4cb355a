// Reads a claim from any JSON value without trusting it. Each bad field becomes an
// `invalid-input` finding that names the field and says what is wrong; the field is then
// treated as absent, so the rest of the claim is still evaluated.
import {
  credentialIds,
  disciplineIds,
  payerIds,
  serviceIds,
  settingIds,
  visitModes,
  type CredentialId,
  type DisciplineId,
  type PayerId,
  type ServiceId,
  type SettingId,
  type VisitMode,
} from '../data/schema.ts';
import { MAX_REMARKS_LENGTH } from '../claim-format/claim-fields.ts';
import { readModifiers } from '../claim-format/read-modifiers.ts';
import type { CodeIndex } from './code-index.ts';
import { daysInMonth, isIsoDate } from './dates.ts';
import { makeFinding } from './findings.ts';
import type { Finding, VisitActivity } from './types.ts';

/** A visit as read. Every key is always present, so all visits share one object shape. */
export interface NormalVisit {
  index: number;
  id: string;
  field: string;
  date: string | undefined;
  discipline: DisciplineId | undefined;
  credential: CredentialId | undefined;
  service: ServiceId | undefined;
  minutes: number | undefined;
  /** Minutes after midnight. */
  start: number | undefined;
  end: number | undefined;
  activities: VisitActivity[];
  travelMinutes: number;
  documentationMinutes: number;
  mode: VisitMode;
  monitoringDays: number | undefined;
  setting: SettingId | undefined;
  hcpcs: string[];
  units: number | undefined;
  chargeCents: number | undefined;
  /** HCPCS modifiers, upper-cased, at most four. */
  modifiers: string[];
  /** Something was typed in minutes, start or end, even if it could not be read. */
  timeTyped: boolean;
}

export interface NormalItem {
  index: number;
  id: string;
  field: string;
  revenueCode?: string;
  hcpcs?: string;
  date?: string;
  units: number;
  chargeCents?: number;
}

export interface NormalClaim {
  payer?: PayerId;
  billType: string;
  /** "032" or "034": what revenue codes' valid types of bill are listed by. */
  billTypePrefix: string;
  from?: string;
  through?: string;
  admissionDate?: string;
  noaAcceptedDate?: string;
  patientStatus?: string;
  hipps?: string;
  lupaThreshold?: number;
  /** Remarks (UB-04 FL 80), trimmed; absent when blank or too long. */
  remarks?: string;
  conditionCodes: string[];
  occurrenceCodes: { code: string; date?: string }[];
  /** Span codes whose dates could be read; an entry missing a date is reported and left out. */
  occurrenceSpanCodes: { code: string; from: string; through: string }[];
  valueCodes: { code: string; value: string }[];
  visits: NormalVisit[];
  items: NormalItem[];
}

/** A line may be checked for too many units, so longer time is read, up to a week. */
const MAX_LINE_MINUTES = 10080;
const DEFAULT_BILL_TYPE = '0329';

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of what the user typed, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value === ''
      ? 'an empty value'
      : `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

const DISCIPLINES: ReadonlySet<DisciplineId> = new Set(disciplineIds);
const CREDENTIALS: ReadonlySet<CredentialId> = new Set(credentialIds);
const SERVICES: ReadonlySet<ServiceId> = new Set(serviceIds);
const MODES: ReadonlySet<VisitMode> = new Set(visitModes);
const SETTINGS: ReadonlySet<SettingId> = new Set(settingIds);
const PAYERS: ReadonlySet<PayerId> = new Set(payerIds);

function oneOf<T extends string>(allowed: ReadonlySet<T>, value: string): T | undefined {
  return allowed.has(value as T) ? (value as T) : undefined;
}

const DIGIT_0 = 48;

function digitAt(text: string, position: number): number {
  const digit = text.charCodeAt(position) - DIGIT_0;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/** "HH:MM" or "H:MM" (24-hour clock) to minutes after midnight. */
function readClockTime(value: string): number | undefined {
  const text = value.trim();
  const colon = text.length - 3;
  if ((colon !== 1 && colon !== 2) || text.charCodeAt(colon) !== 58) return undefined;
  const tensOfMinutes = digitAt(text, colon + 1);
  const minutes = digitAt(text, colon + 2);
  const hourHigh = colon === 2 ? digitAt(text, 0) : 0;
  const hourLow = digitAt(text, colon - 1);
  if (tensOfMinutes < 0 || tensOfMinutes > 5 || minutes < 0 || hourHigh < 0 || hourLow < 0)
    return undefined;
  const hours = hourHigh * 10 + hourLow;
  return hours > 23 ? undefined : hours * 60 + tensOfMinutes * 10 + minutes;
}

/** Dollars (number or numeric string, at most two decimals) to whole cents. */
export function readDollarsToCents(value: unknown): number | undefined {
  if (typeof value === 'number') {
    const cents = Math.round(value * 100);
    return value >= 0 && Number.isSafeInteger(cents) && Math.abs(value * 100 - cents) < 1e-6
      ? cents
      : undefined;
  }
  const text =
    typeof value === 'number'
      ? String(value)
      : typeof value === 'string'
        ? value.trim().replace(/^\$/, '').replace(/,/g, '')
        : '';
  if (!/^\d+(\.\d{1,2})?$/.test(text) && !/^\d+\.\d{0,2}$/.test(text)) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** For text shaped YYYY-MM-DD that is still no date: what is wrong with it. */
export function whyNotOnCalendar(text: string): string | undefined {
  if (!DATE_SHAPE.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const quoted = describeValue(text);
  if (year < 1900) return `${quoted} is too early; dates before 1900 are not accepted.`;
  if (month < 1 || month > 12) return `${quoted} is not a real date: there is no month ${month}.`;
  return `${quoted} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days.`;
}

/** `text.trim()`, without the call when the ends are plain printable ASCII (most values). */
function trimmed(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** Something was entered: blanks and spaces count as nothing, as a blank cell does. */
function isTyped(value: unknown): boolean {
  return (
    value !== undefined &&
    value !== null &&
    (typeof value !== 'string' || (value !== '' && trimmed(value) !== ''))
  );
}

/** A message as a sentence of its own: the views name the field beside it. */
function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
}

class FieldReader {
  constructor(
    private readonly index: CodeIndex,
    readonly findings: Finding[],
  ) {}

  report(field: string, message: string, lineId?: string): void {
    this.findings.push(
      makeFinding(this.index.findingStamps, 'invalid-input', sentence(message), {
        field,
        lineId,
      }),
    );
  }

  text(value: unknown, key: string, field: string, lineId?: string): string | undefined {
    if (!isTyped(value)) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') {
      this.report(`${field}.${key}`, `expected text; got ${describeValue(value)}.`, lineId);
      return undefined;
    }
    return trimmed(value);
  }

  code(value: unknown, key: string, field: string, lineId?: string): string | undefined {
    return this.text(value, key, field, lineId)?.toUpperCase().replace(/\s+/g, '');
  }

  date(value: unknown, key: string, field: string, lineId?: string): string | undefined {
    if (!isTyped(value)) return undefined;
    const text = typeof value === 'string' ? trimmed(value) : value;
    if (isIsoDate(text)) return text;
    const notOnCalendar = typeof text === 'string' ? whyNotOnCalendar(text) : undefined;
    this.report(
      `${field}.${key}`,
      notOnCalendar ?? `expected a date as YYYY-MM-DD; got ${describeValue(value)}.`,
      lineId,
    );
    return undefined;
  }

  /** A whole number in [min, max]; numeric strings are accepted, as pasted from a sheet. */
  wholeNumber(
    value: unknown,
    key: string,
    field: string,
    min: number,
    max: number,
    lineId?: string,
  ): number | undefined {
    if (!isTyped(value)) return undefined;
    const number =
      typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
    if (typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max)
      return number;
    this.report(
      `${field}.${key}`,
      `expected a whole number from ${min} to ${max}; got ${describeValue(value)}.`,
      lineId,
    );
    return undefined;
  }

  choice<T extends string>(
    value: unknown,
    key: string,
    field: string,
    allowed: ReadonlySet<T>,
    lineId?: string,
    caseless = false,
  ): T | undefined {
    const text = this.text(value, key, field, lineId);
    if (text === undefined) return undefined;
    const chosen =
      oneOf(allowed, text) ?? oneOf(allowed, caseless ? text.toUpperCase() : text.toLowerCase());
    if (chosen !== undefined) return chosen;
    this.report(
      `${field}.${key}`,
      `expected one of ${[...allowed].join(', ')}; got ${describeValue(text)}.`,
      lineId,
    );
    return undefined;
  }

  time(value: unknown, key: string, field: string, lineId?: string): number | undefined {
    const text = this.text(value, key, field, lineId);
    if (text === undefined) return undefined;
    const minutes = readClockTime(text);
    if (minutes === undefined)
      this.report(
        `${field}.${key}`,
        `expected a time as HH:MM (24-hour clock); got ${describeValue(text)}.`,
        lineId,
      );
    return minutes;
  }

  cents(value: unknown, key: string, field: string, lineId?: string): number | undefined {
    if (!isTyped(value)) return undefined;
    const cents = readDollarsToCents(value);
    if (cents === undefined)
      this.report(
        `${field}.${key}`,
        `expected an amount in dollars such as 150.00; got ${describeValue(value)}.`,
        lineId,
      );
    return cents;
  }
}

/** Shared by every visit with no activities or codes; never mutated. */
const NONE: never[] = [];

function readActivities(
  reader: FieldReader,
  value: unknown,
  field: string,
  lineId: string,
): VisitActivity[] {
  if (value === undefined || value === null) return NONE;
  if (!Array.isArray(value)) {
    reader.report(
      `${field}.activities`,
      `expected a list of {service, minutes}; got ${describeValue(value)}.`,
      lineId,
    );
    return [];
  }
  const activities: VisitActivity[] = [];
  value.forEach((entry, position) => {
    const entryField = `${field}.activities[${position}]`;
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
        reader.report(`${entryField}.service`, 'enter the service given.', lineId);
      if (minutes === undefined && !isTyped(entry.minutes))
        reader.report(`${entryField}.minutes`, 'enter the minutes spent on this service.', lineId);
      return;
    }
    activities.push({ service, minutes });
  });
  return activities;
}

const HCPCS_PATTERN = /^[A-Z]\d{4}$/;
const CODE_SEPARATOR = /[,;]/;

function readHcpcs(reader: FieldReader, value: unknown, field: string, lineId: string): string[] {
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
        `${field}.hcpcs`,
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
        `${field}.hcpcs`,
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
  field: string,
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
    `${field}.modifiers`,
    read && !read.ok
      ? read.problem
      : `expected modifiers such as "KX GP"; got ${describeValue(value)}.`,
    lineId,
  );
  return NONE;
}

function readRemarks(reader: FieldReader, value: unknown): string | undefined {
  const text = reader.text(value, 'remarks', 'claim');
  if (text === undefined || text.length <= MAX_REMARKS_LENGTH) return text;
  reader.report(
    'claim.remarks',
    `remarks hold at most ${MAX_REMARKS_LENGTH} characters; these have ${text.length}. Shorten them.`,
  );
  return undefined;
}

/** "visits[3]" for each position, made once and reused (every claim names the same fields). */
const visitFields: string[] = [];

function visitField(position: number): string {
  return (visitFields[position] ??= `visits[${position}]`);
}

function readVisit(reader: FieldReader, value: unknown, position: number): NormalVisit {
  const field = visitField(position);
  if (!isRecord(value)) {
    const fallbackId = `visit-${position + 1}`;
    reader.report(field, `expected a visit object; got ${describeValue(value)}.`, fallbackId);
    return emptyVisit(position, fallbackId, field);
  }
  const id = reader.text(value.id, 'id', field) ?? `visit-${position + 1}`;
  const date = reader.date(value.date, 'date', field, id);
  if (date === undefined && !isTyped(value.date))
    reader.report(`${field}.date`, 'enter the date of service (YYYY-MM-DD).', id);
  const discipline = reader.choice(value.discipline, 'discipline', field, DISCIPLINES, id, true);
  if (discipline === undefined && !isTyped(value.discipline))
    reader.report(`${field}.discipline`, `enter the discipline (${disciplineIds.join(', ')}).`, id);
  const credential = reader.choice(value.credential, 'credential', field, CREDENTIALS, id, true);
  if (credential === undefined && !isTyped(value.credential))
    reader.report(
      `${field}.credential`,
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
    service: reader.choice(value.service, 'service', field, SERVICES, id),
    minutes: reader.wholeNumber(minutes, 'minutes', field, 0, MAX_LINE_MINUTES, id),
    start: reader.time(start, 'start', field, id),
    end: reader.time(end, 'end', field, id),
    activities: readActivities(reader, value.activities, field, id),
    travelMinutes:
      reader.wholeNumber(value.travelMinutes, 'travelMinutes', field, 0, MAX_LINE_MINUTES, id) ?? 0,
    documentationMinutes:
      reader.wholeNumber(
        value.documentationMinutes,
        'documentationMinutes',
        field,
        0,
        MAX_LINE_MINUTES,
        id,
      ) ?? 0,
    mode: reader.choice(value.mode, 'mode', field, MODES, id) ?? 'in-person',
    monitoringDays: reader.wholeNumber(value.monitoringDays, 'monitoringDays', field, 1, 366, id),
    setting: reader.choice(value.setting, 'setting', field, SETTINGS, id),
    hcpcs: readHcpcs(reader, value.hcpcs, field, id),
    units: reader.wholeNumber(value.units, 'units', field, 0, 9999, id),
    chargeCents: reader.cents(value.charge, 'charge', field, id),
    modifiers: readVisitModifiers(reader, value.modifiers, field, id),
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

function readItem(reader: FieldReader, value: unknown, position: number): NormalItem | undefined {
  const field = `items[${position}]`;
  if (!isRecord(value)) {
    reader.report(
      field,
      `expected an item object {id, revenueCode, hcpcs, date, units, charge}; got ${describeValue(value)}.`,
    );
    return undefined;
  }
  const id = reader.text(value.id, 'id', field) ?? `item-${position + 1}`;
  const item: NormalItem = {
    index: position,
    id,
    field,
    units: reader.wholeNumber(value.units, 'units', field, 0, 9999, id) ?? 1,
  };
  const revenueCode = reader.code(value.revenueCode, 'revenueCode', field, id);
  if (revenueCode !== undefined && /^\d{4}$/.test(revenueCode)) item.revenueCode = revenueCode;
  else
    reader.report(
      `${field}.revenueCode`,
      `expected a four-digit revenue code such as 0270; got ${describeValue(value.revenueCode ?? '')}.`,
      id,
    );
  const hcpcs = reader.code(value.hcpcs, 'hcpcs', field, id);
  if (hcpcs !== undefined) item.hcpcs = hcpcs;
  const date = reader.date(value.date, 'date', field, id);
  if (date !== undefined) item.date = date;
  const chargeCents = reader.cents(value.charge, 'charge', field, id);
  if (chargeCents !== undefined) item.chargeCents = chargeCents;
  return item;
}

/** A two-character code of a claim-level list (condition, occurrence, span, value codes). */
const TWO_CHARACTER_CODE = /^[0-9A-Z]{2}$/;

function readCodeList(reader: FieldReader, claim: Record_, key: string): string[] {
  const value = claim[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.report(key, `expected a list of codes; got ${describeValue(value)}.`);
    return [];
  }
  const codes: string[] = [];
  value.forEach((entry, position) => {
    const code =
      typeof entry === 'string' || typeof entry === 'number'
        ? String(entry).trim().toUpperCase()
        : '';
    if (TWO_CHARACTER_CODE.test(code)) codes.push(code);
    else
      reader.report(
        `${key}[${position}]`,
        `expected a two-character code; got ${describeValue(entry)}.`,
      );
  });
  return codes;
}

/** `shape`: the entry's keys as messages name them ("code, date"). */
function readCodedEntries(
  reader: FieldReader,
  claim: Record_,
  key: string,
  shape: string,
): Record_[] {
  const value = claim[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.report(key, `expected a list of {${shape}}; got ${describeValue(value)}.`);
    return [];
  }
  return value.filter((entry, position) => {
    if (isRecord(entry)) return true;
    reader.report(`${key}[${position}]`, `expected {${shape}}; got ${describeValue(entry)}.`);
    return false;
  });
}

function readOccurrenceSpans(
  reader: FieldReader,
  claim: Record_,
): NormalClaim['occurrenceSpanCodes'] {
  const spans: NormalClaim['occurrenceSpanCodes'] = [];
  readCodedEntries(reader, claim, 'occurrenceSpanCodes', 'code, from, through').forEach(
    (entry, position) => {
      const field = `occurrenceSpanCodes[${position}]`;
      const code = reader.code(entry.code, 'code', field);
      if (code === undefined || !TWO_CHARACTER_CODE.test(code)) {
        reader.report(
          `${field}.code`,
          `expected a two-character occurrence span code such as 74; got ${describeValue(entry.code ?? '')}.`,
        );
        return;
      }
      const from = reader.date(entry.from, 'from', field);
      const through = reader.date(entry.through, 'through', field);
      if (from === undefined && !isTyped(entry.from))
        reader.report(`${field}.from`, `enter the first day span ${code} covers (YYYY-MM-DD).`);
      if (through === undefined && !isTyped(entry.through))
        reader.report(`${field}.through`, `enter the last day span ${code} covers (YYYY-MM-DD).`);
      if (from === undefined || through === undefined) return;
      if (through < from) {
        reader.report(
          `${field}.through`,
          `span ${code} ends (${through}) before it begins (${from}).`,
        );
        return;
      }
      spans.push({ code, from, through });
    },
  );
  return spans;
}

function normaliseBillType(text: string): string {
  const code = text.toUpperCase();
  return code.length === 3 ? `0${code}` : code;
}

export function readClaim(input: unknown, index: CodeIndex, findings: Finding[]): NormalClaim {
  const reader = new FieldReader(index, findings);
  const claim: Record_ = isRecord(input) ? input : {};
  if (!isRecord(input))
    reader.report(
      'claim',
      `expected a claim object with payer and visits; got ${describeValue(input)}.`,
    );

  const normal: NormalClaim = {
    billType: DEFAULT_BILL_TYPE,
    billTypePrefix: DEFAULT_BILL_TYPE.slice(0, 3),
    conditionCodes: readCodeList(reader, claim, 'conditionCodes'),
    occurrenceCodes: [],
    occurrenceSpanCodes: [],
    valueCodes: [],
    visits: [],
    items: [],
  };
  const payer = reader.choice(claim.payer, 'payer', 'claim', PAYERS);
  if (payer !== undefined) normal.payer = payer;
  else if (isRecord(input) && (claim.payer === undefined || claim.payer === ''))
    reader.report('claim.payer', `choose the payer profile (${payerIds.join(', ')}).`);

  const billType = reader.code(claim.billType, 'billType', 'claim');
  if (billType !== undefined) {
    const code = normaliseBillType(billType);
    if (index.billTypes.has(code)) {
      normal.billType = code;
      normal.billTypePrefix = code.slice(0, 3);
    } else
      reader.report(
        'claim.billType',
        `${describeValue(billType)} is not a home health type of bill (for example 0329, 0327, 0328, 032A, 0341); using 0329.`,
      );
  }
  for (const key of ['from', 'through', 'admissionDate', 'noaAcceptedDate'] as const) {
    const date = reader.date(claim[key], key, 'claim');
    if (date !== undefined) normal[key] = date;
  }
  if (normal.from !== undefined && normal.through !== undefined && normal.through < normal.from) {
    reader.report(
      'claim.through',
      `the period ends (${normal.through}) before it begins (${normal.from}).`,
    );
  }
  const status = reader.code(claim.patientStatus, 'patientStatus', 'claim');
  if (status !== undefined) {
    const padded = status.padStart(2, '0');
    if (/^\d{2}$/.test(padded)) normal.patientStatus = padded;
    else
      reader.report(
        'claim.patientStatus',
        `expected a two-digit patient status such as 01 or 30; got ${describeValue(status)}.`,
      );
  }
  const hipps = reader.code(claim.hipps, 'hipps', 'claim');
  if (hipps !== undefined) {
    // PDGM HIPPS codes (periods from 2020) have a known shape; earlier HH PPS codes are only 5 characters.
    const pdgmStart = index.claimRules.settings.pdgmStart.value;
    const pdgm = (normal.from ?? normal.through ?? pdgmStart) >= pdgmStart;
    if (pdgm ? /^[1-4][A-L][A-C][1-3]1$/.test(hipps) : /^[0-9A-Z]{5}$/.test(hipps))
      normal.hipps = hipps;
    else
      reader.report(
        'claim.hipps',
        pdgm
          ? `expected a PDGM HIPPS code such as 1FC21 (timing 1-4, group A-L, functional A-C, comorbidity 1-3, then 1); got ${describeValue(hipps)}.`
          : `expected a five-character HIPPS code; got ${describeValue(hipps)}.`,
      );
  }
  const threshold = reader.wholeNumber(claim.lupaThreshold, 'lupaThreshold', 'claim', 1, 10);
  if (threshold !== undefined) normal.lupaThreshold = threshold;
  const remarks = readRemarks(reader, claim.remarks);
  if (remarks !== undefined) normal.remarks = remarks;

  readCodedEntries(reader, claim, 'occurrenceCodes', 'code, date').forEach((entry, position) => {
    const field = `occurrenceCodes[${position}]`;
    const code = reader.code(entry.code, 'code', field);
    if (code === undefined || !TWO_CHARACTER_CODE.test(code)) {
      reader.report(
        `${field}.code`,
        `expected a two-character occurrence code; got ${describeValue(entry.code ?? '')}.`,
      );
      return;
    }
    const date = reader.date(entry.date, 'date', field);
    normal.occurrenceCodes.push(date === undefined ? { code } : { code, date });
  });
  normal.occurrenceSpanCodes = readOccurrenceSpans(reader, claim);
  readCodedEntries(reader, claim, 'valueCodes', 'code, value').forEach((entry, position) => {
    const field = `valueCodes[${position}]`;
    const code = reader.code(entry.code, 'code', field);
    if (code === undefined || !TWO_CHARACTER_CODE.test(code)) {
      reader.report(
        `${field}.code`,
        `expected a two-character value code; got ${describeValue(entry.code ?? '')}.`,
      );
      return;
    }
    normal.valueCodes.push({ code, value: reader.text(entry.value, 'value', field) ?? '' });
  });

  const visits = claim.visits;
  if (Array.isArray(visits))
    normal.visits = visits.map((visit, position) => readVisit(reader, visit, position));
  else if (isRecord(input))
    reader.report('claim.visits', `expected a list of visits; got ${describeValue(visits ?? '')}.`);

  const items = claim.items;
  if (Array.isArray(items)) {
    items.forEach((item, position) => {
      const read = readItem(reader, item, position);
      if (read) normal.items.push(read);
    });
  } else if (items !== undefined && items !== null) {
    reader.report('claim.items', `expected a list of items; got ${describeValue(items)}.`);
  }
  return normal;
}
