// @vitest-environment node
// Doubling the visits at most roughly doubles the work, whatever the visits' ids: unique,
// repeated or missing. Work is counted, not timed (work-counter.ts), so these tests cannot be
// flaky on a busy machine and do fail on a quadratic path: before the duplicate-id check looked
// ids up in a Map, 2,000 visits with half their ids repeated cost 2.9 times the work of 1,000.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import { codeTables } from '../../src/data/index.ts';
import { evaluateClaim, type VisitInput } from '../../src/engine/index.ts';
import { fakeIo } from './fake-io.ts';
import { startWorkCounter, type WorkCounter } from './work-counter.ts';

/** Twice the visits may cost at most this many times the work (2 plus room for fixed costs). */
const MOST_FOR_TWICE = 2.25;
const VISITS = 300;

type IdKind = 'unique' | 'repeated' | 'missing';

/** Visit i's id: its own, one an earlier visit (about halfway up the list) already has, or none. */
function idFor(kind: IdKind, i: number): string | undefined {
  if (kind === 'unique') return `V${i}`;
  if (kind === 'repeated') return `V${Math.floor(i / 2)}`;
  return undefined;
}

const shapes: Record<string, Omit<VisitInput, 'id' | 'date'>> = {
  'RN visit': { discipline: 'SN', credential: 'RN', minutes: 45, charge: 150 },
  'PT visit by start and end': {
    discipline: 'PT',
    credential: 'PTA',
    start: '23:30',
    end: '00:20',
    charge: 120,
  },
  'aide visit in assisted living': {
    discipline: 'AIDE',
    credential: 'AIDE',
    minutes: 90,
    setting: 'assisted-living',
  },
  'telehealth visit': { discipline: 'SN', credential: 'RN', mode: 'audio-video', minutes: 20 },
  'every field bad': {
    discipline: 'XX',
    credential: 'YY',
    service: 'zz',
    minutes: 'forty',
    start: '99:99',
    mode: 'q',
    setting: 'w',
    hcpcs: 'ZZZZZ',
    units: 'u',
    charge: 'c',
  } as unknown as Omit<VisitInput, 'id' | 'date'>,
};
type ShapeName = keyof typeof shapes;

interface VisitPlan {
  shape: ShapeName;
  ids: IdKind;
}

/** A claim of `count` visits that repeats `plan`: the same mix of visits and ids at any size. */
function claimOf(payer: string, plan: readonly VisitPlan[], count: number, oneDay = false) {
  return {
    payer,
    billType: '0329',
    from: '2026-03-01',
    through: '2026-03-30',
    visits: Array.from({ length: count }, (_, i) => {
      const { shape, ids } = plan[i % plan.length]!;
      return {
        id: idFor(ids, i),
        date: oneDay ? '2026-03-10' : `2026-03-${String((i % 30) + 1).padStart(2, '0')}`,
        ...shapes[shape],
      };
    }),
  };
}

let counter: WorkCounter;
beforeAll(async () => {
  counter = await startWorkCounter();
  // The first evaluation compiles and indexes what every later one reuses.
  evaluateClaim(claimOf('medicare', [{ shape: 'RN visit', ids: 'repeated' }], 50), codeTables);
});
afterAll(() => counter.stop());

/** How many times the work of `count` visits the work of 2 × `count` visits is. */
async function growthOnDoubling(evaluate: (count: number) => unknown): Promise<number> {
  const once = await counter.count(() => evaluate(VISITS));
  const twice = await counter.count(() => evaluate(2 * VISITS));
  return twice / once;
}

describe('the engine’s work as the visits double', () => {
  it.each<[string, string, VisitPlan[], boolean]>([
    ['unique ids', 'medicare', [{ shape: 'RN visit', ids: 'unique' }], false],
    ['every id repeated', 'medicare', [{ shape: 'RN visit', ids: 'repeated' }], false],
    ['no ids', 'medicare', [{ shape: 'RN visit', ids: 'missing' }], false],
    [
      'ids unique, repeated and missing in turn',
      'bcbsil',
      [
        { shape: 'PT visit by start and end', ids: 'unique' },
        { shape: 'aide visit in assisted living', ids: 'repeated' },
        { shape: 'telehealth visit', ids: 'missing' },
      ],
      false,
    ],
    [
      'every field bad, ids repeated',
      'medicare',
      [{ shape: 'every field bad', ids: 'repeated' }],
      false,
    ],
    [
      'every visit on one day (BCBSIL same-day visits)',
      'bcbsil',
      [{ shape: 'RN visit', ids: 'repeated' }],
      true,
    ],
  ])('at most about doubles with %s', async (_name, payer, plan, oneDay) => {
    const growth = await growthOnDoubling((count) =>
      evaluateClaim(claimOf(payer, plan, count, oneDay), codeTables),
    );
    expect(growth).toBeGreaterThan(1.5);
    expect(growth).toBeLessThanOrEqual(MOST_FOR_TWICE);
  });

  it('at most about doubles for any mix of visits and ids', async () => {
    const plan = fc.array(
      fc.record({
        shape: fc.constantFrom(...(Object.keys(shapes) as ShapeName[])),
        ids: fc.constantFrom<IdKind>('unique', 'repeated', 'missing'),
      }),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(
        plan,
        fc.constantFrom('medicare', 'bcbsil'),
        fc.boolean(),
        async (mix, payer, oneDay) => {
          const growth = await growthOnDoubling((count) =>
            evaluateClaim(claimOf(payer, mix, count, oneDay), codeTables),
          );
          expect(growth).toBeLessThanOrEqual(MOST_FOR_TWICE);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('the command line’s work as the visits double', () => {
  const context = ['--payer', 'medicare', '--from', '2026-03-01', '--through', '2026-03-30'];

  function csvOf(plan: readonly VisitPlan[], count: number): string {
    const rows = claimOf('medicare', plan, count).visits.map((visit) =>
      [visit.id ?? '', visit.date, visit.discipline, visit.credential, visit.minutes ?? ''].join(
        ',',
      ),
    );
    return ['id,date,discipline,credential,minutes', ...rows].join('\n');
  }

  it.each<[string, IdKind]>([
    ['unique ids', 'unique'],
    ['repeated ids', 'repeated'],
    ['no ids', 'missing'],
  ])('at most about doubles for a CSV of visits with %s', async (_name, ids) => {
    const growth = await growthOnDoubling(async (count) => {
      const { io } = fakeIo('', { 'visits.csv': csvOf([{ shape: 'RN visit', ids }], count) });
      expect(await runEvaluate(['visits.csv', ...context], io)).toBe(0);
    });
    expect(growth).toBeLessThanOrEqual(MOST_FOR_TWICE);
  });

  it.each<[string, IdKind]>([
    ['unique ids', 'unique'],
    ['repeated ids', 'repeated'],
    ['no ids', 'missing'],
  ])('at most about doubles for a JSON list of claims with %s', async (_name, ids) => {
    const growth = await growthOnDoubling(async (count) => {
      const claims = Array.from({ length: count / 10 }, () =>
        claimOf('medicare', [{ shape: 'RN visit', ids }], 10),
      );
      const { io } = fakeIo(JSON.stringify(claims));
      expect(await runEvaluate(['-'], io)).toBe(0);
    });
    expect(growth).toBeLessThanOrEqual(MOST_FOR_TWICE);
  });
});
