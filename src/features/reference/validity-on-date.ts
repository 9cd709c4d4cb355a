// Whether a table row was valid on an "as of" date. Dates are ISO strings compared as strings.

export interface DatedRow {
  readonly effectiveFrom?: string | undefined;
  readonly effectiveTo?: string | undefined;
}

/** valid: in force on the date; retired: ended before it; not-yet: starts after it. */
export type Validity = 'valid' | 'retired' | 'not-yet';

/** A row's validity on `asOf`; with no date (empty string) every row counts as valid. */
export function validityOn(row: DatedRow, asOf: string): Validity {
  if (asOf === '') return 'valid';
  if (row.effectiveFrom !== undefined && asOf < row.effectiveFrom) return 'not-yet';
  if (row.effectiveTo !== undefined && asOf > row.effectiveTo) return 'retired';
  return 'valid';
}

/** True for a real ISO date (YYYY-MM-DD) such as a date input gives. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}
