// A draft claim holds exactly what the coder typed: every cell is the string as typed, so a bad
// value is kept and shown beside its message. The engine reads the draft through toEngineClaim;
// everything it derives is computed from these inputs, never stored beside them. The fields of
// visits, items and the claim come from the claim format's field table: a field added there is
// a field of the draft, of claim files and of the engine's input, with nothing to add here.
import * as z from 'zod/mini';
import { claimFieldKeys, claimFields, type ClaimFieldKey } from '../claim-format/claim-fields.ts';
import type { FieldSpec } from '../claim-format/field-spec.ts';
import { writeFieldText } from '../claim-format/field-text.ts';
import { itemFieldKeys, itemFields, type ItemFieldKey } from '../claim-format/item-fields.ts';
import { visitFieldKeys, visitFields, type VisitFieldKey } from '../claim-format/visit-fields.ts';

const text = z._default(z.string(), '');

/** A text field for each key: what the coder typed, blank when nothing was. */
function textFields<Key extends string>(keys: readonly Key[]): Record<Key, typeof text> {
  return Object.fromEntries(keys.map((key) => [key, text])) as Record<Key, typeof text>;
}

/** The visit fields held as typed text: all but the id and the list of activities. */
const visitTextKeys = visitFieldKeys.filter(
  (key): key is Exclude<VisitFieldKey, 'id' | 'activities'> => key !== 'id' && key !== 'activities',
);

/** The item fields held as typed text: all but the id. */
const itemTextKeys = itemFieldKeys.filter(
  (key): key is Exclude<ItemFieldKey, 'id'> => key !== 'id',
);

/** The claim's lists; every other claim field is held as typed text. */
type ClaimListKey = 'occurrenceCodes' | 'occurrenceSpanCodes' | 'valueCodes' | 'visits' | 'items';
const claimListKeys: readonly ClaimFieldKey[] = [
  'occurrenceCodes',
  'occurrenceSpanCodes',
  'valueCodes',
  'visits',
  'items',
];

/** The claim's context fields as typed (condition codes as one text, separated by commas). */
const contextKeys = claimFieldKeys.filter(
  (key): key is Exclude<ClaimFieldKey, ClaimListKey> => !claimListKeys.includes(key),
);

export const DraftActivity = z.object({ service: text, minutes: text });

/** A visit as typed: one text field per field of the claim format's visit table. */
export const DraftVisit = z.object({
  id: z.string().check(z.minLength(1)),
  ...textFields(visitTextKeys),
  activities: z._default(z.array(DraftActivity), []),
});

export const DraftItem = z.object({
  id: z.string().check(z.minLength(1)),
  ...textFields(itemTextKeys),
});

export const DraftCodeDate = z.object({ code: text, date: text });
export const DraftCodeValue = z.object({ code: text, value: text });
/** An occurrence span code (UB-04 FL 35-36) with the first and last day it covers. */
export const DraftCodeSpan = z.object({ code: text, from: text, through: text });

/** A claim as typed; fields added later (remarks, spans) default to blank, so old drafts load. */
export const DraftClaim = z.object({
  ...textFields(contextKeys),
  occurrenceCodes: z._default(z.array(DraftCodeDate), []),
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
export type ContextField = Exclude<ClaimFieldKey, ClaimListKey>;

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

/** A table's text fields that hold something, as the engine's claim format has them. */
function typedFields<Key extends string>(
  keys: readonly Key[],
  values: Readonly<Record<Key, string>>,
): Partial<Record<Key, string>> {
  const out: Partial<Record<Key, string>> = {};
  for (const key of keys) {
    const value = present(values[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The draft as the engine's claim format; values stay strings and the engine reads them. */
export function toEngineClaim(claim: DraftClaim): Record<string, unknown> {
  return compact({
    ...typedFields(contextKeys, claim),
    payer: claim.payer,
    conditionCodes: claim.conditionCodes.split(/[\s,;]+/).filter((code) => code !== ''),
    occurrenceCodes: typedEntries(claim.occurrenceCodes),
    occurrenceSpanCodes: typedEntries(claim.occurrenceSpanCodes),
    valueCodes: typedEntries(claim.valueCodes),
    visits: claim.visits.map(visitToEngine),
    items: claim.items.map((item) => ({ id: item.id, ...typedFields(itemTextKeys, item) })),
  });
}

function visitToEngine(visit: DraftVisit): Record<string, unknown> {
  return compact({
    id: visit.id,
    ...typedFields(visitTextKeys, visit),
    activities:
      visit.activities.length === 0
        ? undefined
        : visit.activities.map((activity) => ({
            service: activity.service,
            minutes: activity.minutes,
          })),
  });
}

/** A value as the text a coder would have typed it. */
function asText(value: unknown): string {
  return writeFieldText({ reads: 'free-text' }, value);
}

/** Each text field of a table written as a coder would type it (lists as the reader splits them). */
function writtenFields<Key extends string>(
  specs: readonly FieldSpec[],
  keys: readonly Key[],
  record: Readonly<Record<string, unknown>>,
): Record<Key, string> {
  const out = {} as Record<Key, string>;
  for (const spec of specs) {
    const key = keys.find((candidate) => candidate === spec.key);
    if (key !== undefined) out[key] = writeFieldText(spec, record[key]);
  }
  return out;
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
      ...writtenFields(visitFields, visitTextKeys, visit),
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
    return DraftItem.parse({ id, ...writtenFields(itemFields, itemTextKeys, item) });
  });
  const context = writtenFields(claimFields, contextKeys, claim);
  return DraftClaim.parse({
    ...context,
    payer: context.payer || 'medicare',
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
