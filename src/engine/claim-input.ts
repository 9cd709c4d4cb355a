// Reads a claim from any JSON value without trusting it. Each bad field becomes an
// `invalid-input` finding that points at the field (a target, with its path) and says what is
// wrong; the field is then treated as absent, so the rest of the claim is still evaluated.
// Visits are read by visit-input.ts, values by input-values.ts.
import { payerIds } from '../data/schema.ts';
import { MAX_REMARKS_LENGTH } from '../claim-format/claim-fields.ts';
import { claimTarget } from '../claim-format/field-target.ts';
import { readModifiers } from '../claim-format/read-modifiers.ts';
import type { CodeIndex } from './code-index.ts';
import {
  at,
  CLAIM,
  describeValue,
  FieldReader,
  isRecord,
  isTyped,
  PAYERS,
  type Record_,
} from './input-values.ts';
import type { NormalClaim, NormalItem } from './normal-claim.ts';
import type { Finding, FindingTarget } from './types.ts';
import { readVisit } from './visit-input.ts';

const DEFAULT_BILL_TYPE = '0329';

function readRemarks(reader: FieldReader, value: unknown): string | undefined {
  const text = reader.text(value, 'remarks', CLAIM);
  if (text === undefined || text.length <= MAX_REMARKS_LENGTH) return text;
  reader.report(
    claimTarget('remarks'),
    `remarks hold at most ${MAX_REMARKS_LENGTH} characters; these have ${text.length}. Shorten them.`,
  );
  return undefined;
}

/** The 0023 line's modifiers ("KX"), read as a visit line's are; none when blank. */
function readHippsModifiers(reader: FieldReader, value: unknown): string[] {
  if (!isTyped(value)) return [];
  const entries =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((entry) => typeof entry === 'string')
        ? (value as string[])
        : undefined;
  const read = entries === undefined ? undefined : readModifiers(entries);
  if (read?.ok) return read.value;
  reader.report(
    claimTarget('hippsModifiers'),
    read && !read.ok
      ? read.problem
      : `expected modifiers such as "KX"; got ${describeValue(value)}.`,
  );
  return [];
}

function readItem(reader: FieldReader, value: unknown, position: number): NormalItem | undefined {
  const field = `items[${position}]`;
  const place: FindingTarget = { list: 'items', index: position, field: '' };
  if (!isRecord(value)) {
    reader.report(
      place,
      `expected an item object {id, revenueCode, hcpcs, date, units, charge}; got ${describeValue(value)}.`,
    );
    return undefined;
  }
  const id = reader.text(value.id, 'id', place) ?? `item-${position + 1}`;
  const item: NormalItem = {
    index: position,
    id,
    field,
    units: reader.wholeNumber(value.units, 'units', place, 0, 9999, id) ?? 1,
  };
  const revenueCode = reader.code(value.revenueCode, 'revenueCode', place, id);
  if (revenueCode !== undefined && /^\d{4}$/.test(revenueCode)) item.revenueCode = revenueCode;
  else
    reader.report(
      at(place, 'revenueCode'),
      `expected a four-digit revenue code such as 0270; got ${describeValue(value.revenueCode ?? '')}.`,
      id,
    );
  const hcpcs = reader.code(value.hcpcs, 'hcpcs', place, id);
  if (hcpcs !== undefined) item.hcpcs = hcpcs;
  const date = reader.date(value.date, 'date', place, id);
  if (date !== undefined) item.date = date;
  const chargeCents = reader.cents(value.charge, 'charge', place, id);
  if (chargeCents !== undefined) item.chargeCents = chargeCents;
  return item;
}

/** A two-character code of a claim-level list (condition, occurrence, span, value codes). */
const TWO_CHARACTER_CODE = /^[0-9A-Z]{2}$/;

