// The claim's UB-04 lines as CSV (papaparse writes the quoting): one row per claim line in
// UB-04 order, then the 0001 total line as on form locator 42-47.
import Papa from 'papaparse';
import { spreadsheetSafeCell } from '../../claim-format/spreadsheet-cell.ts';
import { claimLineKindLabels, claimWords } from '../../components/claim-line-words.ts';
import type { CodeTables } from '../../data/schema.ts';
import type { ClaimResult } from '../../engine/index.ts';
import { centsToDecimal } from '../../components/money.ts';

export const claimLinesCsvColumns = [
  'Revenue code',
  'Description',
  'HCPCS',
  'Service date',
  'Units',
  'Charge',
  'Line kind',
  'Visit IDs',
] as const;

export function buildClaimLinesCsv(result: ClaimResult, tables: CodeTables): string {
  const words = claimWords(tables);
  const rows = result.claimLines.map((line) => [
    line.revenueCode,
    words.claimLine(line),
    line.hcpcs ?? '',
    line.date ?? '',
    String(line.units),
    line.chargeCents === undefined ? '' : centsToDecimal(line.chargeCents),
    claimLineKindLabels[line.kind],
    line.itemId ?? line.visitIds.join(' '),
  ]);
  rows.push([
    '0001',
    'Total charges',
    '',
    '',
    String(result.totals.units),
    centsToDecimal(result.totals.chargeCents),
    'Total',
    '',
  ]);
  // Neutralised by the claim format's own pattern: papaparse's escapeFormulae misses a formula
  // after a space, a non-breaking space or a line break.
  return Papa.unparse(
    { fields: [...claimLinesCsvColumns], data: rows.map((row) => row.map(spreadsheetSafeCell)) },
    { newline: '\r\n' },
  );
}
