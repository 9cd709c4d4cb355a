// Choices shown in the calculator's dropdowns, read from the code tables (never typed in here).
import { codeTables } from '../../data/index.ts';

export interface Option {
  value: string;
  label: string;
}

/** "audio-only" → "Audio-only", "in-person" → "In person": ids are shown as words. */
export function wordsFor(id: string): string {
  const words = id === 'in-person' ? 'in person' : id.replace(/-(?!only|video)/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A coded row as "0329 — HH PPS period claim (final claim)". */
function codeOption(row: { code: string; description: string }): Option {
  return { value: row.code, label: `${row.code} — ${row.description}` };
}

export const serviceOptions: Option[] = codeTables.services.map((row) => ({
  value: row.code,
  label: row.name,
}));

export const payerOptions: Option[] = codeTables.payerProfiles.map((row) => ({
  value: row.id,
  label: row.name,
}));

export const billTypeOptions: Option[] = codeTables.billTypes.map(codeOption);

export const patientStatusOptions: Option[] = codeTables.patientStatus.map(codeOption);

/** Occurrence codes that take one date; span codes (74, 76, M0) have a list of their own. */
export const occurrenceCodeOptions: Option[] = codeTables.occurrenceCodes
  .filter((row) => !row.span)
  .map(codeOption);

/** Occurrence span codes (UB-04 FL 35-36), which take a from and a through date. */
export const occurrenceSpanCodeOptions: Option[] = codeTables.occurrenceCodes
  .filter((row) => row.span)
  .map(codeOption);

export const valueCodeOptions: Option[] = codeTables.valueCodes.map(codeOption);

/** Revenue codes for non-visit items (supplies, DME, drugs): those not tied to a discipline. */
export const itemRevenueOptions: Option[] = codeTables.revenueCodes
  .filter((row) => row.discipline === undefined && row.code !== '0023')
  .map(codeOption);
