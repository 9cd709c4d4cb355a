import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import { explainVisitLine } from '../../src/engine/index.ts';
import { evaluateVisit } from '../builders.ts';

describe('explainVisitLine time steps', () => {
  it('lists documentation Medicare counts as included in the visit’s minutes, not added', () => {
    const line = evaluateVisit({ minutes: 60, documentationMinutes: 10 });
    expect(line.basis.documentationMinutesCounted).toBe(10);
    const time = explainVisitLine(line, 'medicare', codeTables).time;
    expect(time.steps).toEqual([
      expect.objectContaining({
        label: 'Documentation in the home',
        effect: 'included',
        partMinutes: 10,
        minutes: 0,
        reason: expect.stringContaining(
          'these 10 minutes are part of the 60 minutes in the visit, so they are counted, not added',
        ) as unknown,
      }),
    ]);
    expect([time.totalMinutes, time.countedMinutes]).toEqual([60, 60]);
  });

  it('lists documentation a payer does not count as excluded, taken off, and travel beside the visit', () => {
    const line = evaluateVisit(
      { minutes: 90, travelMinutes: 15, documentationMinutes: 10 },
      { payer: 'bcbsil' },
    );
    const time = explainVisitLine(line, 'bcbsil', codeTables).time;
    const steps = time.steps.map(({ label, effect, partMinutes, minutes }) => ({
      label,
      effect,
      partMinutes,
      minutes,
    }));
    expect(steps).toEqual([
      { label: 'Travel', effect: 'beside', partMinutes: 15, minutes: 0 },
      { label: 'Documentation', effect: 'excluded', partMinutes: 10, minutes: -10 },
    ]);
    expect([time.totalMinutes, time.countedMinutes]).toEqual([90, 80]);
    // The minutes counted are the visit's less every excluded step, plus nothing for the others.
    expect(time.countedMinutes).toBe(
      time.totalMinutes + time.steps.reduce((sum, step) => sum + step.minutes, 0),
    );
  });
});

describe('the travel step', () => {
  it("says Medicare's travel exclusion is this tool's reading, not the manual's words", () => {
    const line = evaluateVisit({ minutes: 50, travelMinutes: 15 });
    const travel = explainVisitLine(line, 'medicare', codeTables).time.steps.find(
      (step) => step.label === 'Travel',
    );
    expect(travel?.reason).toMatch(
      /^Travel to and from the home is not time spent treating the patient: these 15 minutes are recorded beside the visit, not part of its 50 minutes in the home, and never counted\. Unverified: /,
    );
  });

  it('states it plainly for BCBSIL, whose policy says travel is not paid', () => {
    const line = evaluateVisit({ minutes: 50, travelMinutes: 15 }, { payer: 'bcbsil' });
    const travel = explainVisitLine(line, 'bcbsil', codeTables).time.steps.find(
      (step) => step.label === 'Travel',
    );
    expect(travel?.reason).toBe(
      'Travel to and from the home is not time spent treating the patient: these 15 minutes are recorded beside the visit, not part of its 50 minutes in the home, and never counted.',
    );
  });
});
