// Boundaries of the claim-level corrections from a coder's review: LUPA before and after 2020
// and its minimum threshold, the 034x revenue rule kept to Medicare, the late-NOA cut on later
// periods, location lines before the Q-codes, no-pay bills and condition code 21, discharge
// occurrence codes 61/62, 034x bills across a year end, 60-day episodes, 0023 items and items
// outside the period, RAP and unknown patient status, the date of death, and span codes.
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import type { ClaimInput, Finding, VisitInput } from '../../src/engine/index.ts';
import { evaluate, makeClaim, makeVisit, rules } from '../builders.ts';

function findingsOf(claim: ClaimInput, rule: string): Finding[] {
  return evaluate(claim).findings.filter((finding) => finding.rule === rule);
}

function fires(claim: ClaimInput, rule: string): boolean {
  return rules(evaluate(claim).findings).includes(rule);
}

const assessment = { code: '50', date: '2026-03-09' };

/** `count` RN visits two days apart from `first` (dates within one month). */
function visitsFrom(first: string, count: number): VisitInput[] {
  const day = Number(first.slice(8));
  return Array.from({ length: count }, (_, i) =>
    makeVisit({
      id: `V${i + 1}`,
      date: `${first.slice(0, 8)}${String(day + 2 * i).padStart(2, '0')}`,
      charge: 150,
    }),
  );
}

/** A 60-day episode starting 2019-11-01 (before PDGM) with `count` RN visits. */
function episode2019(count: number, overrides: Partial<ClaimInput> = {}): ClaimInput {
  return makeClaim({
    from: '2019-11-01',
    through: '2019-12-30',
    occurrenceCodes: [],
    visits: visitsFrom('2019-11-04', count),
    ...overrides,
  });
}

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

