// The tripwire for old tables: code sets change every year, so a review more than a year
// old means the reference (and the engine) may be out of date.
import { isIsoDate } from '../../engine/index.ts';

/** The same calendar day one year earlier: "2026-11-23" → "2025-11-23" (29 Feb → 28 Feb). */
export function oneYearBefore(isoDate: string): string {
  const year = String(Number(isoDate.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = isoDate.slice(5) === '02-29' ? '02-28' : isoDate.slice(5);
  return `${year}-${monthDay}`;
}

/** True when the tables were reviewed more than a year before `today` (both ISO dates). */
export function areTablesStale(reviewedOn: string, today: string): boolean {
  if (!isIsoDate(today)) return false;
  if (!isIsoDate(reviewedOn)) return true;
  return reviewedOn < oneYearBefore(today);
}
