import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/data/scenarios.ts';
import { emptyAnswers, gradeQuiz } from '../../../src/features/training/grade-quiz.ts';

const scenario = findScenario('social-work-aide-and-management')!;
const raised = new Set(['credential-not-allowed']);

function gradeV4(hcpcs: string, units: string) {
  const answers = emptyAnswers(scenario);
  answers.lines.V4 = { hcpcs, revenueCode: '0551', units };
  return gradeQuiz(scenario, answers, raised).lines.find((line) => line.visitId === 'V4')!;
}

describe('gradeQuiz', () => {
  it.each([
    ['blank', '', ''],
    ['"none"', 'none', 'none'],
    ['0 units', '', '0'],
  ])('accepts %s for a line no code fits', (_name, hcpcs, units) => {
    expect(gradeV4(hcpcs, units).marks.every((mark) => mark.right)).toBe(true);
  });

  it('marks a code on a line no code fits as wrong', () => {
    const marks = gradeV4('G0300', '2').marks;
    expect(marks.map((mark) => mark.right)).toEqual([false, true, false]);
  });

  it('reads a three-digit revenue code and a lower-case HCPCS code', () => {
    const answers = emptyAnswers(scenario);
    answers.lines.V2 = { hcpcs: ' g0155 ', revenueCode: '561', units: '4' };
    const v2 = gradeQuiz(scenario, answers, raised).lines.find((line) => line.visitId === 'V2')!;
    expect(v2.marks.every((mark) => mark.right)).toBe(true);
  });

  it('does not hold a finding the claim raises against the trainee, but does one it does not', () => {
    const answers = emptyAnswers(scenario);
    answers.findings = ['credential-not-allowed', 'same-day-visits'];
    const withExtra = gradeQuiz(scenario, answers, new Set([...raised, 'same-day-visits']));
    expect(withExtra.findingsRight).toBe(true);
    const wrongExtra = gradeQuiz(scenario, answers, raised);
    expect(wrongExtra.findingsRight).toBe(false);
  });

  it('scores three marks a line and one for the findings', () => {
    const grade = gradeQuiz(scenario, emptyAnswers(scenario), raised);
    expect(grade.total).toBe(4 * 3 + 1);
    // Only V4's blank HCPCS and units are right: nothing fits that line, but it has a revenue code.
    expect(grade.right).toBe(2);
  });
});
