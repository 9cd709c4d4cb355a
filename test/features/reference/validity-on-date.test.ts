import { describe, expect, it } from 'vitest';
import { validityOn } from '../../../src/features/reference/validity-on-date.ts';

describe('validityOn', () => {
  const g0154 = { effectiveTo: '2015-12-31' };
  const g0299 = { effectiveFrom: '2016-01-01' };
  const g0163 = { effectiveFrom: '2011-01-01', effectiveTo: '2016-12-31' };

  it.each([
    ['G0154 on its last day', g0154, '2015-12-31', 'valid'],
    ['G0154 the day after', g0154, '2016-01-01', 'retired'],
    ['G0299 the day before it starts', g0299, '2015-12-31', 'not-yet'],
    ['G0299 on its first day', g0299, '2016-01-01', 'valid'],
    ['G0163 before its start', g0163, '2010-12-31', 'not-yet'],
    ['G0163 inside its dates', g0163, '2014-06-01', 'valid'],
    ['G0163 after its end', g0163, '2017-01-01', 'retired'],
    ['a row without dates', {}, '1999-01-01', 'valid'],
    ['a retired row with no as-of date', g0154, '', 'valid'],
  ] as const)('%s is %s', (_name, row, asOf, expected) => {
    expect(validityOn(row, asOf)).toBe(expected);
  });
});
