// Checks on occurrence codes: the discharge codes 61 and 62, and span codes entered as
// occurrence codes.
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import type { ClaimInput } from '../../src/engine/index.ts';
import { episode2019, evaluate, findingsOf, fires, makeClaim, rules } from '../builders.ts';

const assessment = { code: '50', date: '2026-03-09' };

describe('discharge occurrence codes 61 and 62', () => {
  const withDischarge = (code: string, date: string, overrides: Partial<ClaimInput> = {}) =>
    makeClaim({ occurrenceCodes: [assessment, { code, date }], ...overrides });

  it.each([
    ['2026-02-22', 'fifteen days before From', true],
    ['2026-02-23', 'fourteen days before From', false],
    ['2026-03-08', 'the day before From', false],
    ['2026-03-09', 'the From date', false],
    ['2026-03-10', 'the day after From', true],
  ])('61 dated %s (%s): fires %s', (date, _name, expected) => {
    expect(fires(withDischarge('61', date), 'occurrence-61-62-window')).toBe(expected);
    const initial = withDischarge('62', date, { admissionDate: '2026-03-09' });
    expect(fires(initial, 'occurrence-61-62-window')).toBe(expected);
  });

  it('points at the date and names the 14-day window', () => {
    const [finding] = findingsOf(withDischarge('61', '2026-02-22'), 'occurrence-61-62-window');
    expect(finding).toMatchObject({ severity: 'error', field: 'occurrenceCodes[1].date' });
    expect(finding?.message).toBe(
      'Occurrence code 61 is dated 2026-02-22, 15 days before the From date (2026-03-09); only a discharge in the 14 days before the From date or on it (2026-02-23 to 2026-03-09) is reported. Remove the code, or correct the date.',
    );
  });

  it('does not check periods before 2020 or other types of bill', () => {
    const before = episode2019(5, { occurrenceCodes: [{ code: '61', date: '2019-09-01' }] });
    expect(fires(before, 'occurrence-61-62-window')).toBe(false);
    const cancel = withDischarge('61', '2026-01-01', { billType: '0328', conditionCodes: ['D6'] });
    expect(fires(cancel, 'occurrence-61-62-window')).toBe(false);
  });

  it.each([
    ['no admission date', undefined, false],
    ['the admission on the From date', '2026-03-09', false],
    ['the admission before the From date', '2026-02-07', true],
  ])('62 with %s: occurrence-62-later-period fires %s', (_name, admissionDate, expected) => {
    const claim = withDischarge('62', '2026-03-01', { admissionDate });
    expect(fires(claim, 'occurrence-62-later-period')).toBe(expected);
    expect(fires(claim, 'occurrence-61-62-window')).toBe(false);
  });

  it('accepts 61 on a later period', () => {
    const claim = withDischarge('61', '2026-03-01', { admissionDate: '2026-02-07' });
    expect(rules(evaluate(claim).findings)).toEqual([]);
  });
});

describe('occurrence-span-as-occurrence', () => {
  const spanCodes = codeTables.occurrenceCodes.filter((row) => row.span).map((row) => row.code);

  it('has span codes to check', () => {
    expect(spanCodes).toEqual(expect.arrayContaining(['74', '76', 'M0']));
  });

  it.each(spanCodes)('warns about span code %s entered with one date', (code) => {
    for (const payer of ['medicare', 'bcbsil'] as const) {
      const claim = makeClaim({
        payer,
        occurrenceCodes: [assessment, { code, date: '2026-03-15' }],
      });
      const [finding] = findingsOf(claim, 'occurrence-span-as-occurrence');
      expect(finding).toMatchObject({ severity: 'warning', field: 'occurrenceCodes[1].code' });
      expect(finding?.message).toMatch(/\(FL 35-36\) with its from and through dates/);
    }
  });

  it.each(codeTables.occurrenceCodes.filter((row) => !row.span).map((row) => row.code))(
    'stays quiet on occurrence code %s',
    (code) => {
      const claim = makeClaim({ occurrenceCodes: [assessment, { code, date: '2026-03-05' }] });
      expect(fires(claim, 'occurrence-span-as-occurrence')).toBe(false);
    },
  );
});
