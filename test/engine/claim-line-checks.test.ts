// Checks on the lines a claim carries besides its visits: the location line before and after
// the Q-codes.
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/engine/index.ts';
import { fires, makeClaim, makeVisit } from '../builders.ts';

describe('location-missing', () => {
  const period2013 = (from: string, through: string, visitDate: string): ClaimInput =>
    makeClaim({
      from,
      through,
      occurrenceCodes: [],
      valueCodes: [{ code: '61', value: '16974.00' }],
      visits: [makeVisit({ date: visitDate, setting: undefined, charge: 150 })],
    });

  it.each([
    ['2013-06-30', period2013('2013-06-30', '2013-08-28', '2013-07-02'), false],
    ['2013-07-01', period2013('2013-07-01', '2013-08-29', '2013-07-02'), true],
  ])('for a period beginning %s: fires %s', (_from, claim, expected) => {
    expect(fires(claim, 'location-missing')).toBe(expected);
  });
});
