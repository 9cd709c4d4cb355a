import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import { countTimeUnits, evaluateClaim, type VisitInput } from '../../src/engine/index.ts';
import { makeClaim } from '../builders.ts';

const visitArbitrary: fc.Arbitrary<VisitInput> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 4 }),
    date: fc.constantFrom(
      '2015-12-31',
      '2016-01-01',
      '2019-12-31',
      '2020-01-01',
      '2026-03-10',
      '2026-13-01',
    ),
    discipline: fc.constantFrom('SN', 'PT', 'OT', 'SLP', 'MSS', 'AIDE'),
    credential: fc.constantFrom('RN', 'LPN', 'PT', 'PTA', 'OT', 'OTA', 'SLP', 'MSW', 'AIDE'),
    service: fc.constantFrom(
      'direct',
      'observation',
      'training',
      'management',
      'therapy',
      'maintenance',
      'social-work',
      'aide',
      'private-duty',
    ),
    minutes: fc.integer({ min: 0, max: 2000 }),
    start: fc.constantFrom('08:00', '23:30', '7:5', 'noon'),
    end: fc.constantFrom('09:15', '00:20', '25:00'),
    travelMinutes: fc.integer({ min: 0, max: 90 }),
    documentationMinutes: fc.integer({ min: 0, max: 60 }),
    mode: fc.constantFrom('in-person', 'audio-video', 'audio-only', 'remote-monitoring'),
    monitoringDays: fc.integer({ min: 1, max: 30 }),
    setting: fc.constantFrom('home', 'assisted-living', 'other'),
    hcpcs: fc.oneof(
      fc.constantFrom('G0299', 'G0154', 'S9123', 'T1000', 'g0320', 'X'),
      fc.array(fc.constantFrom('G0299', 'G0495')),
    ),
    units: fc.integer({ min: 0, max: 120 }),
  },
  { requiredKeys: ['id', 'date', 'discipline', 'credential'] },
) as fc.Arbitrary<VisitInput>;

describe('engine invariants', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        evaluateClaim(value, codeTables);
        evaluateClaim({ payer: 'medicare', visits: [value] }, codeTables);
        evaluateClaim(
          { payer: 'bcbsil', visits: value, items: value, valueCodes: value },
          codeTables,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on claims whose fields are each of any type', () => {
    const anything = fc.anything();
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'payer',
            'billType',
            'from',
            'through',
            'hipps',
            'conditionCodes',
            'occurrenceCodes',
            'valueCodes',
            'visits',
            'items',
            'patientStatus',
          ),
          anything,
        ),
        (claim) => {
          evaluateClaim(claim, codeTables);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives one result line per visit, never negative units', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicare', 'bcbsil'),
        fc.array(visitArbitrary, { maxLength: 12 }),
        (payer, visits) => {
          const result = evaluateClaim(makeClaim({ payer, visits }), codeTables);
          expect(result.lines).toHaveLength(visits.length);
          for (const line of result.lines) expect(line.units).toBeGreaterThanOrEqual(0);
          expect(result.totals.units).toBe(
            result.claimLines.reduce((sum, line) => sum + line.units, 0),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(
    codeTables.unitRules
      .filter((rule) => rule.basis === '15-minute' || rule.basis === 'hour')
      .map((rule) => [rule.id, rule] as const),
  )('%s never gives fewer units for more minutes', (_id, rule) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10080 }),
        fc.integer({ min: 0, max: 600 }),
        (minutes, more) => {
          expect(countTimeUnits(rule, minutes + more).units).toBeGreaterThanOrEqual(
            countTimeUnits(rule, minutes).units,
          );
        },
      ),
    );
  });

  it('never gives a visit fewer units for more minutes on either payer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicare', 'bcbsil'),
        fc.constantFrom('SN', 'PT', 'AIDE'),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 300 }),
        (payer, discipline, minutes, more) => {
          const credential = discipline === 'SN' ? 'RN' : discipline;
          const unitsFor = (m: number) =>
            evaluateClaim(
              makeClaim({
                payer,
                visits: [{ id: 'V', date: '2026-03-10', discipline, credential, minutes: m }],
              }),
              codeTables,
            ).lines[0]!.units;
          expect(unitsFor(minutes + more)).toBeGreaterThanOrEqual(unitsFor(minutes));
        },
      ),
    );
  });

  it('orders claim lines as on the UB-04 and bills each coded visit once', () => {
    const itemArbitrary = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      revenueCode: fc.constantFrom('0270', '0551', '0421'),
      date: fc.constantFrom('2026-03-09', '2026-03-10', '2026-03-11'),
      units: fc.integer({ min: 1, max: 5 }),
      charge: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom('medicare', 'bcbsil'),
        fc.array(visitArbitrary, { maxLength: 12 }),
        fc.array(itemArbitrary, { maxLength: 4 }),
        (payer, visits, items) => {
          const result = evaluateClaim(makeClaim({ payer, visits, items }), codeTables);
          const lines = result.claimLines.filter((line) => line.kind !== 'hipps');
          expect(result.claimLines.slice(1).some((line) => line.kind === 'hipps')).toBe(false);
          for (let i = 1; i < lines.length; i++) {
            const [before, after] = [lines[i - 1]!, lines[i]!];
            const [left, right] = [
              `${before.revenueCode} ${before.date ?? ''}`,
              `${after.revenueCode} ${after.date ?? ''}`,
            ];
            const order = left < right ? -1 : left > right ? 1 : 0;
            expect(order).toBeLessThanOrEqual(0);
            if (order === 0 && after.kind === 'location') expect(before.kind).toBe('location');
          }
          const billedVisits = lines
            .filter((line) => line.kind === 'visit')
            .map((line) => line.visitIds[0]);
          const codedVisits = result.lines
            .filter((line) => line.revenueCode !== null)
            .map((line) => line.id);
          expect([...billedVisits].sort()).toEqual([...codedVisits].sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(fc.array(visitArbitrary, { maxLength: 6 }), (visits) => {
        const claim = makeClaim({ visits });
        expect(evaluateClaim(claim, codeTables)).toEqual(
          evaluateClaim(structuredClone(claim), codeTables),
        );
      }),
      { numRuns: 100 },
    );
  });
});
