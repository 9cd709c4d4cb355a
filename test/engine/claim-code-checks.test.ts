// Boundaries of the claim-level checks a Medicare coder expects: occurrence code 50 by From
// date and type of bill, occurrence codes 61/62, the value code 61 and 85 amounts, value codes
// Medicare adds itself, visit charges on a 0329, and condition codes unknown or entered twice.
import { describe, expect, it } from 'vitest';
import type { ClaimInput, Finding } from '../../src/engine/index.ts';
import { evaluate, makeClaim, makeVisit, rules } from '../builders.ts';

function findingsOf(claim: ClaimInput, rule: string): Finding[] {
  return evaluate(claim).findings.filter((finding) => finding.rule === rule);
}

const assessment = { code: '50', date: '2026-03-09' };

describe('the default test claim', () => {
  it('raises no finding at all', () => {
    expect(evaluate(makeClaim()).findings).toEqual([]);
  });
});

describe('occurrence-50-missing', () => {
  const periodFrom = (from: string, through: string, visitDate: string): Partial<ClaimInput> => ({
    from,
    through,
    occurrenceCodes: [],
    visits: [makeVisit({ date: visitDate, hcpcs: 'G0299', charge: 150 })],
  });

  it.each([
    ['a period starting 2019-12-31', periodFrom('2019-12-31', '2020-02-28', '2020-01-02'), false],
    ['a period starting 2020-01-01', periodFrom('2020-01-01', '2020-01-30', '2020-01-02'), true],
    ['a period starting 2026-03-09', periodFrom('2026-03-09', '2026-04-07', '2026-03-10'), true],
  ])('on %s: fires %s', (_name, claim, fires) => {
    expect(rules(evaluate(makeClaim(claim)).findings).includes('occurrence-50-missing')).toBe(
      fires,
    );
  });

  it('takes the first visit as the period start when the From date is missing', () => {
    const claim = makeClaim({ from: undefined, occurrenceCodes: [] });
    expect(findingsOf(claim, 'occurrence-50-missing')).toHaveLength(1);
  });

  it.each([
    ['0329', [], true],
    ['0327', ['D9'], true],
    ['0328', ['D6'], false],
    ['0320', ['21'], false],
    ['032A', [], false],
    ['032D', [], false],
    ['0341', [], false],
  ])('on type of bill %s: fires %s', (billType, conditionCodes, fires) => {
    const claim = makeClaim({ billType, conditionCodes, occurrenceCodes: [] });
    expect(findingsOf(claim, 'occurrence-50-missing').length > 0).toBe(fires);
  });

  it('does not fire on a 2021 RAP (0322)', () => {
    const claim = makeClaim({
      billType: '0322',
      from: '2021-03-01',
      through: '2021-03-30',
      occurrenceCodes: [],
      visits: [makeVisit({ date: '2021-03-02' })],
    });
    expect(rules(evaluate(claim).findings)).not.toContain('occurrence-50-missing');
  });

  it('says to add the code with the M0090 date', () => {
    const [finding] = findingsOf(makeClaim({ occurrenceCodes: [] }), 'occurrence-50-missing');
    expect(finding).toMatchObject({ severity: 'error', field: 'claim.occurrenceCodes' });
    expect(finding?.message).toBe(
      'Add occurrence code 50 with the date the OASIS assessment for this period was completed (M0090). Medicare returns 0329 claims for periods from 2020-01-01 that lack it.',
    );
  });

  it('asks for the date when occurrence code 50 has none', () => {
    const claim = makeClaim({
      occurrenceCodes: [{ code: '50' } as { code: string; date: string }],
    });
    expect(findingsOf(claim, 'occurrence-50-missing')[0]?.message).toMatch(
      /^Occurrence code 50 has no date\. Enter the date/,
    );
  });

  it('is a Medicare rule only', () => {
    const claim = makeClaim({ payer: 'bcbsil', occurrenceCodes: [] });
    expect(rules(evaluate(claim).findings)).not.toContain('occurrence-50-missing');
  });
});

