// The engine's one public entry: a claim (any JSON value) and the code tables in, the coded
// claim lines and findings out. Pure: no clock, storage, randomness or UI; same input, same result.
import type { CodeTables } from '../data/schema.ts';
import { runClaimChecks } from './checks/run-checks.ts';
import { readClaim } from './claim-input.ts';
import type { NormalClaim } from './normal-claim.ts';
import { assembleClaimLines, inPersonVisitsByDate, linesInDateOrder } from './claim-lines.ts';
import { indexTables, type PayerIndex } from './code-index.ts';
import { COUNTY_VALUE_CODE, readCountyCode } from './county-code.ts';
import { lateNoaOf } from './late-noa.ts';
import { visitTarget } from '../claim-format/field-target.ts';
import { makeFinding } from './findings.ts';
import type { ClaimResult, Finding } from './types.ts';
import { evaluateVisitLine, noEarlierLines } from './visit-line.ts';

export type * from './types.ts';
export { countTimeUnits, isTimeRule } from './units.ts';
export { isIsoDate, addDays, daysBetween } from './dates.ts';
export { whyNotOnCalendar } from './input-values.ts';
export { describeTarget } from '../claim-format/target-labels.ts';

const FALLBACK_PAYER = 'medicare';

function duplicateVisitIds(payer: PayerIndex, claim: NormalClaim, findings: Finding[]): void {
  // The first visit with each id, so a repeat names it without searching the list again.
  const firstWithId = new Map<string, NormalClaim['visits'][number]>();
  for (const visit of claim.visits) {
    const earlier = firstWithId.get(visit.id);
    if (earlier === undefined) {
      firstWithId.set(visit.id, visit);
      continue;
    }
    findings.push(
      makeFinding(
        payer.findingStamps,
        'invalid-input',
        `"${visit.id}" is already used by visit ${earlier.index + 1}; give each visit its own id.`,
        { lineId: visit.id, target: visitTarget(visit.index, 'id') },
      ),
    );
  }
}

/** The county of the first value code 85 that can be read. */
function countyCodeOf(claim: NormalClaim): string | null {
  for (const entry of claim.valueCodes)
    if (entry.code === COUNTY_VALUE_CODE) {
      const fips = readCountyCode(entry.value);
      if (fips !== null) return fips;
    }
  return null;
}

/** The position of the visit a finding points at; -1 for findings that are not a visit's. */
function visitIndexOf(finding: Finding): number {
  return finding.target?.list === 'visits' ? (finding.target.index ?? -1) : -1;
}

export function evaluateClaim(input: unknown, tables: CodeTables): ClaimResult {
  const index = indexTables(tables);
  const claimFindings: Finding[] = [];
  const claim = readClaim(input, index, claimFindings);
  const payer = index.payers.get(claim.payer ?? FALLBACK_PAYER) ?? [...index.payers.values()][0];
  if (!payer) throw new Error('The code tables define no payer profile.');
  duplicateVisitIds(payer, claim, claimFindings);

  const earlier = noEarlierLines();
  const lines = claim.visits.map((visit) => evaluateVisitLine(index, payer, claim, visit, earlier));
  const dateOrder = linesInDateOrder(lines);
  const byDate = inPersonVisitsByDate(lines, claim.visits, dateOrder);
  const claimLines = assembleClaimLines(index, payer, claim, lines, byDate, dateOrder);
  runClaimChecks({ index, payer, claim, lines, byDate }, claimFindings);

  // invalid-input findings about a visit's fields also belong on that visit's line.
  const findings: Finding[] = [];
  for (const finding of claimFindings) {
    const visitIndex = finding.rule === 'invalid-input' ? visitIndexOf(finding) : -1;
    const line = visitIndex >= 0 ? lines[visitIndex] : undefined;
    if (line) line.findings.unshift(finding);
    else findings.push(finding);
  }
  let units = 0;
  let chargeCents = 0;
  for (const claimLine of claimLines) {
    units += claimLine.units;
    chargeCents += claimLine.chargeCents ?? 0;
  }
  for (const line of lines) for (const finding of line.findings) findings.push(finding);
  return {
    payer: claim.payer ?? null,
    billType: claim.billType,
    lines,
    claimLines,
    countyCode: countyCodeOf(claim),
    lateNoa: lateNoaOf(claim, index.claimRules),
    findings,
    totals: { units, chargeCents, visitLines: lines.length, inPersonVisits: byDate.length },
  };
}
export { explainVisitLine, type LineExplanation } from './explain.ts';
