import { describe, expect, it } from 'vitest';
import { blankVisit, emptyClaim } from '../../src/state/draft-claim.ts';
import {
  defaultSetting,
  newVisitAfter,
  withDiscipline,
  withNewVisitDefaults,
} from '../../src/state/new-visit.ts';

describe('defaultSetting', () => {
  it.each([
    ['medicare', 'home'],
    ['bcbsil', ''],
    ['no-such-payer', ''],
  ])('for payer %s is "%s" (Home where the payer bills location lines)', (payer, setting) => {
    expect(defaultSetting(payer)).toBe(setting);
  });
});

describe('newVisitAfter', () => {
  it('starts the first visit on the period’s first day, SN by an RN, at Home for Medicare', () => {
    const claim = { ...emptyClaim(), from: '2026-01-05' };
    expect(newVisitAfter(undefined, 'V1', claim, {})).toMatchObject({
      date: '2026-01-05',
      discipline: 'SN',
      credential: 'RN',
      setting: 'home',
      charge: '',
    });
  });

  it('copies the visit before it, and takes its discipline’s charge from the charge list', () => {
    const before = blankVisit('V1', {
      date: '2026-01-07',
      discipline: 'PT',
      credential: 'PTA',
      setting: 'assisted-living',
      minutes: '45',
      charge: '200.00',
    });
    expect(newVisitAfter(before, 'V2', emptyClaim(), { PT: '185.00' })).toMatchObject({
      id: 'V2',
      date: '2026-01-07',
      discipline: 'PT',
      credential: 'PTA',
      setting: 'assisted-living',
      minutes: '',
      charge: '185.00',
    });
  });
});

describe('withDiscipline', () => {
  it('moves a listed (or empty) charge to the new discipline’s, and keeps one of its own', () => {
    const charges = { SN: '175.00', AIDE: '75.00' };
    const listed = blankVisit('V1', { discipline: 'SN', charge: '175.00' });
    expect(withDiscipline(listed, 'AIDE', charges).charge).toBe('75.00');
    expect(withDiscipline(blankVisit('V1', { discipline: 'SN' }), 'AIDE', charges).charge).toBe(
      '75.00',
    );
    expect(withDiscipline({ ...listed, charge: '150.00' }, 'AIDE', charges).charge).toBe('150.00');
  });
});

describe('withNewVisitDefaults', () => {
  const charges = { SN: '175.00' };
  it.each([
    ['medicare', { setting: '', charge: '' }, { setting: 'home', charge: '175.00' }],
    [
      'medicare',
      { setting: 'assisted-living', charge: '160.00' },
      { setting: 'assisted-living', charge: '160.00' },
    ],
    ['bcbsil', { setting: '', charge: '' }, { setting: '', charge: '175.00' }],
  ])('for a pasted %s visit %o gives %o (what the rows say wins)', (payer, given, expected) => {
    const claim = { ...emptyClaim(), payer };
    expect(
      withNewVisitDefaults(blankVisit('V1', { discipline: 'SN', ...given }), claim, charges),
    ).toMatchObject(expected);
  });
});
