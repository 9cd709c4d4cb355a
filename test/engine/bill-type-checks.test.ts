// Checks on the type of bill: the 034x revenue code rule kept to Medicare, and 034x bills
// across a year end.
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/engine/index.ts';
import {
  evaluate,
  findingsOf,
  fires,
  makeClaim,
  makeVisit,
  rules,
  visitsFrom,
} from '../builders.ts';

describe('revenue-not-valid-on-bill-type', () => {
  const bcbsil = (overrides: Partial<ClaimInput>): ClaimInput =>
    makeClaim({ payer: 'bcbsil', hipps: undefined, valueCodes: [], ...overrides });
  const vaccine = {
    id: 'D1',
    revenueCode: '0636',
    hcpcs: 'J3110',
    date: '2026-03-10',
    units: 1,
    charge: 40,
  };

  it('stays quiet on a BCBSIL 0341 nursing visit, which RP005 allows', () => {
    const claim = bcbsil({
      billType: '0341',
      from: '2026-03-09',
      through: '2026-03-15',
      visits: [makeVisit({ id: 'v1', date: '2026-03-09', minutes: 60 })],
    });
    expect(rules(evaluate(claim).findings)).not.toContain('revenue-not-valid-on-bill-type');
  });

  it.each([
    ['a Medicare 0329 claim', makeClaim({ items: [vaccine] }), true],
    ['a BCBSIL 0329 claim', bcbsil({ items: [vaccine] }), false],
    ['a Medicare 0341 claim', makeClaim({ billType: '0341', visits: [], items: [vaccine] }), false],
  ])('checks a 0636 item on %s: fires %s', (_name, claim, expected) => {
    const found = findingsOf(claim, 'revenue-not-valid-on-bill-type');
    expect(found.some((finding) => finding.lineId === 'D1')).toBe(expected);
  });
});

describe('bill-034x-spans-years', () => {
  const partB = (from: string, through: string, overrides: Partial<ClaimInput> = {}) =>
    makeClaim({
      billType: '0341',
      from,
      through,
      visits: [],
      items: [{ id: 'S1', revenueCode: '0270', date: from, units: 1, charge: 12 }],
      ...overrides,
    });

  it.each([
    ['2025-12-15', '2025-12-31', false],
    ['2025-12-15', '2026-01-01', true],
    ['2026-01-01', '2026-01-31', false],
    ['2025-01-01', '2026-12-31', true],
  ])('from %s through %s: fires %s', (from, through, expected) => {
    expect(fires(partB(from, through), 'bill-034x-spans-years')).toBe(expected);
  });

  it('says where to split the bill', () => {
    const [finding] = findingsOf(partB('2025-12-15', '2026-01-10'), 'bill-034x-spans-years');
    expect(finding?.message).toMatch(
      /Split it into a bill ending 2025-12-31 and one starting 2026-01-01\.$/,
    );
  });

  it('leaves 032x periods and BCBSIL bills alone', () => {
    const period = makeClaim({
      from: '2025-12-20',
      through: '2026-01-18',
      occurrenceCodes: [{ code: '50', date: '2025-12-20' }],
      visits: visitsFrom('2025-12-22', 2),
    });
    expect(fires(period, 'bill-034x-spans-years')).toBe(false);
    const bcbsil = partB('2025-12-15', '2026-01-10', { payer: 'bcbsil' });
    expect(fires(bcbsil, 'bill-034x-spans-years')).toBe(false);
  });
});
