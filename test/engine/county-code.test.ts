// Value code 85 keyed every way the MACs describe reads as one county code: Palmetto's reason
// code 37257 page (08019 as 801900 or 8019.00) and CGS's value code 85 article (19153 as 1915300
// or 19153.00).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyedCountyCode, readCountyCode } from '../../src/engine/county-code.ts';
import { evaluate, makeClaim, makeVisit } from '../builders.ts';

describe('readCountyCode', () => {
  it.each([
    ['19153', '19153'],
    ['19153.00', '19153'],
    ['19153.0', '19153'],
    ['1915300', '19153'],
    ['8019.00', '08019'],
    ['801900', '08019'],
    ['8019', '08019'],
    ['08019', '08019'],
    ['08019.00', '08019'],
    [' 17031 ', '17031'],
    ['170311', null],
    ['19153.50', null],
    ['801', null],
    ['191530000', null],
    ['17 031', null],
    ['', null],
  ])('reads %j as %j', (value, fips) => {
    expect(readCountyCode(value)).toBe(fips);
  });

  it('reads back every way the MACs key any county code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 99999 }), (number) => {
        const fips = String(number).padStart(5, '0');
        const keyed = keyedCountyCode(fips);
        for (const form of [fips, keyed, keyed.replace('.', '')])
          expect(readCountyCode(form)).toBe(fips);
      }),
    );
  });
});

describe('the county code in the result', () => {
  it.each([
    ['8019.00', '08019'],
    ['801900', '08019'],
    ['1915300', '19153'],
    ['COOK', null],
  ])('value code 85 keyed %j gives county %j', (value, countyCode) => {
    const claim = makeClaim({
      valueCodes: [
        { code: '61', value: '16974.00' },
        { code: '85', value },
      ],
    });
    expect(evaluate(claim).countyCode).toBe(countyCode);
  });

  it('is null without value code 85', () => {
    expect(evaluate(makeClaim({ valueCodes: [] })).countyCode).toBeNull();
  });
});

describe('value-code-85-missing on the no-payment bill (CR 13543, Palmetto summary, unverified)', () => {
  it.each([
    ['0329 period claim', '0329', ['50'], '2026-03-09', '2026-04-07', true],
    ['0320 with services from 2024-10-01', '0320', ['21'], '2024-10-01', '2024-10-30', true],
    ['0320 ending 2024-09-30', '0320', ['21'], '2024-09-01', '2024-09-30', false],
    ['032A notice of admission', '032A', [], '2026-03-09', '2026-03-09', false],
    ['0328 cancel', '0328', ['D6'], '2026-03-09', '2026-04-07', false],
  ])('%s without value code 85: fires %s', (_name, billType, codes, from, through, fires) => {
    const claim = makeClaim({
      billType,
      conditionCodes: codes.filter((code) => code !== '50'),
      from,
      through,
      valueCodes: [{ code: '61', value: '16974.00' }],
      visits: [makeVisit({ date: from, charge: 150 })],
    });
    const found = evaluate(claim).findings.filter((f) => f.rule === 'value-code-85-missing');
    expect(found.length > 0).toBe(fires);
  });

  it('stays quiet on a 0320 with value code 85', () => {
    const claim = makeClaim({ billType: '0320', conditionCodes: ['21'] });
    expect(evaluate(claim).findings.map((f) => f.rule)).not.toContain('value-code-85-missing');
  });
});
