// Dates as visit exports write them, read into the claim format's one form, ISO YYYY-MM-DD.
// Accepted: 2026-01-05, 2026/1/5, 20260105, 1/5/2026, 01/05/26, 1-5-2026, Jan 5, 2026,
// January 5 2026, 5 Jan 2026, 05-Jan-26 (Excel), with a weekday before them (Monday, January 5,
// 2026) or a time after them (1/5/2026 0:00, 2026-01-05T09:05:00), and 1/5 or Jan 5 without a
// year, which takes its year from the claim period.
// Numbers are read month first (1/5 is January 5), as US home health exports write them; a day
// first date such as 13/1/2026 is refused with a hint rather than read the other way round.
// Two-digit years are 20YY: no visit billed here is from the last century.
import { daysInMonth, isIsoDate, toDayNumber } from '../engine/dates.ts';
import { blankProblem, quote, readOk, readProblem, type Read } from './read-result.ts';
import { readTime } from './read-time.ts';

/** The claim's period, From and Through as ISO dates; either may be unknown. */
export interface ClaimPeriod {
  from?: string | undefined;
  through?: string | undefined;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FIRST_YEAR = 1900;

/** Month, day and (unless left out) year, and whatever follows the date. */
interface DateParts {
  year: number | undefined;
  month: number;
  day: number;
  /** Written with numbers, month first (1/5/2026): a month over 12 may be a day-first date. */
  monthFirst: boolean;
  rest: string;
}

// The text is lower-cased first. A date ends the text, or is followed by a time after "t"
// (2026-01-05t09:05) or a space.
const END = String.raw`(?:$|t|\s+)(.*)$`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/])(\d{1,2})\2(\d{1,2})${END}`);
const COMPACT = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${END}`);
const MONTH_FIRST = new RegExp(String.raw`^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{4}|\d{2}))?${END}`);
const YEAR = String.raw`(?:(?:,\s*|[\s-]+)(\d{4}|\d{2}))?`;
const NAME_FIRST = new RegExp(
  String.raw`^([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?${YEAR}${END}`,
);
const DAY_FIRST = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?${YEAR}${END}`,
);
const WEEKDAY = /^([a-z]{3,9})\.?,?\s+/;

/** The one name that starts with `word` (at least three letters: "sept", "jan", "thurs"). */
function namedIn(names: readonly string[], word: string): number | undefined {
  const found = names.flatMap((name, index) => (name.startsWith(word) ? [index] : []));
  return found.length === 1 ? found[0] : undefined;
}

function fullYear(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** A date whose month is written as a name ("jan", "sept", "january"). */
function withMonthName(
  name = '',
  day = '',
  year: string | undefined,
  rest = '',
): DateParts | undefined {
  const month = namedIn(MONTHS, name);
  return month === undefined
    ? undefined
    : { year: fullYear(year), month: month + 1, day: Number(day), monthFirst: false, rest };
}

/** The forms a date is read in, in order; each gives the parts of a match, if it can. */
const FORMS: readonly { pattern: RegExp; read: (match: string[]) => DateParts | undefined }[] = [
  {
    pattern: YEAR_FIRST,
    read: ([, year, , month, day, rest = '']) => ({
      year: Number(year),
      month: Number(month),
      day: Number(day),
      monthFirst: false,
      rest,
    }),
  },
  {
    pattern: COMPACT,
    read: ([, year, month, day, rest = '']) => ({
      year: Number(year),
      month: Number(month),
      day: Number(day),
      monthFirst: false,
      rest,
    }),
  },
  {
    pattern: MONTH_FIRST,
    read: ([, month, , day, year, rest = '']) => ({
      year: fullYear(year),
      month: Number(month),
      day: Number(day),
      monthFirst: true,
      rest,
    }),
  },
  {
    pattern: NAME_FIRST,
    read: ([, name, day, year, rest]) => withMonthName(name, day, year, rest),
  },
  { pattern: DAY_FIRST, read: ([, day, name, year, rest]) => withMonthName(name, day, year, rest) },
];

function parts(text: string): DateParts | undefined {
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    const found = match ? form.read(match) : undefined;
    if (found) return found;
  }
  return undefined;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
  monthFirst: boolean;
}

/** What is wrong with a year, month and day as a calendar date, if anything. */
function notOnCalendar({ year, month, day, monthFirst }: CalendarDate): string | undefined {
  if (month < 1 || month > 12) {
    const swapped = monthFirst && month > 12 && day >= 1 && day <= 12;
    const hint = swapped
      ? ` (dates are read month first: ${monthName(day)} ${month} is ${day}/${month}/${year})`
      : '';
    return `there is no month ${month}${hint}`;
  }
  if (year < FIRST_YEAR) return `dates before ${FIRST_YEAR} are not read`;
  const days = daysInMonth(year, month);
  if (day < 1) return `there is no day ${day}`;
  if (day > days) return `${monthName(month)} ${year} has ${days} days`;
  return undefined;
}

/** The date as the claim format stores and writes it: ISO YYYY-MM-DD, unchanged. */
export function writeDate(iso: string): string {
  return iso;
}

const NOT_A_DATE = 'is not a date: write it as 1/5/2026 or 2026-01-05.';

/**
 * Reads a date into ISO YYYY-MM-DD; `period` gives the year of a date written without one.
 * Never throws.
 */
export function readDate(text: string, period: ClaimPeriod = {}): Read<string> {
  const typed = text.trim();
  if (typed === '') return blankProblem();
  const asTyped: unknown = typed; // isIsoDate narrows its argument; typed stays a string
  if (isIsoDate(asTyped)) return readOk(asTyped);
  let lower = typed.toLowerCase().replace(/\s+/g, ' ').replace(/ ,/g, ',');
  const weekdayWord = WEEKDAY.exec(lower);
  const weekday = weekdayWord ? namedIn(WEEKDAYS, weekdayWord[1] ?? '') : undefined;
  if (weekdayWord && weekday !== undefined) lower = lower.slice(weekdayWord[0].length);
  const date = parts(lower);
  const time = date && date.rest !== '' ? readTime(date.rest) : undefined;
  if (!date || (time && !time.ok)) return readProblem(`${quote(typed)} ${NOT_A_DATE}`);
  const dated =
    date.year === undefined
      ? yearFromPeriod(typed, date, period)
      : onCalendar(typed, { ...date, year: date.year });
  if (!dated.ok) return dated;
  if (weekday !== undefined) {
    const actual = (((toDayNumber(dated.value) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    if (actual !== weekday)
      return readProblem(
        `${quote(typed)} is not a date: ${dated.value} is a ${capitalised(WEEKDAYS[actual] ?? '')}.`,
      );
  }
  const timeNote =
    time?.ok && time.value !== '00:00'
      ? `the time ${time.value} is left out: this field holds the day only`
      : undefined;
  const notes = [dated.note, timeNote].filter((note) => note !== undefined);
  return readOk(dated.value, notes.length > 0 ? notes.join('; ') : undefined);
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function monthName(month: number): string {
  return capitalised(MONTHS[month - 1] ?? '');
}

function onCalendar(typed: string, date: CalendarDate): Read<string> {
  const why = notOnCalendar(date);
  return why === undefined
    ? readOk(isoDate(date.year, date.month, date.day))
    : readProblem(`${quote(typed)} is not a date: ${why}.`);
}

function describePeriod(from: string | undefined, through: string | undefined): string {
  if (from !== undefined && through !== undefined) return `${from} to ${through}`;
  return from !== undefined ? `from ${from}` : `through ${through ?? ''}`;
}

/**
 * A month and day without a year get the year that puts them inside the claim period, and
 * only that: never a guess that lands outside it, and never one of two years that both fit.
 */
function yearFromPeriod(
  typed: string,
  { month, day }: DateParts,
  period: ClaimPeriod,
): Read<string> {
  const from = isIsoDate(period.from) ? period.from : undefined;
  const through = isIsoDate(period.through) ? period.through : undefined;
  const firstYear = Number((from ?? through ?? '').slice(0, 4));
  const lastYear = Math.max(firstYear, Number((through ?? from ?? '').slice(0, 4)));
  const withYear = `write the year too (${month}/${day}/${from === undefined && through === undefined ? 'YYYY' : firstYear})`;
  if (from === undefined && through === undefined)
    return readProblem(
      `${quote(typed)} has no year, and the claim period is not entered yet: ${withYear}, or enter the period first.`,
    );
  // Periods are 30 or 60 days; a longer one (a typing slip) is looked at for ten years at most.
  const years = Array.from(
    { length: Math.min(lastYear - firstYear, 10) + 1 },
    (_, i) => firstYear + i,
  );
  const calendar = years.map((year) => notOnCalendar({ year, month, day, monthFirst: false }));
  if (calendar.every((why) => why !== undefined))
    return readProblem(`${quote(typed)} is not a date: ${calendar[0]}.`);
  const fits = years
    .filter((_, i) => calendar[i] === undefined)
    .map((year) => isoDate(year, month, day))
    .filter(
      (iso) => (from === undefined || iso >= from) && (through === undefined || iso <= through),
    );
  const [only] = fits;
  if (only !== undefined && fits.length === 1)
    return readOk(only, `the year ${only.slice(0, 4)} is taken from the claim period`);
  return fits.length === 0
    ? readProblem(
        `${quote(typed)} has no year and falls outside the claim period (${describePeriod(from, through)}): ${withYear}.`,
      )
    : readProblem(
        `${quote(typed)} has no year and could be ${fits.join(' or ')} in the claim period: ${withYear}.`,
      );
}