describe('occurrence-61-62-both', () => {
  it.each([
    ['no discharge code', [], false],
    ['61 alone', ['61'], false],
    ['62 alone', ['62'], false],
    ['61 and 62', ['61', '62'], true],
    ['61 twice', ['61', '61'], true],
    ['62 twice', ['62', '62'], true],
  ])('%s: fires %s', (_name, codes, fires) => {
    const claim = makeClaim({
      occurrenceCodes: [assessment, ...codes.map((code) => ({ code, date: '2026-03-02' }))],
    });
    expect(findingsOf(claim, 'occurrence-61-62-both').length).toBe(fires ? 1 : 0);
  });

  it('says to keep the most recent discharge', () => {
    const claim = makeClaim({
      occurrenceCodes: [
        assessment,
        { code: '61', date: '2026-03-01' },
        { code: '62', date: '2026-03-05' },
      ],
    });
    expect(findingsOf(claim, 'occurrence-61-62-both')[0]?.message).toBe(
      'Occurrence codes 61 (hospital discharge) and 62 (other institutional discharge) are both on this claim. Keep one: the most recent inpatient discharge within the 14 days before the From date. Remove the others.',
    );
  });
});

const withValueCodes = (...valueCodes: { code: string; value: string }[]): ClaimInput =>
  makeClaim({ valueCodes });

describe('value-code-61-format', () => {
  it.each([
    ['16974.00', null],
    ['99916.00', null],
    [
      '16974',
      'Value code 61 is entered as "16974"; enter 16974.00, the CBSA code with two zero cents.',
    ],
    [
      '16974.0',
      'Value code 61 is entered as "16974.0"; enter 16974.00, the CBSA code with two zero cents.',
    ],
    [
      '1697400',
      'Value code 61 is entered as "1697400"; enter 16974.00, the CBSA code with two zero cents.',
    ],
    [
      '16974.5',
      'Value code 61 is entered as "16974.5", which is not a CBSA code keyed as an amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).',
    ],
    [
      'ABCDE.00',
      'Value code 61 is entered as "ABCDE.00", which is not a CBSA code keyed as an amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).',
    ],
    [
      '1697.00',
      'Value code 61 is entered as "1697.00", which is not a CBSA code keyed as an amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).',
    ],
    [
      '',
      'Value code 61 has no amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).',
    ],
  ])('value %j: %s', (value, message) => {
    const found = findingsOf(
      withValueCodes({ code: '61', value }, { code: '85', value: '17031' }),
      'value-code-61-format',
    );
    expect(found.map((finding) => finding.message)).toEqual(message === null ? [] : [message]);
  });

  it('reads a CBSA code given as a JSON number as its digits, without cents', () => {
    const claim = { ...withValueCodes({ code: '85', value: '17031' }) } as Record<string, unknown>;
    claim.valueCodes = [
      { code: '61', value: 16974 },
      { code: '85', value: '17031' },
    ];
    expect(evaluate(claim).findings.map((finding) => finding.rule)).toContain(
      'value-code-61-format',
    );
  });
});

describe('value-code-85-format (Palmetto reason code 37257, CGS value code 85)', () => {
  const howToKey =
    'the FIPS state and county code with two zero cents, such as 19153.00 for 19153 (Polk County, Iowa); a code that begins with a zero is keyed without it (08019 as 8019.00)';
  it.each([
    ['17031', null],
    ['19153.00', null],
    ['1915300', null],
    ['8019.00', null],
    ['801900', null],
    ['08019', null],
    ['8019', null],
    [
      '17 031',
      'Value code 85 is entered as "17 031"; enter 17031.00, with no space between the state and county parts.',
    ],
    [
      '08-019',
      'Value code 85 is entered as "08-019"; enter 8019.00, with no space between the state and county parts.',
    ],
    [
      '170311',
      `Value code 85 is entered as "170311", which is not a FIPS county code keyed as an amount. Enter ${howToKey}.`,
    ],
    [
      '19153.50',
      `Value code 85 is entered as "19153.50", which is not a FIPS county code keyed as an amount. Enter ${howToKey}.`,
    ],
    [
      'COOK',
      `Value code 85 is entered as "COOK", which is not a FIPS county code keyed as an amount. Enter ${howToKey}.`,
    ],
    ['', `Value code 85 has no amount. Enter ${howToKey}.`],
  ])('value %j: %s', (value, message) => {
    const found = findingsOf(
      withValueCodes({ code: '61', value: '16974.00' }, { code: '85', value }),
      'value-code-85-format',
    );
    expect(found.map((finding) => finding.message)).toEqual(message === null ? [] : [message]);
  });

  it('never tells the coder to put a leading zero back', () => {
    for (const value of ['801', '8019.5', 'x8019'])
      for (const finding of findingsOf(
        withValueCodes({ code: '61', value: '16974.00' }, { code: '85', value }),
        'value-code-85-format',
      ))
        expect(finding.message).not.toMatch(/enter 0\d/);
  });
});

