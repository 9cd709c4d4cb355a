import { describe, expect, it } from 'vitest';
import {
  appendImportedVisits,
  claimForImportedVisits,
} from '../../../src/features/exchange/imported-visits.ts';
import { blankVisit, emptyClaim } from '../../../src/state/draft-claim.ts';

const charges = { PT: '185.00' };
const fromFile = [
  blankVisit('V1', { discipline: 'PT', credential: 'PT', minutes: '45' }),
  blankVisit('V2', { discipline: 'PT', setting: 'assisted-living', charge: '200.00' }),
];

describe('imported visits', () => {
  it('start as new visits do where the file left Setting and Charge empty; the file’s own win', () => {
    const claim = appendImportedVisits({ ...emptyClaim(), payer: 'medicare' }, fromFile, charges);
    expect(claim.visits.map(({ setting, charge }) => ({ setting, charge }))).toEqual([
      { setting: 'home', charge: '185.00' },
      { setting: 'assisted-living', charge: '200.00' },
    ]);
  });

  it('take no location setting for a payer without location lines, in a new draft', () => {
    const details = { ...emptyClaim(), payer: 'bcbsil' };
    const claim = claimForImportedVisits(fromFile, charges, details);
    expect(claim.visits[0]).toMatchObject({ setting: '', charge: '185.00' });
  });

  it('keep the file’s visit ids that are free and number the rest', () => {
    const claim = appendImportedVisits(
      { ...emptyClaim(), visits: [blankVisit('V1')] },
      fromFile,
      {},
    );
    expect(claim.visits.map((visit) => visit.id)).toEqual(['V1', 'V3', 'V2']);
  });
});
