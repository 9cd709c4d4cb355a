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
