// A line covers one day: 96 fifteen-minute units (units-over-96), 24 hourly units or one per diem
// (units-over-day), each with wording of its own. Before, hourly lines were held to 96 units, so
// a 30-hour line passed and a 100-hour line was called "96 … (24 hours)".
import { describe, expect, it } from 'vitest';
import type { ClaimInput, VisitInput } from '../../src/engine/index.ts';
import { evaluate, makeClaim, makeVisit } from '../builders.ts';

function bcbsilVisit(visit: Partial<VisitInput>): ClaimInput {
  return makeClaim({ payer: 'bcbsil', visits: [makeVisit({ charge: 150, ...visit })] });
}

function dayFindings(claim: ClaimInput): { rule: string; units: number } {
  const result = evaluate(claim);
  const rule =
    result.findings.find((f) => f.rule === 'units-over-96' || f.rule === 'units-over-day')?.rule ??
    'none';
  return { rule, units: result.lines[0]?.units ?? 0 };
}

describe('the day limit of a line', () => {
  it.each([
    [
      'an hourly LPN line of 1,470 minutes (24 units)',
      { credential: 'LPN', minutes: 1470 },
      'none',
      24,
    ],
    [
      'an hourly LPN line of 1,471 minutes (25 units)',
      { credential: 'LPN', minutes: 1471 },
      'units-over-day',
      25,
    ],
    ['an hourly line of 30 hours', { credential: 'LPN', minutes: 1800 }, 'units-over-day', 30],
    ['an hourly line of 100 hours', { credential: 'LPN', minutes: 6000 }, 'units-over-day', 100],
    [
      'a 15-minute private duty line of 1,447 minutes (96 units)',
      { service: 'private-duty', minutes: 1447 },
      'none',
      96,
    ],
    [
      'a 15-minute private duty line of 1,448 minutes (97 units)',
      { service: 'private-duty', minutes: 1448 },
      'units-over-96',
      97,
    ],
  ] as const)('%s: %s', (_name, visit, rule, units) => {
    expect(dayFindings(bcbsilVisit(visit))).toEqual({ rule, units });
  });

  it('words the hourly limit in hours, not 15-minute units', () => {
    const finding = evaluate(bcbsilVisit({ credential: 'LPN', minutes: 6000 })).findings.find(
      (f) => f.rule === 'units-over-day',
    );
    expect(finding).toMatchObject({ severity: 'error', field: 'visits[0].minutes' });
    expect(finding?.message).toBe(
      '100 hourly units is more than the 24 hours in a day, and a line covers one day. Check the minutes, or split the time across the days it was given, a line for each.',
    );
  });

  it('keeps Medicare 15-minute lines to 96 units', () => {
    const claim = makeClaim({ visits: [makeVisit({ minutes: 1448, charge: 150 })] });
    expect(dayFindings(claim)).toEqual({ rule: 'units-over-96', units: 97 });
  });
});
