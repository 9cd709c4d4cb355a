import { describe, expect, it } from 'vitest';
import { evaluate, makeClaim, makeVisit } from '../builders.ts';

function invalidInputs(claim: Parameters<typeof evaluate>[0]) {
  return evaluate(claim)
    .findings.filter((finding) => finding.rule === 'invalid-input')
    .map((finding) => ({ field: finding.field, message: finding.message }));
}

describe('claim remarks (FL 80)', () => {
  it('are read as free text with no finding', () => {
    expect(invalidInputs(makeClaim({ remarks: 'D9: units corrected on 3/12' }))).toEqual([]);
  });

  it.each([
    [80, []],
    [
      81,
      [
        {
          field: 'claim.remarks',
          message: expect.stringMatching(/^Remarks hold at most 80 characters; these have 81/),
        },
      ],
    ],
  ])('with %i characters give %j', (length, findings) => {
    expect(invalidInputs(makeClaim({ remarks: 'x'.repeat(length) }))).toEqual(findings);
  });

  it('point at the Remarks field when they are not text', () => {
    const [finding] = invalidInputs(makeClaim({ remarks: 12 as unknown as string }));
    expect(finding).toBeUndefined();
    const [list] = invalidInputs(makeClaim({ remarks: ['a'] as unknown as string }));
    expect(list?.message).toMatch(/^Expected text; got a list\./);
  });
});

describe('visit line modifiers', () => {
  it.each([
    ['KX GP', ['KX', 'GP']],
    [
      ['kx', 'gp'],
      ['KX', 'GP'],
    ],
    ['KX,GP,59,XU', ['KX', 'GP', '59', 'XU']],
  ] as const)('%j goes on the claim line as %j', (modifiers, onLine) => {
    const result = evaluate(
      makeClaim({
        visits: [makeVisit({ charge: 150, modifiers: modifiers as string | string[] })],
      }),
    );
    expect(result.findings.filter((finding) => finding.rule === 'invalid-input')).toEqual([]);
    expect(result.claimLines.find((line) => line.kind === 'visit')?.modifiers).toEqual(onLine);
  });

  it('leaves a line without modifiers without them', () => {
    const result = evaluate(makeClaim());
    expect(result.claimLines.find((line) => line.kind === 'visit')?.modifiers).toBeUndefined();
  });

  it.each([
    ['K', /^"K" is not a modifier: each is two letters or digits/],
    ['KX GP 59 XU 76', /^5 modifiers are entered; a claim line holds at most 4\./],
    [[{}], /^Expected modifiers such as "KX GP"; got a list\./],
  ] as const)('%j gives invalid-input: %s', (modifiers, message) => {
    const findings = invalidInputs(
      makeClaim({ visits: [makeVisit({ modifiers: modifiers as unknown as string })] }),
    );
    expect(findings).toEqual([
      { field: 'visits[0].modifiers', message: expect.stringMatching(message) },
    ]);
  });
});
