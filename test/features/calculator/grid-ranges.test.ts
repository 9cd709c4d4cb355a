import { describe, expect, it } from 'vitest';
import {
  clearCells,
  fillDown,
  rangeAsText,
  setCell,
} from '../../../src/features/calculator/grid-ranges.ts';
import { blankVisit, emptyClaim, type DraftClaim } from '../../../src/state/draft-claim.ts';

function claimOf(minutes: string[]): DraftClaim {
  return {
    ...emptyClaim(),
    visits: minutes.map((m, i) =>
      blankVisit(`V${i + 1}`, { discipline: 'SN', credential: i === 0 ? 'RN' : 'LPN', minutes: m }),
    ),
  };
}

const minutesOf = (claim: DraftClaim) => claim.visits.map((visit) => visit.minutes);

describe('fillDown', () => {
  it('fills one visit from the visit above it', () => {
    expect(minutesOf(fillDown(claimOf(['50', '40', '30']), 1, 1, ['minutes'], {}))).toEqual([
      '50',
      '50',
      '30',
    ]);
  });

  it('fills a range from its first visit', () => {
    const filled = fillDown(claimOf(['50', '40', '30']), 0, 2, ['credential', 'minutes'], {});
    expect(minutesOf(filled)).toEqual(['50', '50', '50']);
    expect(filled.visits.map((visit) => visit.credential)).toEqual(['RN', 'RN', 'RN']);
  });

  it('leaves the first visit as it is: there is nothing above it', () => {
    const claim = claimOf(['50', '40']);
    expect(fillDown(claim, 0, 0, ['minutes'], {})).toBe(claim);
  });
});

describe('clearCells', () => {
  it('empties the fields of the visits in the range and no others', () => {
    const cleared = clearCells(claimOf(['50', '40', '30']), 1, 2, ['minutes'], {});
    expect(minutesOf(cleared)).toEqual(['50', '', '']);
  });
});

describe('setCell', () => {
  it('takes the charge list’s charge along with a new discipline, but keeps a charge of its own', () => {
    const charges = { SN: '175.00', PT: '185.00' };
    const listed = {
      ...claimOf(['50']),
      visits: [blankVisit('V1', { discipline: 'SN', charge: '175.00' })],
    };
    expect(setCell(listed, 'V1', 'discipline', 'PT', charges).visits[0]?.charge).toBe('185.00');
    const own = { ...listed, visits: [blankVisit('V1', { discipline: 'SN', charge: '160.00' })] };
    expect(setCell(own, 'V1', 'discipline', 'PT', charges).visits[0]?.charge).toBe('160.00');
  });

  it('returns the same claim when the value does not change', () => {
    const claim = claimOf(['50']);
    expect(setCell(claim, 'V1', 'minutes', '50', {})).toBe(claim);
  });
});

describe('rangeAsText', () => {
  it('writes rows as tab-separated lines, quoting a cell a spreadsheet would split', () => {
    expect(
      rangeAsText([
        ['2026-01-05', 'SN', '50'],
        ['a\tb', 'say "hi"', ''],
      ]),
    ).toBe('2026-01-05\tSN\t50\n"a\tb"\t"say ""hi"""\t');
  });
});
