import { describe, expect, it } from 'vitest';
import { areTablesStale, oneYearBefore } from '../../../src/features/reference/stale-tables.ts';

describe('oneYearBefore', () => {
  it('gives the same day a year earlier', () => {
    expect(oneYearBefore('2026-11-23')).toBe('2025-11-23');
  });

  it('gives 28 February for 29 February', () => {
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('areTablesStale', () => {
  it.each([
    ['reviewed today', '2026-11-23', '2026-11-23', false],
    ['reviewed exactly a year ago', '2025-11-23', '2026-11-23', false],
    ['reviewed a year and a day ago', '2025-11-22', '2026-11-23', true],
    ['reviewed years ago', '2020-01-01', '2026-11-23', true],
    ['reviewed on 28 Feb, today 29 Feb a year on', '2027-02-28', '2028-02-29', false],
    ['reviewed on 27 Feb, today 29 Feb a year on', '2027-02-27', '2028-02-29', true],
  ])('%s: reviewed %s, today %s → %s', (_name, reviewedOn, today, expected) => {
    expect(areTablesStale(reviewedOn, today)).toBe(expected);
  });

  it('treats a missing review date as stale', () => {
    expect(areTablesStale('', '2026-11-23')).toBe(true);
  });

  it('says nothing when today is not a date', () => {
    expect(areTablesStale('2020-01-01', 'not a date')).toBe(false);
  });
});
