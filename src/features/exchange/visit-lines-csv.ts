// The visits as CSV for people: each visit's fields as entered, under the headers a coder reads
// (the field table's column names: "Travel minutes", "Days monitored"; the import, paste box and
// command line read these and the claim format's keys alike), then the engine's result for the
// line in columns whose names start with "Result", which an import skips. A cell a spreadsheet
// would run as a formula is neutralised (spreadsheet-cell.ts) and reads back as it was.
import Papa from 'papaparse';
import { spreadsheetSafeCell } from '../../claim-format/spreadsheet-cell.ts';
import type { ClaimResult, Finding } from '../../engine/index.ts';
import type { DraftClaim } from '../../state/draft-claim.ts';
import {
  visitColumnNames,
  visitFieldKeys,
  type VisitFieldKey,
} from '../../claim-format/visit-fields.ts';
import { writeActivitiesCell } from '../../claim-format/activities-cell.ts';
import { findingText } from '../../claim-format/target-labels.ts';

/** The fields as entered, in the grid's order; the activities follow them as one cell. */
const inputColumns = visitFieldKeys.filter(
  (field): field is Exclude<VisitFieldKey, 'activities'> => field !== 'activities',
);

export const visitLinesCsvColumns: readonly string[] = [
  ...inputColumns.map((field) => visitColumnNames[field]),
  visitColumnNames.activities,
  'Result revenue code',
  'Result HCPCS',
  'Result suggested HCPCS',
  'Result units',
  'Result unit basis',
  'Result minutes counted',
  'Result findings',
];

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.severity}: ${findingText(finding)}`).join(' | ');
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
    ].map(spreadsheetSafeCell);
  });
  return Papa.unparse({ fields: [...visitLinesCsvColumns], data: rows }, { newline: '\r\n' });
}
