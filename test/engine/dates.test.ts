import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from '../../src/engine/index.ts';
import { evaluateVisit } from '../builders.ts';

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

describe('a date shaped YYYY-MM-DD that is not on the calendar', () => {
  it.each([
    ['2026-02-30', 'is not a real date: February 2026 has 28 days.'],
    ['2024-02-30', 'is not a real date: February 2024 has 29 days.'],
    ['2026-04-31', 'is not a real date: April 2026 has 30 days.'],
    ['2026-13-01', 'is not a real date: there is no month 13.'],
    ['2026-00-10', 'is not a real date: there is no month 0.'],
    ['1899-12-31', 'is too early; dates before 1900 are not accepted.'],
  ])('%s: says %s, naming the field', (date, reason) => {
    const finding = evaluateVisit({ date }).findings.find(
      (entry) => entry.field === 'visits[0].date',
    );
    expect(finding?.rule).toBe('invalid-input');
    expect(finding?.message).toContain(`"${date}" ${reason}`);
  });

  it.each(['10/03/2026', '2026-3-10', 'tomorrow'])('%s: asks for YYYY-MM-DD', (date) => {
    const finding = evaluateVisit({ date }).findings.find(
      (entry) => entry.field === 'visits[0].date',
    );
    expect(finding?.message).toContain('Expected a date as YYYY-MM-DD');
  });
});
