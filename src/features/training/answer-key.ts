// What the engine concludes about a scenario: its own coding of every visit (the coder's
// entries taken off), the math behind each answer, and the findings of the claim as submitted.
import { codeTables } from '../../data/index.ts';
import {
  scenarioClaim,
  uncodedClaim,
  type ExpectedLine,
  type Scenario,
  type ScenarioVisit,
} from '../../data/scenario-schema.ts';
import {
  evaluateClaim,
  explainVisitLine,
  type ClaimResult,
  type Finding,
  type LineExplanation,
  type VisitLineResult,
} from '../../engine/index.ts';

export interface LineKey {
  visit: ScenarioVisit;
  expected: ExpectedLine;
  line: VisitLineResult | undefined;
  explanation: LineExplanation | null;
}

export interface AnswerKey {
  /** The claim as submitted, with any codes the coder entered. */
  submitted: ClaimResult;
  /** The engine's own coding of the same visits. */
  coded: ClaimResult;
  /** One entry per line the scenario asks about, in visit order. */
  lines: LineKey[];
  /** The submitted claim's findings, one per rule (the first of each). */
  findings: Finding[];
}

const keys = new Map<string, AnswerKey>();

function buildAnswerKey(scenario: Scenario): AnswerKey {
  const submitted = evaluateClaim(scenarioClaim(scenario), codeTables);
  const coded = evaluateClaim(uncodedClaim(scenario), codeTables);
  const lines: LineKey[] = [];
  for (const visit of scenario.visits) {
    const expected = scenario.expected.lines[visit.id];
    if (!expected) continue;
    const line = coded.lines.find((candidate) => candidate.id === visit.id);
    lines.push({
      visit,
      expected,
      line,
      explanation: line ? explainVisitLine(line, scenario.payer, codeTables) : null,
    });
  }
  const byRule = new Map<string, Finding>();
  for (const finding of submitted.findings)
    if (!byRule.has(finding.rule)) byRule.set(finding.rule, finding);
  return { submitted, coded, lines, findings: [...byRule.values()] };
}

/** The answer key of a scenario (scenarios are fixed, so each is worked out once). */
export function answerKeyFor(scenario: Scenario): AnswerKey {
  let key = keys.get(scenario.id);
  if (!key) keys.set(scenario.id, (key = buildAnswerKey(scenario)));
  return key;
}