function readCodeList(reader: FieldReader, claim: Record_, key: string): string[] {
  const value = claim[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.report(claimTarget(key), `expected a list of codes; got ${describeValue(value)}.`);
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
        claimTarget(key, position),
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
    reader.report(claimTarget(key), `expected a list of {${shape}}; got ${describeValue(value)}.`);
    return [];
  }
  return value.filter((entry, position) => {
    if (isRecord(entry)) return true;
    reader.report(claimTarget(key, position), `expected {${shape}}; got ${describeValue(entry)}.`);
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
      const field = claimTarget('occurrenceSpanCodes', position);
      const code = reader.code(entry.code, 'code', field);
      if (code === undefined || !TWO_CHARACTER_CODE.test(code)) {
        reader.report(
          at(field, 'code'),
          `expected a two-character occurrence span code such as 74; got ${describeValue(entry.code ?? '')}.`,
        );
        return;
      }
      const from = reader.date(entry.from, 'from', field);
      const through = reader.date(entry.through, 'through', field);
      if (from === undefined && !isTyped(entry.from))
        reader.report(at(field, 'from'), `enter the first day span ${code} covers (YYYY-MM-DD).`);
      if (through === undefined && !isTyped(entry.through))
        reader.report(at(field, 'through'), `enter the last day span ${code} covers (YYYY-MM-DD).`);
      if (from === undefined || through === undefined) return;
      if (through < from) {
        reader.report(
          at(field, 'through'),
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
      CLAIM,
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
    hippsModifiers: [],
  };
  const payer = reader.choice(claim.payer, 'payer', CLAIM, PAYERS);
  if (payer !== undefined) normal.payer = payer;
  else if (isRecord(input) && (claim.payer === undefined || claim.payer === ''))
    reader.report(claimTarget('payer'), `choose the payer profile (${payerIds.join(', ')}).`);

  const billType = reader.code(claim.billType, 'billType', CLAIM);
  if (billType !== undefined) {
    const code = normaliseBillType(billType);
    if (index.billTypes.has(code)) {
      normal.billType = code;
      normal.billTypePrefix = code.slice(0, 3);
    } else
      reader.report(
        claimTarget('billType'),
        `${describeValue(billType)} is not a home health type of bill (for example 0329, 0327, 0328, 032A, 0341); using 0329.`,
      );
  }
  for (const key of ['from', 'through', 'admissionDate', 'noaAcceptedDate'] as const) {
    const date = reader.date(claim[key], key, CLAIM);
    if (date !== undefined) normal[key] = date;
  }
  if (normal.from !== undefined && normal.through !== undefined && normal.through < normal.from) {
    reader.report(
      claimTarget('through'),
      `the period ends (${normal.through}) before it begins (${normal.from}).`,
    );
  }
  const status = reader.code(claim.patientStatus, 'patientStatus', CLAIM);
  if (status !== undefined) {
    const padded = status.padStart(2, '0');
    if (/^\d{2}$/.test(padded)) normal.patientStatus = padded;
    else
      reader.report(
        claimTarget('patientStatus'),
        `expected a two-digit patient status such as 01 or 30; got ${describeValue(status)}.`,
      );
  }
  const hipps = reader.code(claim.hipps, 'hipps', CLAIM);
  if (hipps !== undefined) {
    // PDGM HIPPS codes (periods from 2020) have a known shape; earlier HH PPS codes are only 5 characters.
    const pdgmStart = index.claimRules.settings.pdgmStart.value;
    const pdgm = (normal.from ?? normal.through ?? pdgmStart) >= pdgmStart;
    if (pdgm ? /^[1-4][A-L][A-C][1-3]1$/.test(hipps) : /^[0-9A-Z]{5}$/.test(hipps))
      normal.hipps = hipps;
    else
      reader.report(
        claimTarget('hipps'),
        pdgm
          ? `expected a PDGM HIPPS code such as 1FC21 (timing 1-4, group A-L, functional A-C, comorbidity 1-3, then 1); got ${describeValue(hipps)}.`
          : `expected a five-character HIPPS code; got ${describeValue(hipps)}.`,
      );
  }
  const threshold = reader.wholeNumber(claim.lupaThreshold, 'lupaThreshold', CLAIM, 1, 10);
  if (threshold !== undefined) normal.lupaThreshold = threshold;
  const remarks = readRemarks(reader, claim.remarks);
  if (remarks !== undefined) normal.remarks = remarks;
  normal.hippsModifiers = readHippsModifiers(reader, claim.hippsModifiers);

  readCodedEntries(reader, claim, 'occurrenceCodes', 'code, date').forEach((entry, position) => {
    const field = claimTarget('occurrenceCodes', position);
    const code = reader.code(entry.code, 'code', field);
    if (code === undefined || !TWO_CHARACTER_CODE.test(code)) {
      reader.report(
        at(field, 'code'),
        `expected a two-character occurrence code; got ${describeValue(entry.code ?? '')}.`,
      );
      return;
    }
    const date = reader.date(entry.date, 'date', field);
    normal.occurrenceCodes.push(date === undefined ? { code } : { code, date });
  });
  normal.occurrenceSpanCodes = readOccurrenceSpans(reader, claim);
  readCodedEntries(reader, claim, 'valueCodes', 'code, value').forEach((entry, position) => {
    const field = claimTarget('valueCodes', position);
    const code = reader.code(entry.code, 'code', field);
    if (code === undefined || !TWO_CHARACTER_CODE.test(code)) {
      reader.report(
        at(field, 'code'),
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
    reader.report(
      claimTarget('visits'),
      `expected a list of visits; got ${describeValue(visits ?? '')}.`,
    );

  const items = claim.items;
  if (Array.isArray(items)) {
    items.forEach((item, position) => {
      const read = readItem(reader, item, position);
      if (read) normal.items.push(read);
    });
  } else if (items !== undefined && items !== null) {
    reader.report(claimTarget('items'), `expected a list of items; got ${describeValue(items)}.`);
  }
  return normal;
}
