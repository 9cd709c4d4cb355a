import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import { countTimeUnits } from '../../src/engine/index.ts';
import { evaluateVisit, rules } from '../builders.ts';

function rule(id: string) {
  const found = codeTables.unitRules.find((row) => row.id === id);
  if (!found) throw new Error(`no unit rule ${id}`);
  return found;
}

describe('countTimeUnits', () => {
  describe('Medicare nearest 15-minute increment', () => {
    it.each([
      [0, 1],
      [1, 1],
      [7, 1],
      [8, 1],
      [22, 1],
      [23, 2],
      [37, 2],
      [38, 3],
      [52, 3],
      [53, 4],
      [67, 4],
      [68, 5],
      [82, 5],
      [83, 6],
      [97, 6],
      [98, 7],
      [112, 7],
      [113, 8],
      [127, 8],
      [128, 9],
      [1432, 95],
      [1433, 96],
      [1447, 96],
      [1448, 97],
    ])('gives %i minutes %i units', (minutes, units) => {
      expect(countTimeUnits(rule('medicare-15-minute'), minutes).units).toBe(units);
    });
  });

  describe('BCBSIL RP005 each 15 minutes', () => {
    it.each([
      [0, 0],
      [7, 0],
      [8, 1],
      [22, 1],
      [23, 2],
      [37, 2],
      [38, 3],
      [52, 3],
      [53, 4],
      [67, 4],
      [68, 5],
      [82, 5],
      [83, 6],
      [97, 6],
      [98, 7],
      [112, 7],
      [113, 8],
      [127, 8],
      [128, 9],
      [720, 48],
    ])('gives %i minutes %i units', (minutes, units) => {
      expect(countTimeUnits(rule('rp005-15-minute'), minutes).units).toBe(units);
    });
  });

  describe('BCBSIL RP005 per hour', () => {
    it.each([
      [0, 0],
      [30, 0],
      [31, 1],
      [60, 1],
      [90, 1],
      [91, 2],
      [150, 2],
      [151, 3],
      [210, 3],
      [211, 4],
      [270, 4],
      [271, 5],
    ])('gives %i minutes %i units', (minutes, units) => {
      expect(countTimeUnits(rule('rp005-hour'), minutes).units).toBe(units);
    });
  });

  it.each(codeTables.unitRules.flatMap((row) => row.bands.map((band) => [row.id, band] as const)))(
    '%s reproduces its published band %o at both ends',
    (id, band) => {
      const unitRule = rule(id);
      expect(countTimeUnits(unitRule, band.minMinutes).units).toBe(band.units);
      expect(countTimeUnits(unitRule, band.maxMinutes ?? band.minMinutes).units).toBe(band.units);
    },
  );

  it('marks time below the first unit', () => {
    expect(countTimeUnits(rule('rp005-hour'), 30).belowFirstUnit).toBe(true);
    expect(countTimeUnits(rule('rp005-hour'), 31).belowFirstUnit).toBe(false);
  });
});

describe('units on visit lines', () => {
  it('reports a Medicare visit under 8 minutes as 1 unit with short-visit', () => {
    const line = evaluateVisit({ minutes: 7 });
    expect(line.units).toBe(1);
    expect(rules(line.findings)).toContain('short-visit');
  });

  it('does not warn short-visit at 8 minutes', () => {
    expect(rules(evaluateVisit({ minutes: 8 }).findings)).not.toContain('short-visit');
  });

  it('gives a BCBSIL G-code under 8 minutes 0 units with units-below-minimum', () => {
    const line = evaluateVisit({ minutes: 7, hcpcs: 'G0299' }, { payer: 'bcbsil' });
    expect(line.units).toBe(0);
    expect(rules(line.findings)).toContain('units-below-minimum');
  });

  it('bills RP005 per-hour nursing: a one-hour RN visit is 1 unit of S9123', () => {
    const line = evaluateVisit({ minutes: 60 }, { payer: 'bcbsil' });
    expect([line.hcpcs, line.units, line.unitBasis]).toEqual(['S9123', 1, 'hour']);
  });

  it('gives per diem therapy one unit per visit day', () => {
    const line = evaluateVisit(
      { discipline: 'PT', credential: 'PT', minutes: 50 },
      { payer: 'bcbsil' },
    );
    expect([line.hcpcs, line.units, line.unitBasis]).toEqual(['S9131', 1, 'per-diem']);
  });

  it('gives telehealth G0320 one unit per service whatever its length', () => {
    const line = evaluateVisit({ mode: 'audio-video', minutes: 95 });
    expect([line.hcpcs, line.units, line.unitBasis]).toEqual(['G0320', 1, 'per-service']);
  });

  it('gives G0322 one unit per day monitored, dated the first day', () => {
    const line = evaluateVisit({
      mode: 'remote-monitoring',
      monitoringDays: 12,
      date: '2026-03-11',
      minutes: undefined,
    });
    expect([line.hcpcs, line.units, line.date]).toEqual(['G0322', 12, '2026-03-11']);
  });
});

describe('explainVisitLine', () => {
  it('marks units unverified only where the band used is not stated by the source', async () => {
    const { explainVisitLine } = await import('../../src/engine/index.ts');
    const stated = explainVisitLine(evaluateVisit({ minutes: 30 }), 'medicare', codeTables).units;
    expect([stated.text, stated.verified]).toEqual([
      '30 minutes falls in 23–37 minutes, which is 2 units under "Medicare: nearest 15-minute increment".',
      true,
    ]);
    const derived = explainVisitLine(evaluateVisit({ minutes: 5 }), 'medicare', codeTables).units;
    expect(derived.verified).toBe(false);
    expect(derived.unverifiedNote).toMatch(/at least 1 unit/);
    const extended = explainVisitLine(
      evaluateVisit({ minutes: 200 }, { payer: 'bcbsil' }),
      'bcbsil',
      codeTables,
    ).units;
    expect([extended.band?.units, extended.verified]).toEqual([3, false]);
    const hourly = explainVisitLine(
      evaluateVisit({ minutes: 100 }, { payer: 'bcbsil' }),
      'bcbsil',
      codeTables,
    ).units;
    expect([hourly.band?.units, hourly.verified]).toEqual([2, true]);
  });

  it.each([{ minutes: 'abc' }, { minutes: undefined }, { minutes: undefined, start: '09:00' }])(
    'does not claim a unit for a visit whose time could not be read (%j)',
    async (visit) => {
      const { explainVisitLine } = await import('../../src/engine/index.ts');
      const line = evaluateVisit(visit as Record<string, unknown>);
      const units = explainVisitLine(line, 'medicare', codeTables).units;
      expect(line.units).toBe(0);
      expect(units.band).toBeNull();
      expect(units.text).toMatch(/^No time could be read for this visit/);
    },
  );
});
