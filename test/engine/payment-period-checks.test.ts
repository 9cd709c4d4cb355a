// Checks on the unit of payment: LUPA before and after 2020 and its minimum threshold, the
// late-NOA cut on later periods, and 60-day episodes before PDGM.
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/engine/index.ts';
import { episode2019, findingsOf, fires, makeClaim, visitsFrom } from '../builders.ts';

describe('lupa-risk', () => {
  it.each([
    ['4 visits in a 2019 episode', episode2019(4), true],
    ['5 visits in a 2019 episode', episode2019(5), false],
    ['1 visit in a 2019 episode', episode2019(1), true],
    [
      '3 visits in an episode beginning 2019-12-31',
      episode2019(3, {
        from: '2019-12-31',
        through: '2020-02-28',
        visits: visitsFrom('2020-01-02', 3),
      }),
      true,
    ],
    [
      '3 visits in a period beginning 2020-01-01',
      makeClaim({
        from: '2020-01-01',
        through: '2020-01-30',
        occurrenceCodes: [{ code: '50', date: '2020-01-01' }],
        visits: visitsFrom('2020-01-02', 3),
      }),
      false,
    ],
    ['1 visit in a 2026 period', makeClaim({ visits: visitsFrom('2026-03-10', 1) }), true],
    ['2 visits in a 2026 period', makeClaim({ visits: visitsFrom('2026-03-10', 2) }), false],
  ])('%s: fires %s', (_name, claim, expected) => {
    expect(fires(claim, 'lupa-risk')).toBe(expected);
  });

  it('states the 4-visit rule for an episode beginning before 2020', () => {
    const [finding] = findingsOf(episode2019(4), 'lupa-risk');
    expect(finding?.message).toBe(
      '4 in-person visits in an episode beginning 2019-11-01: episodes beginning before 2020-01-01 with 4 visits or fewer are paid per visit (LUPA). If visits of the episode are missing from the claim, add them.',
    );
  });

  it('does not apply an entered PDGM threshold to an episode before 2020', () => {
    expect(fires(episode2019(5, { lupaThreshold: 6 }), 'lupa-risk')).toBe(false);
    expect(findingsOf(episode2019(4, { lupaThreshold: 3 }), 'lupa-risk')[0]?.message).toMatch(
      /The LUPA threshold entered \(3\) is for 30-day periods from 2020-01-01; it does not apply here\.$/,
    );
  });

  it.each([
    [1, 1, true],
    [1, 2, false],
    [2, 1, true],
    [2, 2, false],
    [3, 2, true],
    [3, 3, false],
  ])('with a threshold entered as %i and %i visits: fires %s', (lupaThreshold, count, expected) => {
    const claim = makeClaim({ lupaThreshold, visits: visitsFrom('2026-03-10', count) });
    expect(fires(claim, 'lupa-risk')).toBe(expected);
  });

  it('treats a threshold entered below 2 as 2, and says so', () => {
    const claim = makeClaim({ lupaThreshold: 1, visits: visitsFrom('2026-03-10', 1) });
    expect(findingsOf(claim, 'lupa-risk')[0]?.message).toBe(
      '1 in-person visit, fewer than the LUPA threshold of 2 (entered as 1, but no threshold is below 2): the period would be paid per visit. If visits of the period are missing from the claim, add them.',
    );
  });
});

describe('noa-late', () => {
  const admission = '2026-01-05';
  const period = (from: string, noaAcceptedDate: string): ClaimInput => {
    const through = from === admission ? '2026-02-03' : '2026-03-05';
    return makeClaim({
      from,
      through,
      admissionDate: admission,
      noaAcceptedDate,
      occurrenceCodes: [{ code: '50', date: from }],
      visits: visitsFrom(from === admission ? '2026-01-06' : '2026-02-05', 2),
    });
  };

  it.each([
    ['the first period, NOA on day 5', period(admission, '2026-01-10'), null],
    ['the first period, NOA on day 6', period(admission, '2026-01-11'), '6/30 (20%)'],
    ['the first period, NOA 45 days late', period(admission, '2026-02-19'), '30/30 (100%)'],
    ['a later period, NOA 6 days late', period('2026-02-04', '2026-01-11'), null],
    ['a later period, NOA accepted on its From date', period('2026-02-04', '2026-02-04'), null],
    ['a later period, NOA 1 day into it', period('2026-02-04', '2026-02-05'), '1/30 (3.3%)'],
    ['a later period, NOA 45 days late', period('2026-02-04', '2026-02-19'), '15/30 (50%)'],
  ])('on %s: cut %s', (_name, claim, cut) => {
    const found = findingsOf(claim, 'noa-late');
    if (cut === null) expect(found).toEqual([]);
    else expect(found[0]?.message).toContain(`cut by ${cut}`);
  });

  it('says how far into a later period the NOA was accepted', () => {
    const [finding] = findingsOf(period('2026-02-04', '2026-02-19'), 'noa-late');
    expect(finding).toMatchObject({ severity: 'warning', field: 'claim.noaAcceptedDate' });
    expect(finding?.message).toBe(
      "The NOA was accepted 45 days after admission (2026-01-05 to 2026-02-19), 15 days into this later period (From 2026-02-04). A late NOA also cuts each later period it reaches: this period's payment is cut by 15/30 (50%), which the agency cannot bill the patient. If an exception applies, add modifier KX to the 0023 (HIPPS) line and explain the circumstances in Remarks.",
    );
  });
});

describe('period-too-long', () => {
  it.each([
    ['2019-11-01', '2019-12-30', 60, false],
    ['2019-11-01', '2019-12-31', 61, true],
    ['2019-12-31', '2020-02-28', 60, false],
    ['2019-12-31', '2020-02-29', 61, true],
    ['2020-01-01', '2020-01-30', 30, false],
    ['2020-01-01', '2020-01-31', 31, true],
  ])('from %s through %s (%i days): fires %s', (from, through, _days, expected) => {
    const claim = makeClaim({
      from,
      through,
      occurrenceCodes: [{ code: '50', date: from }],
      visits: visitsFrom(from, 1),
    });
    expect(fires(claim, 'period-too-long')).toBe(expected);
  });

  it('tells the last day of a 60-day episode', () => {
    const [finding] = findingsOf(episode2019(5, { through: '2019-12-31' }), 'period-too-long');
    expect(finding?.message).toBe(
      'The episode 2019-11-01 to 2019-12-31 is 61 days; episodes beginning before 2020-01-01 are at most 60 days. End this claim on day 60 (2019-12-30) and bill the rest as the next episode.',
    );
  });
});
