// Claim change reasons by type of bill, as Pub. 100-04 ch. 1 §130.1.2.2 and CGS's chart list
// them: D7 (make Medicare secondary) and D8 (make Medicare primary) adjust a claim, like D0-D4,
// D9 and E0, so they go on 0327; D5 and D6 cancel, on 0328.
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/engine/index.ts';
import { evaluate, makeClaim, rules } from '../builders.ts';

const reasonRules = [
  'claim-change-reason-missing',
  'claim-change-reason-invalid',
  'condition-code-unknown',
];

function reasonFindings(claim: ClaimInput): string[] {
  return rules(evaluate(claim).findings).filter((rule) => reasonRules.includes(rule));
}

describe('claim change reasons D7 and D8', () => {
  it.each([
    ['accepts D7 on an adjustment (0327)', '0327', ['D7'], []],
    ['accepts D8 on an adjustment (0327)', '0327', ['D8'], []],
    ['rejects D7 on a cancel (0328)', '0328', ['D7'], ['claim-change-reason-invalid']],
    ['rejects D8 on a final claim (0329)', '0329', ['D8'], ['claim-change-reason-invalid']],
    [
      'asks for a reason on an adjustment (0327) without one',
      '0327',
      [],
      ['claim-change-reason-missing'],
    ],
  ])('%s', (_name, billType, conditionCodes, expected) => {
    expect(reasonFindings(makeClaim({ billType, conditionCodes }))).toEqual(expected);
  });

  it('lists every reason of the type of bill, D7 and D8 included, when none is given', () => {
    const finding = evaluate(makeClaim({ billType: '0327' })).findings.find(
      (found) => found.rule === 'claim-change-reason-missing',
    );
    expect(finding?.message).toBe(
      'Type of bill 0327 needs a claim change reason code in the condition codes (D0, D1, D2, D4, D7, D8, D9 or E0).',
    );
    const cancel = evaluate(makeClaim({ billType: '0328' })).findings.find(
      (found) => found.rule === 'claim-change-reason-missing',
    );
    expect(cancel?.message).toMatch(/\(D5 or D6\)\.$/);
  });
});

describe('remarks-missing-for-d9 (CGS reason code 37541)', () => {
  it.each([
    ['D9 without Remarks', ['D9'], undefined, true],
    ['D9 with blank Remarks', ['D9'], '   ', true],
    ['D9 with Remarks', ['D9'], 'Added a missed aide visit on 2026-03-20.', false],
    ['D2 without Remarks', ['D2'], undefined, false],
  ])('%s: fires %s', (_name, conditionCodes, remarks, fires) => {
    const claim = makeClaim({
      billType: '0327',
      conditionCodes,
      ...(remarks === undefined ? {} : { remarks }),
    });
    const found = evaluate(claim).findings.filter((f) => f.rule === 'remarks-missing-for-d9');
    expect(found.length > 0).toBe(fires);
    if (fires) expect(found[0]).toMatchObject({ severity: 'error', field: 'claim.remarks' });
  });
});
