import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from '../../src/engine/index.ts';

describe('isIsoDate', () => {
  it.each([
    ['2026-03-10', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-01-01', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['1899-12-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-04-00', false],
    ['2026-1-01', false],
    ['2026/03/10', false],
    ['2026-03-1a', false],
    ['2026-03-10 ', false],
    ['２０２６-03-10', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('is false for values that are not text', () => {
    for (const value of [20260310, null, undefined, {}, ['2026-03-10']])
      expect(isIsoDate(value)).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i day is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});
