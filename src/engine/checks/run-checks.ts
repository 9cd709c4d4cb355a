// Runs checks and turns what they found into findings, stamped from the catalogue.
import type { CodeIndex, FindingStamp, PayerIndex } from '../code-index.ts';
import { citeRow, makeFinding } from '../findings.ts';
import type { Finding } from '../types.ts';
import type { Check } from './check.ts';
import { claimChecks } from './claim-check-list.ts';
import type { ClaimCheck, ClaimContext } from './claim-context.ts';
import { lineChecks, type LineCheck, type LineContext } from './visit-line-checks.ts';

/** Whether the findings catalogue (findings.json) applies this check to the payer's claims. */
function appliesTo(check: { id: string }, index: CodeIndex, payer: PayerIndex): boolean {
  return index.findings.get(check.id)?.payers.includes(payer.profile.id) ?? false;
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

/** The checks of each payer, chosen once per payer index (a new tables object gets new ones). */
const claimChecksOf = new WeakMap<PayerIndex, readonly ClaimCheck[]>();

export function runClaimChecks(context: ClaimContext, findings: Finding[]): void {
  const { index, payer } = context;
  let checks = claimChecksOf.get(payer);
  if (checks === undefined) {
    checks = claimChecks.filter((check) => appliesTo(check, index, payer));
    claimChecksOf.set(payer, checks);
  }
  runChecks(checks, context, index, payer.findingStamps, findings);
}

/** Consecutive line checks with the same `when`, so a line tests each condition once per run of checks. */
interface CheckRun {
  when: LineCheck['when'];
  checks: LineCheck[];
}

const checkRunsOf = new WeakMap<PayerIndex, readonly CheckRun[]>();

function lineCheckRuns(index: CodeIndex, payer: PayerIndex): readonly CheckRun[] {
  const known = checkRunsOf.get(payer);
  if (known !== undefined) return known;
  const runs: CheckRun[] = [];
  for (const check of lineChecks) {
    if (!appliesTo(check, index, payer)) continue;
    const last = runs[runs.length - 1];
    if (last && last.when === check.when) last.checks.push(check);
    else runs.push({ when: check.when, checks: [check] });
  }
  checkRunsOf.set(payer, runs);
  return runs;
}

/** Runs the line checks on an evaluated visit line, adding their findings to the line's. */
export function runLineChecks(context: LineContext): void {
  const { line, visit } = context;
  const hasEnteredCode = visit.hcpcs.length > 0;
  const hasEnteredUnits = visit.units !== undefined;
  for (const { when, checks } of lineCheckRuns(context.index, context.payer)) {
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
