// Checks on condition codes: 21 and the no-payment bill.
import { describe, expect, it } from 'vitest';
import { evaluate, fires, makeClaim, rules } from '../builders.ts';

describe('condition code 21 and the no-payment bill', () => {
  it.each([
    ['0320', [], ['condition-21-missing']],
    ['0320', ['21'], []],
    ['0320', ['D2'], []],
    ['0329', ['21'], ['condition-21-invalid']],
    ['0327', ['D9', '21'], ['condition-21-invalid']],
    ['0341', ['21'], ['condition-21-invalid']],
  ])('type of bill %s with condition codes %j raises %j', (billType, conditionCodes, expected) => {
    const claim = makeClaim({
      billType,
      conditionCodes,
      ...(billType === '0341' ? { visits: [] } : {}),
    });
    const found = rules(evaluate(claim).findings).filter((rule) => rule.startsWith('condition-21'));
    expect(found).toEqual(expected);
  });

  it('accepts D2 on a 0320 that denies a period without an OASIS', () => {
    const claim = makeClaim({ billType: '0320', conditionCodes: ['D2'] });
    expect(rules(evaluate(claim).findings)).not.toContain('claim-change-reason-invalid');
    expect(
      fires(makeClaim({ billType: '0329', conditionCodes: ['D2'] }), 'claim-change-reason-invalid'),
    ).toBe(true);
  });

  it('is a Medicare rule only', () => {
    const claim = makeClaim({ payer: 'bcbsil', billType: '0329', conditionCodes: ['21'] });
    expect(fires(claim, 'condition-21-invalid')).toBe(false);
    expect(fires(makeClaim({ payer: 'bcbsil', billType: '0320' }), 'condition-21-missing')).toBe(
      false,
    );
  });
});
