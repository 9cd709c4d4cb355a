// Marks a trainee's answers against a scenario's expected coding: each line's HCPCS, revenue
// code and units is one mark; naming the claim's findings is one more.
import type { ExpectedLine, Scenario } from '../../data/scenario-schema.ts';

export interface LineAnswer {
  hcpcs: string;
  revenueCode: string;
  units: string;
}

export interface QuizAnswers {
  lines: Record<string, LineAnswer>;
  findings: string[];
}

export type AnswerField = keyof LineAnswer;

export interface Mark {
  field: AnswerField;
  given: string;
  /** The right answer, as words ("G0299", "none"). */
  expected: string;
  right: boolean;
}

export interface LineGrade {
  visitId: string;
  marks: Mark[];
}

export interface FindingGrade {
  id: string;
  named: boolean;
  /** The scenario says the claim raises it. */
  expected: boolean;
  right: boolean;
}

export interface QuizGrade {
  lines: LineGrade[];
  findings: FindingGrade[];
  findingsRight: boolean;
  right: number;
  total: number;
}

const NONE_WORDS = new Set(['', 'NONE', 'NO', 'N/A', 'NA', '-', '—', 'NULL']);

export function emptyAnswers(scenario: Scenario): QuizAnswers {
  const lines: Record<string, LineAnswer> = {};
  for (const visitId of Object.keys(scenario.expected.lines))
    lines[visitId] = { hcpcs: '', revenueCode: '', units: '' };
  return { lines, findings: [] };
}

function readCode(text: string): string | null {
  const code = text.replace(/\s+/g, '').toUpperCase();
  return NONE_WORDS.has(code) ? null : code;
}

function readRevenueCode(text: string): string | null {
  const code = readCode(text);
  return code !== null && /^\d{3}$/.test(code) ? `0${code}` : code;
}

function readUnits(text: string): number | null {
  const value = readCode(text);
  if (value === null) return null;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

function markLine(expected: ExpectedLine, answer: LineAnswer): Mark[] {
  const units = readUnits(answer.units);
  return [
    {
      field: 'hcpcs',
      given: answer.hcpcs.trim(),
      expected: expected.hcpcs ?? 'none',
      right: readCode(answer.hcpcs) === expected.hcpcs,
    },
    {
      field: 'revenueCode',
      given: answer.revenueCode.trim(),
      expected: expected.revenueCode ?? 'none',
      right: readRevenueCode(answer.revenueCode) === expected.revenueCode,
    },
    {
      field: 'units',
      given: answer.units.trim(),
      expected: expected.units === null ? 'none' : String(expected.units),
      // A line with nothing to bill: blank, "none" or 0 are all right.
      right: expected.units === null ? units === null || units === 0 : units === expected.units,
    },
  ];
}

/**
 * `raised` are the finding ids the claim as submitted actually raises: naming one of those the
 * scenario does not list is not held against the trainee; naming one it does not raise is.
 */
export function gradeQuiz(
  scenario: Scenario,
  answers: QuizAnswers,
  raised: ReadonlySet<string>,
): QuizGrade {
  const lines = Object.entries(scenario.expected.lines).map(([visitId, expected]) => ({
    visitId,
    marks: markLine(expected, answers.lines[visitId] ?? { hcpcs: '', revenueCode: '', units: '' }),
  }));
  const named = new Set(answers.findings);
  const expectedIds = new Set(scenario.expected.findings);
  const findings: FindingGrade[] = [
    ...scenario.expected.findings.map((id) => ({
      id,
      named: named.has(id),
      expected: true,
      right: named.has(id),
    })),
    ...answers.findings
      .filter((id) => !expectedIds.has(id))
      .map((id) => ({ id, named: true, expected: false, right: raised.has(id) })),
  ];
  const findingsRight = findings.every((finding) => finding.right);
  let right = findingsRight ? 1 : 0;
  let total = 1;
  for (const line of lines)
    for (const mark of line.marks) {
      total += 1;
      if (mark.right) right += 1;
    }
  return { lines, findings, findingsRight, right, total };
}