describe('value-code-medicare-applied', () => {
  const base = [
    { code: '61', value: '16974.00' },
    { code: '85', value: '17031' },
  ];

  it.each([
    ['17', 'Outlier amount'],
    ['62', 'HH visits, Part A'],
    ['63', 'HH visits, Part B'],
    ['64', 'HH reimbursement, Part A'],
    ['65', 'HH reimbursement, Part B'],
    ['QF', 'Late-filed RAP penalty amount'],
    ['QV', 'Value-based purchasing adjustment amount'],
  ])('warns that value code %s (%s) is added by Medicare', (code, description) => {
    const found = findingsOf(
      withValueCodes(...base, { code, value: '100.00' }),
      'value-code-medicare-applied',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      field: `valueCodes[${base.length}].code`,
    });
    expect(found[0]?.message).toBe(
      `Value code ${code} (${description}) is added by Medicare when it processes the claim; the agency never enters it. Remove value code ${code}.`,
    );
  });

  it('stays quiet on the codes the agency enters (61 and 85)', () => {
    expect(findingsOf(withValueCodes(...base), 'value-code-medicare-applied')).toEqual([]);
  });

  it('reports a code entered twice once', () => {
    const claim = withValueCodes(
      ...base,
      { code: '17', value: '1.00' },
      { code: '17', value: '2.00' },
    );
    expect(findingsOf(claim, 'value-code-medicare-applied')).toHaveLength(1);
  });

  it('is a Medicare rule only', () => {
    const claim = makeClaim({ payer: 'bcbsil', valueCodes: [{ code: '17', value: '1.00' }] });
    expect(rules(evaluate(claim).findings)).not.toContain('value-code-medicare-applied');
  });
});

describe('visit-charges-missing (Palmetto reason code 32243)', () => {
  it.each([
    ['0329, no visit charged', '0329', [undefined, undefined], ['V1', 'V2']],
    ['0329, every charge 0', '0329', [0, 0], ['V1', 'V2']],
    ['0329, the second visit without a charge', '0329', [150, undefined], ['V2']],
    ['0329, the first visit charged $0.01 and the second 0', '0329', [0.01, 0], ['V2']],
    ['0329, every visit charged', '0329', [150, 150], []],
    ['0327, the first visit without a charge', '0327', [undefined, 150], ['V1']],
    ['0327, every visit charged', '0327', [150, 150], []],
    ['0320 no-payment bill, no visit charged', '0320', [undefined, undefined], []],
  ])('%s: reported on %j', (_name, billType, charges, lineIds) => {
    const claim = makeClaim({
      billType,
      conditionCodes: billType === '0327' ? ['D9'] : billType === '0320' ? ['21'] : [],
      visits: charges.map((charge, i) =>
        makeVisit({ id: `V${i + 1}`, ...(charge === undefined ? {} : { charge }) }),
      ),
    });
    expect(findingsOf(claim, 'visit-charges-missing').map((finding) => finding.lineId)).toEqual(
      lineIds,
    );
  });

  it('points at the Charge cell of the visit without a charge', () => {
    const [finding] = findingsOf(
      makeClaim({
        visits: [makeVisit({ charge: 150 }), makeVisit({ id: 'V2', date: '2026-03-12' })],
      }),
      'visit-charges-missing',
    );
    expect(finding).toMatchObject({ lineId: 'V2', field: 'visits[1].charge', severity: 'error' });
    expect(finding?.message).toBe(
      "This visit line (2026-03-12) has no charge, and Medicare returns a 0329 claim with any visit line without one (reason code 32243). Enter the visit's charge.",
    );
  });

  it('leaves telehealth and monitoring lines alone: they are not visits', () => {
    const claim = makeClaim({
      visits: [
        makeVisit({ charge: 150 }),
        makeVisit({ id: 'T1', mode: 'audio-video', minutes: 20 }),
        makeVisit({ id: 'M1', mode: 'remote-monitoring', monitoringDays: 5 }),
      ],
    });
    expect(findingsOf(claim, 'visit-charges-missing')).toEqual([]);
  });

  it('asks for the visits on a 0329 with no visit lines', () => {
    const [finding] = findingsOf(makeClaim({ visits: [] }), 'visit-charges-missing');
    expect(finding?.message).toBe(
      'This 0329 claim has no visit lines. A period claim needs every visit of the period in line detail, each with its charge; add the visits.',
    );
  });

  it('is a Medicare rule only', () => {
    const claim = makeClaim({ payer: 'bcbsil', visits: [makeVisit()] });
    expect(rules(evaluate(claim).findings)).not.toContain('visit-charges-missing');
  });
});

