// The visits as CSV: each visit's fields as entered (named as in the claim JSON format, so the
// file can be imported again or given to the command line), then the engine's result for the
// line in columns whose names start with "result", which an import skips.
import Papa from 'papaparse';
import type { ClaimResult, Finding } from '../../engine/index.ts';
import type { DraftClaim } from '../../state/draft-claim.ts';
import { visitFieldKeys, type VisitFieldKey } from '../../claim-format/visit-fields.ts';
import { writeActivitiesCell } from '../../claim-format/activities-cell.ts';

/** The fields as entered, in the grid's order; the activities follow them as one cell. */
const inputColumns = visitFieldKeys.filter(
  (field): field is Exclude<VisitFieldKey, 'activities'> => field !== 'activities',
);

export const visitLinesCsvColumns: readonly string[] = [
  ...inputColumns,
  'activities',
  'result revenue code',
  'result HCPCS',
  'result suggested HCPCS',
  'result units',
  'result unit basis',
  'result minutes counted',
  'result findings',
];

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.severity}: ${finding.message}`).join(' | ');
}

export function buildVisitLinesCsv(claim: DraftClaim, result: ClaimResult): string {
  const lines = new Map(result.lines.map((line) => [line.id, line]));
  const rows = claim.visits.map((visit) => {
    const line = lines.get(visit.id);
    return [
      ...inputColumns.map((column) => visit[column]),
      writeActivitiesCell(visit.activities),
      line?.revenueCode ?? '',
      line?.hcpcs ?? '',
      line?.suggestedHcpcs ?? '',
      line ? String(line.units) : '',
      line?.unitBasis ?? '',
      line ? String(line.minutes) : '',
      line ? describeFindings(line.findings) : '',
    ];
  });
  return Papa.unparse(
    { fields: [...visitLinesCsvColumns], data: rows },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