describe('revenue-not-valid-on-bill-type', () => {
  const bcbsil = (overrides: Partial<ClaimInput>): ClaimInput =>
    makeClaim({ payer: 'bcbsil', hipps: undefined, valueCodes: [], ...overrides });
  const vaccine = {
    id: 'D1',
    revenueCode: '0636',
    hcpcs: 'J3110',
    date: '2026-03-10',
    units: 1,
    charge: 40,
  };

  it('stays quiet on a BCBSIL 0341 nursing visit, which RP005 allows', () => {
    const claim = bcbsil({
      billType: '0341',
      from: '2026-03-09',
      through: '2026-03-15',
      visits: [makeVisit({ id: 'v1', date: '2026-03-09', minutes: 60 })],
    });
    expect(rules(evaluate(claim).findings)).not.toContain('revenue-not-valid-on-bill-type');
  });

  it.each([
    ['a Medicare 0329 claim', makeClaim({ items: [vaccine] }), true],
    ['a BCBSIL 0329 claim', bcbsil({ items: [vaccine] }), false],
    ['a Medicare 0341 claim', makeClaim({ billType: '0341', visits: [], items: [vaccine] }), false],
  ])('checks a 0636 item on %s: fires %s', (_name, claim, expected) => {
    const found = findingsOf(claim, 'revenue-not-valid-on-bill-type');
    expect(found.some((finding) => finding.lineId === 'D1')).toBe(expected);
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

describe('location-missing', () => {
  const period2013 = (from: string, through: string, visitDate: string): ClaimInput =>
    makeClaim({
      from,
      through,
      occurrenceCodes: [],
      valueCodes: [{ code: '61', value: '16974.00' }],
      visits: [makeVisit({ date: visitDate, setting: undefined, charge: 150 })],
    });

  it.each([
    ['2013-06-30', period2013('2013-06-30', '2013-08-28', '2013-07-02'), false],
    ['2013-07-01', period2013('2013-07-01', '2013-08-29', '2013-07-02'), true],
  ])('for a period beginning %s: fires %s', (_from, claim, expected) => {
    expect(fires(claim, 'location-missing')).toBe(expected);
  });
});

describe('condition code 21 and the no-payment bill', () => {
  it.each([
    ['0320', [], ['condition-21-missing']],
    ['0320', ['21'], []],
    ['0320', ['D2'], []],
    ['0329', ['21'], ['condition-21-invalid']],
    ['0327', ['D9', '21'], ['condition-21-invalid']],
    ['0341', ['21'], ['condition-21-invalid']],
  ])('type of bill %s with condition codes %j raises %j', (billType, conditionCodes, expected) => {
    const claim = makeClaim({
      billType,
      conditionCodes,
      ...(billType === '0341' ? { visits: [] } : {}),
    });
    const found = rules(evaluate(claim).findings).filter((rule) => rule.startsWith('condition-21'));
    expect(found).toEqual(expected);
  });

  it('accepts D2 on a 0320 that denies a period without an OASIS', () => {
    const claim = makeClaim({ billType: '0320', conditionCodes: ['D2'] });
    expect(rules(evaluate(claim).findings)).not.toContain('claim-change-reason-invalid');
    expect(
      fires(makeClaim({ billType: '0329', conditionCodes: ['D2'] }), 'claim-change-reason-invalid'),
    ).toBe(true);
  });

  it('is a Medicare rule only', () => {
    const claim = makeClaim({ payer: 'bcbsil', billType: '0329', conditionCodes: ['21'] });
    expect(fires(claim, 'condition-21-invalid')).toBe(false);
    expect(fires(makeClaim({ payer: 'bcbsil', billType: '0320' }), 'condition-21-missing')).toBe(
      false,
    );
  });
});

describe('discharge occurrence codes 61 and 62', () => {
  const withDischarge = (code: string, date: string, overrides: Partial<ClaimInput> = {}) =>
    makeClaim({ occurrenceCodes: [assessment, { code, date }], ...overrides });

  it.each([
    ['2026-02-22', 'fifteen days before From', true],
    ['2026-02-23', 'fourteen days before From', false],
    ['2026-03-08', 'the day before From', false],
    ['2026-03-09', 'the From date', false],
    ['2026-03-10', 'the day after From', true],
  ])('61 dated %s (%s): fires %s', (date, _name, expected) => {
    expect(fires(withDischarge('61', date), 'occurrence-61-62-window')).toBe(expected);
    const initial = withDischarge('62', date, { admissionDate: '2026-03-09' });
    expect(fires(initial, 'occurrence-61-62-window')).toBe(expected);
  });

  it('points at the date and names the 14-day window', () => {
    const [finding] = findingsOf(withDischarge('61', '2026-02-22'), 'occurrence-61-62-window');
    expect(finding).toMatchObject({ severity: 'error', field: 'occurrenceCodes[1].date' });
    expect(finding?.message).toBe(
      'Occurrence code 61 is dated 2026-02-22, 15 days before the From date (2026-03-09); only a discharge in the 14 days before the From date or on it (2026-02-23 to 2026-03-09) is reported. Remove the code, or correct the date.',
    );
  });

  it('does not check periods before 2020 or other types of bill', () => {
    const before = episode2019(5, { occurrenceCodes: [{ code: '61', date: '2019-09-01' }] });
    expect(fires(before, 'occurrence-61-62-window')).toBe(false);
    const cancel = withDischarge('61', '2026-01-01', { billType: '0328', conditionCodes: ['D6'] });
    expect(fires(cancel, 'occurrence-61-62-window')).toBe(false);
  });

  it.each([
    ['no admission date', undefined, false],
    ['the admission on the From date', '2026-03-09', false],
    ['the admission before the From date', '2026-02-07', true],
  ])('62 with %s: occurrence-62-later-period fires %s', (_name, admissionDate, expected) => {
    const claim = withDischarge('62', '2026-03-01', { admissionDate });
    expect(fires(claim, 'occurrence-62-later-period')).toBe(expected);
    expect(fires(claim, 'occurrence-61-62-window')).toBe(false);
  });

  it('accepts 61 on a later period', () => {
    const claim = withDischarge('61', '2026-03-01', { admissionDate: '2026-02-07' });
    expect(rules(evaluate(claim).findings)).toEqual([]);
  });
});

describe('bill-034x-spans-years', () => {
  const partB = (from: string, through: string, overrides: Partial<ClaimInput> = {}) =>
    makeClaim({
      billType: '0341',
      from,
      through,
      visits: [],
      items: [{ id: 'S1', revenueCode: '0270', date: from, units: 1, charge: 12 }],
      ...overrides,
    });

  it.each([
    ['2025-12-15', '2025-12-31', false],
    ['2025-12-15', '2026-01-01', true],
    ['2026-01-01', '2026-01-31', false],
    ['2025-01-01', '2026-12-31', true],
  ])('from %s through %s: fires %s', (from, through, expected) => {
    expect(fires(partB(from, through), 'bill-034x-spans-years')).toBe(expected);
  });

  it('says where to split the bill', () => {
    const [finding] = findingsOf(partB('2025-12-15', '2026-01-10'), 'bill-034x-spans-years');
    expect(finding?.message).toMatch(
      /Split it into a bill ending 2025-12-31 and one starting 2026-01-01\.$/,
    );
  });

  it('leaves 032x periods and BCBSIL bills alone', () => {
    const period = makeClaim({
      from: '2025-12-20',
      through: '2026-01-18',
      occurrenceCodes: [{ code: '50', date: '2025-12-20' }],
      visits: visitsFrom('2025-12-22', 2),
    });
    expect(fires(period, 'bill-034x-spans-years')).toBe(false);
    const bcbsil = partB('2025-12-15', '2026-01-10', { payer: 'bcbsil' });
    expect(fires(bcbsil, 'bill-034x-spans-years')).toBe(false);
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

describe('items', () => {
  const hippsItem = (id: string) => ({
    id,
    revenueCode: '0023',
    hcpcs: '1FC21',
    date: '2026-03-10',
    units: 1,
    charge: 0,
  });

  it.each([
    ['the HIPPS code and one 0023 item', '1FC21', ['H1'], ['H1']],
    ['no HIPPS code and one 0023 item', undefined, ['H1'], []],
    ['no HIPPS code and two 0023 items', undefined, ['H1', 'H2'], ['H2']],
    ['the HIPPS code and two 0023 items', '1FC21', ['H1', 'H2'], ['H1', 'H2']],
  ])('with %s, flags %j', (_name, hipps, ids, flagged) => {
    const claim = makeClaim({ hipps, items: ids.map(hippsItem) });
    const found = findingsOf(claim, 'hipps-line-duplicate');
    expect(found.map((finding) => finding.lineId)).toEqual(flagged);
    for (const finding of found) expect(finding.field).toMatch(/^items\[\d\]\.revenueCode$/);
  });

  it.each([
    ['2026-03-08', true],
    ['2026-03-09', false],
    ['2026-04-07', false],
    ['2026-04-08', true],
  ])('flags an item dated %s outside 2026-03-09 to 2026-04-07: %s', (date, expected) => {
    const claim = makeClaim({
      items: [{ id: 'S1', revenueCode: '0270', date, units: 1, charge: 12 }],
    });
    const found = findingsOf(claim, 'item-outside-period');
    expect(found.length > 0).toBe(expected);
    if (expected) expect(found[0]).toMatchObject({ lineId: 'S1', field: 'items[0].date' });
  });

  it('leaves BCBSIL item dates alone, as RP005 says nothing of them', () => {
    const claim = makeClaim({
      payer: 'bcbsil',
      items: [{ id: 'S1', revenueCode: '0270', date: '2026-04-08', units: 1, charge: 12 }],
    });
    expect(rules(evaluate(claim).findings)).not.toContain('item-outside-period');
  });
});

describe('patient status', () => {
  const rap = (patientStatus: string | undefined) =>
    makeClaim({
      billType: '0322',
      from: '2021-03-01',
      through: '2021-03-01',
      patientStatus,
      visits: [makeVisit({ date: '2021-03-01' })],
    });

  it.each([
    ['30', false],
    ['01', true],
    ['06', true],
    [undefined, false],
  ])('a RAP with status %s: rap-status-not-30 fires %s', (status, expected) => {
    expect(fires(rap(status), 'rap-status-not-30')).toBe(expected);
  });

  it('leaves the status of a period claim to the coder', () => {
    expect(fires(makeClaim({ patientStatus: '01' }), 'rap-status-not-30')).toBe(false);
  });

  it.each(codeTables.patientStatus.map((row) => row.code))(
    'knows status %s from the table',
    (code) => {
      expect(fires(makeClaim({ patientStatus: code }), 'patient-status-unknown')).toBe(false);
    },
  );

  it.each([
    ['medicare', '05'],
    ['medicare', '99'],
    ['bcbsil', '40'],
  ] as const)('on %s warns about status %s', (payer, code) => {
    const [finding] = findingsOf(
      makeClaim({ payer, patientStatus: code }),
      'patient-status-unknown',
    );
    expect(finding).toMatchObject({ severity: 'warning', field: 'claim.patientStatus' });
  });
});

describe('death-date-not-through', () => {
  const expired = (through: string, death: { code: string; date: string }[]) =>
    makeClaim({ patientStatus: '20', through, occurrenceCodes: [assessment, ...death] });

  it.each([
    [
      'the Through date is the date of death',
      expired('2026-03-20', [{ code: '55', date: '2026-03-20' }]),
      false,
    ],
    [
      'the Through date is a day later',
      expired('2026-03-21', [{ code: '55', date: '2026-03-20' }]),
      true,
    ],
    [
      'the Through date is a day earlier',
      expired('2026-03-19', [{ code: '55', date: '2026-03-20' }]),
      true,
    ],
    ['occurrence code 55 is missing', expired('2026-03-20', []), false],
  ])('when %s: fires %s', (_name, claim, expected) => {
    expect(fires(claim, 'death-date-not-through')).toBe(expected);
  });

  it('needs patient status 20', () => {
    const claim = makeClaim({
      patientStatus: '01',
      through: '2026-03-21',
      occurrenceCodes: [assessment, { code: '55', date: '2026-03-20' }],
    });
    expect(fires(claim, 'death-date-not-through')).toBe(false);
  });
});

describe('occurrence-span-as-occurrence', () => {
  const spanCodes = codeTables.occurrenceCodes.filter((row) => row.span).map((row) => row.code);

  it('has span codes to check', () => {
    expect(spanCodes).toEqual(expect.arrayContaining(['74', '76', 'M0']));
  });

  it.each(spanCodes)('warns about span code %s entered with one date', (code) => {
    for (const payer of ['medicare', 'bcbsil'] as const) {
      const claim = makeClaim({
        payer,
        occurrenceCodes: [assessment, { code, date: '2026-03-15' }],
      });
      const [finding] = findingsOf(claim, 'occurrence-span-as-occurrence');
      expect(finding).toMatchObject({ severity: 'warning', field: 'occurrenceCodes[1].code' });
      expect(finding?.message).toMatch(/\(FL 35-36\) with its from and through dates/);
    }
  });

  it.each(codeTables.occurrenceCodes.filter((row) => !row.span).map((row) => row.code))(
    'stays quiet on occurrence code %s',
    (code) => {
      const claim = makeClaim({ occurrenceCodes: [assessment, { code, date: '2026-03-05' }] });
      expect(fires(claim, 'occurrence-span-as-occurrence')).toBe(false);
    },
  );
});
