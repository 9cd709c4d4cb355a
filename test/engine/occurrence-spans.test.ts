import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/engine/index.ts';
import { evaluate, makeClaim, rules } from '../builders.ts';

const withSpans = (occurrenceSpanCodes: unknown): ClaimInput =>
  makeClaim({ occurrenceSpanCodes } as Partial<ClaimInput>);

/** The invalid-input findings about span fields: [field, message]. */
function spanProblems(occurrenceSpanCodes: unknown): [string | undefined, string][] {
  return evaluate(withSpans(occurrenceSpanCodes))
    .findings.filter(
      (finding) =>
        finding.rule === 'invalid-input' && finding.target?.field === 'occurrenceSpanCodes',
    )
    .map((finding) => [finding.field, finding.message]);
}

describe('occurrence span codes (FL 35-36)', () => {
  it('reads a span with its dates, and a clean claim stays clean', () => {
    const result = evaluate(
      withSpans([{ code: ' 74 ', from: '2026-03-20', through: '2026-03-22' }]),
    );
    expect(result.findings).toEqual([]);
  });

  it.each([
    [
      [{ code: '74', through: '2026-03-22' }],
      'occurrenceSpanCodes[0].from',
      /^Enter the first day span 74 covers/,
    ],
    [
      [{ code: '74', from: '2026-03-20', through: '' }],
      'occurrenceSpanCodes[0].through',
      /^Enter the last day span 74 covers/,
    ],
    [
      [{ code: '74', from: '2026-03-22', through: '2026-03-20' }],
      'occurrenceSpanCodes[0].through',
      /^Span 74 ends \(2026-03-20\) before it begins \(2026-03-22\)/,
    ],
    [
      [{ code: '74', from: '2026-02-30', through: '2026-03-02' }],
      'occurrenceSpanCodes[0].from',
      /February 2026 has 28 days/,
    ],
    [
      [{ code: 'seven', from: '2026-03-20', through: '2026-03-22' }],
      'occurrenceSpanCodes[0].code',
      /^Expected a two-character occurrence span code such as 74; got "seven"/,
    ],
    ['74', 'claim.occurrenceSpanCodes', /^Expected a list of \{code, from, through\}/],
    [[17], 'occurrenceSpanCodes[0]', /^Expected \{code, from, through\}; got 17/],
  ])('names the field and what is wrong: %j', (spans, field, message) => {
    const problems = spanProblems(spans);
    expect(problems).toHaveLength(1);
    expect(problems[0]![0]).toBe(field);
    expect(problems[0]![1]).toMatch(message);
  });

  it('still evaluates the rest of the claim when a span cannot be read', () => {
    const result = evaluate(withSpans([{ code: '74', from: 'soon', through: '2026-03-22' }]));
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]?.hcpcs).toBe('G0299');
  });

  it('sends an occurrence code entered as a span back to the occurrence codes', () => {
    const [finding] = evaluate(
      withSpans([{ code: '50', from: '2026-03-09', through: '2026-03-09' }]),
    ).findings;
    expect(finding?.rule).toBe('occurrence-span-code-unknown');
    expect(finding?.message).toMatch(/50 .* is an occurrence code, with one date, not a span code/);
    expect(finding?.field).toBe('occurrenceSpanCodes[0].code');
  });

  it('points at the date that leaves the period', () => {
    const early = evaluate(
      withSpans([{ code: '74', from: '2026-03-08', through: '2026-03-10' }]),
    ).findings;
    expect(rules(early)).toEqual(['occurrence-span-outside-period']);
    expect(early[0]?.field).toBe('occurrenceSpanCodes[0].from');
    expect(early[0]?.message).toMatch(/starting before the period \(From 2026-03-09\)/);
  });

  it('asks for M0 with condition code C3, on Medicare claims only', () => {
    expect(rules(evaluate(makeClaim({ conditionCodes: ['C3'] })).findings)).toEqual([
      'condition-c3-needs-m0',
    ]);
    const bcbsil = evaluate(
      makeClaim({ payer: 'bcbsil', hipps: undefined, valueCodes: [], conditionCodes: ['C3'] }),
    ).findings;
    expect(rules(bcbsil)).not.toContain('condition-c3-needs-m0');
  });

  it('points the span warning on an occurrence code at the span fields that now exist', () => {
    const [finding] = evaluate(
      makeClaim({
        occurrenceCodes: [
          { code: '50', date: '2026-03-09' },
          { code: '74', date: '2026-03-20' },
        ],
      }),
    ).findings;
    expect(finding?.rule).toBe('occurrence-span-as-occurrence');
    expect(finding?.message).toMatch(/Enter it under Occurrence span codes/);
  });
});