describe('condition codes', () => {
  it.each(['medicare', 'bcbsil'] as const)(
    'warns once about a code not in the tables, on %s',
    (payer) => {
      const claim = makeClaim({ payer, conditionCodes: ['ZZ', '07', 'ZZ'] });
      const found = findingsOf(claim, 'condition-code-unknown');
      expect(found.map((finding) => finding.message)).toEqual([
        "Condition code ZZ is not in this tool's tables. Check it against the payer's list of condition codes, and remove it if it does not apply.",
      ]);
      expect(found[0]).toMatchObject({ severity: 'warning', field: 'claim.conditionCodes' });
    },
  );

  it.each([
    ['one code', ['07'], []],
    ['two different codes', ['07', '20'], []],
    ['a code twice', ['07', '07'], ['Condition code 07 is entered 2 times. Enter it once.']],
    [
      'a code three times',
      ['20', '20', '20'],
      ['Condition code 20 is entered 3 times. Enter it once.'],
    ],
    [
      'two codes twice each',
      ['07', '20', '07', '20'],
      [
        'Condition code 07 is entered 2 times. Enter it once.',
        'Condition code 20 is entered 2 times. Enter it once.',
      ],
    ],
  ])('condition-code-duplicate with %s', (_name, conditionCodes, messages) => {
    for (const payer of ['medicare', 'bcbsil'] as const) {
      const found = findingsOf(makeClaim({ payer, conditionCodes }), 'condition-code-duplicate');
      expect(found.map((finding) => finding.message)).toEqual(messages);
    }
  });
});

describe('every new claim check', () => {
  it('ends each message with a period', () => {
    const claim = makeClaim({
      conditionCodes: ['ZZ', 'ZZ'],
      occurrenceCodes: [
        { code: '61', date: '2026-03-01' },
        { code: '62', date: '2026-03-02' },
      ],
      valueCodes: [
        { code: '61', value: '16974' },
        { code: '85', value: '170311' },
        { code: 'QV', value: '1.00' },
      ],
      visits: [makeVisit()],
    });
    const ids = [
      'occurrence-50-missing',
      'occurrence-61-62-both',
      'value-code-61-format',
      'value-code-85-format',
      'value-code-medicare-applied',
      'visit-charges-missing',
      'condition-code-unknown',
      'condition-code-duplicate',
    ];
    const found = evaluate(claim).findings.filter((finding) => ids.includes(finding.rule));
    expect(new Set(found.map((finding) => finding.rule))).toEqual(new Set(ids));
    for (const finding of found) expect(finding.message).toMatch(/\.$/);
  });
});

describe('hipps-missing (Palmetto reason code 32243)', () => {
  it.each([
    ['0329', [], true],
    ['0327', ['D9'], true],
    ['0328', ['D6'], false],
    ['0320', ['21'], false],
    ['032A', [], false],
  ])('on type of bill %s without a HIPPS code: an error %s', (billType, conditionCodes, fires) => {
    const claim = makeClaim({
      billType,
      conditionCodes: conditionCodes.slice(1),
      hipps: undefined,
    });
    const found = findingsOf(claim, 'hipps-missing');
    expect(found.length > 0).toBe(fires);
    if (fires) expect(found[0]).toMatchObject({ severity: 'error', field: 'claim.hipps' });
  });

  it('stays quiet when the HIPPS code is entered', () => {
    expect(findingsOf(makeClaim({ hipps: '1FC21' }), 'hipps-missing')).toEqual([]);
  });

  it('says the claim is returned without its 0023 line', () => {
    const [finding] = findingsOf(makeClaim({ hipps: undefined }), 'hipps-missing');
    expect(finding?.message).toMatch(
      /^Enter the HIPPS code: a 0329 claim without its 0023 line is returned \(reason code 32243\)\./,
    );
  });
});
