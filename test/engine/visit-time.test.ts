import { describe, expect, it } from 'vitest';
import { evaluateVisit } from '../builders.ts';

describe('visit time', () => {
  it('counts start and end times', () => {
    expect(evaluateVisit({ minutes: undefined, start: '09:10', end: '10:05' }).minutes).toBe(55);
  });

  it('dates a visit that crosses midnight on the day it ended', () => {
    const line = evaluateVisit({
      minutes: undefined,
      date: '2026-03-10',
      start: '23:40',
      end: '00:25',
    });
    expect([line.date, line.minutes, line.units, line.basis.endsNextDay]).toEqual([
      '2026-03-11',
      45,
      3,
      true,
    ]);
  });

  it('dates a visit crossing midnight at the month end on the first of the next month', () => {
    expect(
      evaluateVisit(
        { minutes: undefined, date: '2026-03-31', start: '23:00', end: '01:00' },
        { through: '2026-04-07' },
      ).date,
    ).toBe('2026-04-01');
  });

  // Minutes are the time with the patient in the home; travel is recorded beside them.
  it.each([
    ['Medicare', 'medicare', { minutes: 30, travelMinutes: 25 }, 30, 2],
    ['Medicare, more travel than visit', 'medicare', { minutes: 20, travelMinutes: 30 }, 20, 1],
    ['BCBSIL', 'bcbsil', { minutes: 91, travelMinutes: 40 }, 91, 2],
    [
      'Medicare, by start and end',
      'medicare',
      { minutes: undefined, start: '09:00', end: '09:30', travelMinutes: 25 },
      30,
      2,
    ],
  ] as const)('never takes travel from the minutes (%s)', (_name, payer, visit, minutes, units) => {
    const line = evaluateVisit(visit, { payer });
    expect([line.minutes, line.units, line.basis.travelMinutesExcluded]).toEqual([
      minutes,
      units,
      visit.travelMinutes,
    ]);
    expect(line.basis.totalMinutes).toBe(minutes);
  });

  it('counts documentation in the home for Medicare', () => {
    const line = evaluateVisit({ minutes: 60, documentationMinutes: 15 });
    expect([line.minutes, line.units, line.basis.documentationMinutesCounted]).toEqual([60, 4, 15]);
  });

  it('does not count documentation for BCBSIL', () => {
    const line = evaluateVisit({ minutes: 100, documentationMinutes: 15 }, { payer: 'bcbsil' });
    expect([line.minutes, line.units, line.basis.documentationMinutesExcluded]).toEqual([
      85, 1, 15,
    ]);
  });

  it('never excludes more documentation than the visit lasted', () => {
    const line = evaluateVisit({ minutes: 20, documentationMinutes: 30 }, { payer: 'bcbsil' });
    expect([line.minutes, line.basis.documentationMinutesExcluded]).toEqual([0, 20]);
  });

  it('sums activities when no total is given', () => {
    expect(
      evaluateVisit({
        minutes: undefined,
        activities: [
          { service: 'direct', minutes: 30 },
          { service: 'training', minutes: 10 },
        ],
      }).minutes,
    ).toBe(40);
  });

  it('asks for the time when none is given', () => {
    const line = evaluateVisit({ minutes: undefined });
    expect(line.units).toBe(0);
    expect(line.findings.map((f) => f.message)).toContain(
      'Enter the minutes, or start and end times, so units can be counted.',
    );
  });
});

describe('clock times', () => {
  it.each([
    ['7:05', '8:05', 60],
    ['07:05', '08:20', 75],
    [' 9:30 ', '10:00', 30],
    ['00:00', '23:59', 1439],
  ])('reads start %s and end %s as %i minutes', (start, end, minutes) => {
    expect(evaluateVisit({ minutes: undefined, start, end }).minutes).toBe(minutes);
  });

  it.each(['24:00', '12:60', '1230', '7:5', '12:3a', 'noon', '-1:00', '123:00'])(
    'rejects start time %s, naming the field',
    (start) => {
      const line = evaluateVisit({ minutes: undefined, start, end: '10:00' });
      expect(line.findings.find((f) => f.rule === 'invalid-input')?.field).toBe('visits[0].start');
    },
  );
});
