// Runs checks and turns what they found into findings, stamped from the catalogue.
import type { CodeIndex, FindingStamp, PayerIndex } from '../code-index.ts';
import { citeRow, makeFinding } from '../findings.ts';
import type { Finding } from '../types.ts';
import type { Check } from './check.ts';
import { claimChecks } from './claim-check-list.ts';
import type { ClaimCheck, ClaimContext } from './claim-context.ts';
import { lineChecks, type LineCheck, type LineContext } from './visit-line-checks.ts';

function appliesTo<Context>(check: Check<Context>, payer: PayerIndex): boolean {
  if (check.scope === 'medicare') return payer.profile.medicareClaimRules;
  if (check.scope === 'commercial') return payer.profile.commercialRules;
  return true;
}

export function runChecks<Context>(
  checks: readonly Check<Context>[],
  context: Context,
  index: CodeIndex,
  stamps: Map<string, FindingStamp>,
  findings: Finding[],
): void {
  for (const check of checks)
    for (const issue of check.run(context)) {
      const finding = makeFinding(stamps, check.id, issue.message, issue);
      if (issue.about) citeRow(finding, issue.about, index.sources);
      findings.push(finding);
    }
}

export function runClaimChecks(context: ClaimContext, findings: Finding[]): void {
  const { index, payer } = context;
  const checks: ClaimCheck[] = claimChecks.filter((check) => appliesTo(check, payer));
  runChecks(checks, context, index, payer.findingStamps, findings);
}

/** Consecutive line checks with the same `when`, so a line tests each condition once per run of checks. */
interface CheckRun {
  when: LineCheck['when'];
  checks: LineCheck[];
}

const checkRuns: CheckRun[] = [];
for (const check of lineChecks) {
  const last = checkRuns[checkRuns.length - 1];
  if (last && last.when === check.when) last.checks.push(check);
  else checkRuns.push({ when: check.when, checks: [check] });
}

/** Runs the line checks on an evaluated visit line, adding their findings to the line's. */
export function runLineChecks(context: LineContext): void {
  const { line, visit } = context;
  const hasEnteredCode = visit.hcpcs.length > 0;
  const hasEnteredUnits = visit.units !== undefined;
  for (const { when, checks } of checkRuns) {
    if (
      when !== undefined &&
      !(when === 'entered-code'
        ? hasEnteredCode
        : when === 'entered-units'
          ? hasEnteredUnits
          : context.belowFirstUnit)
    )
      continue;
    runChecks(checks, context, context.index, context.payer.findingStamps, line.findings);
  }
}
