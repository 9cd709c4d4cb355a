import { describe, expect, it } from 'vitest';
import { readDate, writeDate } from '../../src/claim-format/read-date.ts';

const period = { from: '2026-01-05', through: '2026-02-03' };
const acrossYearEnd = { from: '2025-12-20', through: '2026-01-18' };

describe('readDate', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['1/5/2026', '2026-01-05'],
    ['01/05/2026', '2026-01-05'],
    ['01/05/26', '2026-01-05'],
    ['1/5/26', '2026-01-05'],
    ['1-5-2026', '2026-01-05'],
    ['2026/01/05', '2026-01-05'],
    ['2026/1/5', '2026-01-05'],
    ['2026-1-5', '2026-01-05'],
    ['20260105', '2026-01-05'],
    ['Jan 5, 2026', '2026-01-05'],
    ['Jan. 5, 2026', '2026-01-05'],
    ['January 5, 2026', '2026-01-05'],
    ['January 5 2026', '2026-01-05'],
    ['JANUARY 5TH, 2026', '2026-01-05'],
    ['5 Jan 2026', '2026-01-05'],
    ['5 January, 2026', '2026-01-05'],
    ['05-Jan-26', '2026-01-05'],
    ['Sept 3, 2026', '2026-09-03'],
    ['Monday, January 5, 2026', '2026-01-05'],
    ['Mon 1/5/2026', '2026-01-05'],
    ['  1/5/2026  ', '2026-01-05'],
    ['1/5/2026 0:00', '2026-01-05'],
    ['2026-01-05 00:00:00', '2026-01-05'],
    ['1/5/2026 12:00:00 AM', '2026-01-05'],
    ['12/31/99', '2099-12-31'],
    ['2/29/2028', '2028-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-01-01', '1900-01-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(readDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['1/5/2026 9:05 AM', '2026-01-05', 'the time 09:05 is left out: this field holds the day only'],
    [
      '2026-01-05T14:30:00',
      '2026-01-05',
      'the time 14:30 is left out: this field holds the day only',
    ],
  ])('reads %j, the date of a date and time, with a note', (text, iso, note) => {
    expect(readDate(text)).toEqual({ ok: true, value: iso, note });
  });

  it.each([
    ['2026-02-30', '"2026-02-30" is not a date: February 2026 has 28 days.'],
    ['2/29/2026', '"2/29/2026" is not a date: February 2026 has 28 days.'],
    ['2100-02-29', '"2100-02-29" is not a date: February 2100 has 28 days.'],
    ['4/31/2026', '"4/31/2026" is not a date: April 2026 has 30 days.'],
    ['1/0/2026', '"1/0/2026" is not a date: there is no day 0.'],
    ['2026-13-01', '"2026-13-01" is not a date: there is no month 13.'],
    ['0/5/2026', '"0/5/2026" is not a date: there is no month 0.'],
    [
      '13/1/2026',
      '"13/1/2026" is not a date: there is no month 13 (dates are read month first: January 13 is 1/13/2026).',
    ],
    ['1899-12-31', '"1899-12-31" is not a date: dates before 1900 are not read.'],
    ['Tue, Jan 5, 2026', '"Tue, Jan 5, 2026" is not a date: 2026-01-05 is a Monday.'],
    ['1/5/202', '"1/5/202" is not a date: write it as 1/5/2026 or 2026-01-05.'],
    ['1.5.2026', '"1.5.2026" is not a date: write it as 1/5/2026 or 2026-01-05.'],
    ['1/5-2026', '"1/5-2026" is not a date: write it as 1/5/2026 or 2026-01-05.'],
    ['Ja 5, 2026', '"Ja 5, 2026" is not a date: write it as 1/5/2026 or 2026-01-05.'],
    ['Ma 5, 2026', '"Ma 5, 2026" is not a date: write it as 1/5/2026 or 2026-01-05.'],
    ['1/5/2026 25:00', '"1/5/2026 25:00" is not a date: write it as 1/5/2026 or 2026-01-05.'],
    ['next Tuesday', '"next Tuesday" is not a date: write it as 1/5/2026 or 2026-01-05.'],
    ['', 'Nothing is entered.'],
  ])('refuses %j, saying why', (text, problem) => {
    expect(readDate(text, period)).toEqual({ ok: false, problem });
  });

  describe('a date without a year', () => {
    const fromPeriod = (year: string) => `the year ${year} is taken from the claim period`;

    it.each([
      ['1/5', period, '2026-01-05', '2026'],
      ['Jan 5', period, '2026-01-05', '2026'],
      ['5 Jan', period, '2026-01-05', '2026'],
      ['2/3', period, '2026-02-03', '2026'],
      ['12/20', acrossYearEnd, '2025-12-20', '2025'],
      ['12/31', acrossYearEnd, '2025-12-31', '2025'],
      ['1/1', acrossYearEnd, '2026-01-01', '2026'],
      ['1/18', acrossYearEnd, '2026-01-18', '2026'],
      ['2/29', { from: '2028-02-01', through: '2028-03-01' }, '2028-02-29', '2028'],
      ['1/10', { from: '2026-01-05' }, '2026-01-10', '2026'],
      ['1/10', { through: '2026-02-03' }, '2026-01-10', '2026'],
    ])('reads %j in %j as %s', (text, claimPeriod, iso, year) => {
      expect(readDate(text, claimPeriod)).toEqual({ ok: true, value: iso, note: fromPeriod(year) });
    });

    it.each([
      [
        '1/4',
        period,
        '"1/4" has no year and falls outside the claim period (2026-01-05 to 2026-02-03): write the year too (1/4/2026).',
      ],
      [
        '2/4',
        period,
        '"2/4" has no year and falls outside the claim period (2026-01-05 to 2026-02-03): write the year too (2/4/2026).',
      ],
      [
        '12/19',
        acrossYearEnd,
        '"12/19" has no year and falls outside the claim period (2025-12-20 to 2026-01-18): write the year too (12/19/2025).',
      ],
      [
        '1/19',
        acrossYearEnd,
        '"1/19" has no year and falls outside the claim period (2025-12-20 to 2026-01-18): write the year too (1/19/2025).',
      ],
      [
        '1/4',
        { from: '2026-01-05' },
        '"1/4" has no year and falls outside the claim period (from 2026-01-05): write the year too (1/4/2026).',
      ],
      ['2/29', period, '"2/29" is not a date: February 2026 has 28 days.'],
      [
        '1/5',
        {},
        '"1/5" has no year, and the claim period is not entered yet: write the year too (1/5/YYYY), or enter the period first.',
      ],
      [
        '1/5',
        { from: 'soon', through: '' },
        '"1/5" has no year, and the claim period is not entered yet: write the year too (1/5/YYYY), or enter the period first.',
      ],
      [
        '1/5',
        { from: '2025-01-01', through: '2026-12-31' },
        '"1/5" has no year and could be 2025-01-05 or 2026-01-05 in the claim period: write the year too (1/5/2025).',
      ],
    ])('refuses %j in %j rather than guess', (text, claimPeriod, problem) => {
      expect(readDate(text, claimPeriod)).toEqual({ ok: false, problem });
    });
  });
});

describe('writeDate', () => {
  it('writes the date as stored, ISO YYYY-MM-DD', () => {
    expect(writeDate('2026-01-05')).toBe('2026-01-05');
  });
});
