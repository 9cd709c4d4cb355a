// The few kinds of value the engine's reader takes from a claim's JSON without trusting it:
// text, codes, dates, whole numbers, choices from a code set, clock times and dollars. Each bad
// value becomes an `invalid-input` finding at its field's target and is treated as absent.
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
import { claimTarget } from '../claim-format/field-target.ts';
import { readMoneyCents } from '../claim-format/read-money.ts';
import type { CodeIndex } from './code-index.ts';
import { daysInMonth, isIsoDate } from './dates.ts';
import { makeFinding } from './findings.ts';
import type { Finding, FindingTarget } from './types.ts';

export type Record_ = Record<string, unknown>;

export function isRecord(value: unknown): value is Record_ {
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

export const DISCIPLINES: ReadonlySet<DisciplineId> = new Set(disciplineIds);
export const CREDENTIALS: ReadonlySet<CredentialId> = new Set(credentialIds);
export const SERVICES: ReadonlySet<ServiceId> = new Set(serviceIds);
export const MODES: ReadonlySet<VisitMode> = new Set(visitModes);
export const SETTINGS: ReadonlySet<SettingId> = new Set(settingIds);
export const PAYERS: ReadonlySet<PayerId> = new Set(payerIds);

function oneOf<T extends string>(allowed: ReadonlySet<T>, value: string): T | undefined {
  return allowed.has(value as T) ? (value as T) : undefined;
}

const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" or "H:MM" (24-hour clock) to minutes after midnight. */
function readClockTime(value: string): number | undefined {
  const parts = CLOCK_TIME.exec(value.trim());
  return parts === null ? undefined : Number(parts[1]) * 60 + Number(parts[2]);
}

/** Dollars given as a JSON number (at most two decimals) to whole cents. */
function dollarsToCents(value: number): number | undefined {
  const cents = Math.round(value * 100);
  return value >= 0 && Number.isSafeInteger(cents) && Math.abs(value * 100 - cents) < 1e-6
    ? cents
    : undefined;
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
export function isTyped(value: unknown): boolean {
  return (
    value !== undefined &&
    value !== null &&
    (typeof value !== 'string' || (value !== '' && trimmed(value) !== ''))
  );
}

/** The target of a field of the visit, item, claim or list entry at `place`. */
export function at(place: FindingTarget, key: string): FindingTarget {
  return place.entry === undefined ? { ...place, field: key } : { ...place, key };
}

export const CLAIM = claimTarget();

/** A message as a sentence of its own: the views name the field beside it. */
function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
}

export class FieldReader {
  constructor(
    private readonly index: CodeIndex,
    readonly findings: Finding[],
  ) {}

  report(target: FindingTarget, message: string, lineId?: string): void {
    this.findings.push(
      makeFinding(this.index.findingStamps, 'invalid-input', sentence(message), {
        target,
        lineId,
      }),
    );
  }

  text(value: unknown, key: string, place: FindingTarget, lineId?: string): string | undefined {
    if (!isTyped(value)) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') {
      this.report(at(place, key), `expected text; got ${describeValue(value)}.`, lineId);
      return undefined;
    }
    return trimmed(value);
  }

  code(value: unknown, key: string, place: FindingTarget, lineId?: string): string | undefined {
    return this.text(value, key, place, lineId)?.toUpperCase().replace(/\s+/g, '');
  }

  date(value: unknown, key: string, place: FindingTarget, lineId?: string): string | undefined {
    if (!isTyped(value)) return undefined;
    const text = typeof value === 'string' ? trimmed(value) : value;
    if (isIsoDate(text)) return text;
    const notOnCalendar = typeof text === 'string' ? whyNotOnCalendar(text) : undefined;
    this.report(
      at(place, key),
      notOnCalendar ?? `expected a date as YYYY-MM-DD; got ${describeValue(value)}.`,
      lineId,
    );
    return undefined;
  }

  /** A whole number in [min, max]; numeric strings are accepted, as pasted from a sheet. */
  wholeNumber(
    value: unknown,
    key: string,
    place: FindingTarget,
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
      at(place, key),
      `expected a whole number from ${min} to ${max}; got ${describeValue(value)}.`,
      lineId,
    );
    return undefined;
  }

  choice<T extends string>(
    value: unknown,
    key: string,
    place: FindingTarget,
    allowed: ReadonlySet<T>,
    lineId?: string,
    caseless = false,
  ): T | undefined {
    const text = this.text(value, key, place, lineId);
    if (text === undefined) return undefined;
    const chosen =
      oneOf(allowed, text) ?? oneOf(allowed, caseless ? text.toUpperCase() : text.toLowerCase());
    if (chosen !== undefined) return chosen;
    this.report(
      at(place, key),
      `expected one of ${[...allowed].join(', ')}; got ${describeValue(text)}.`,
      lineId,
    );
    return undefined;
  }

  time(value: unknown, key: string, place: FindingTarget, lineId?: string): number | undefined {
    const text = this.text(value, key, place, lineId);
    if (text === undefined) return undefined;
    const minutes = readClockTime(text);
    if (minutes === undefined)
      this.report(
        at(place, key),
        `expected a time as HH:MM (24-hour clock); got ${describeValue(text)}.`,
        lineId,
      );
    return minutes;
  }

  cents(value: unknown, key: string, place: FindingTarget, lineId?: string): number | undefined {
    if (!isTyped(value)) return undefined;
    if (typeof value === 'number') {
      const cents = dollarsToCents(value);
      if (cents === undefined)
        this.report(
          at(place, key),
          `expected an amount in dollars such as 150.00; got ${describeValue(value)}.`,
          lineId,
        );
      return cents;
    }
    // Text is read as the claim format reads money: $1,250.00 is 125000 cents, and a decimal
    // comma (150,00) is refused with its reason, never read as $15,000.
    const read = typeof value === 'string' ? readMoneyCents(value) : undefined;
    if (read?.ok) return read.value;
    this.report(
      at(place, key),
      read && !read.ok
        ? read.problem
        : `expected an amount in dollars such as 150.00; got ${describeValue(value)}.`,
      lineId,
    );
    return undefined;
  }
}
