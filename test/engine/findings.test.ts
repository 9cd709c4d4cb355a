import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import type { ClaimInput, VisitInput } from '../../src/engine/index.ts';
import { evaluate, makeClaim, makeVisit, rules } from '../builders.ts';

const bcbsil = (overrides: Partial<ClaimInput> = {}): ClaimInput =>
  makeClaim({ payer: 'bcbsil', hipps: undefined, valueCodes: [], ...overrides });
const oneVisit = (visit: Partial<VisitInput>, claim: Partial<ClaimInput> = {}): ClaimInput =>
  makeClaim({ ...claim, visits: [makeVisit(visit)] });
const rnWeek = (minutes: number, days: number, start = '2026-03-09'): VisitInput[] =>
  Array.from({ length: days }, (_, i) =>
    makeVisit({
      id: `V${i + 1}`,
      date: `2026-03-${String(Number(start.slice(8)) + i).padStart(2, '0')}`,
      minutes,
    }),
  );

const assessment = { code: '50', date: '2026-03-09' };
const hippsItem = {
  id: 'H1',
  revenueCode: '0023',
  hcpcs: '1FC21',
  date: '2026-03-10',
  units: 1,
  charge: 0,
};
const supplyOn = (date: string) => ({ id: 'S1', revenueCode: '0270', date, units: 1, charge: 12 });
/** A Medicare 034x bill for one supply item, from `from` to `through`. */
const partB = (from: string, through: string): ClaimInput =>
  makeClaim({ billType: '0341', from, through, visits: [], items: [supplyOn(from)] });
/** A 2021 RAP (0322) with this patient status. */
const rap2021 = (patientStatus: string): ClaimInput =>
  makeClaim({
    billType: '0322',
    from: '2021-03-01',
    through: '2021-03-01',
    patientStatus,
    visits: [makeVisit({ date: '2021-03-01' })],
  });

/** For every catalogue id: a claim on which it fires, and a close one on which it does not. */
const cases: Record<string, { fires: ClaimInput | unknown; quiet: ClaimInput }> = {
  'invalid-input': {
    fires: oneVisit({ minutes: 'forty' as unknown as number }),
    quiet: oneVisit({ minutes: 40 }),
  },
  'short-visit': { fires: oneVisit({ minutes: 7 }), quiet: oneVisit({ minutes: 8 }) },
  'units-below-minimum': {
    fires: bcbsil({ visits: [makeVisit({ minutes: 30 })] }),
    quiet: bcbsil({ visits: [makeVisit({ minutes: 31 })] }),
  },
  'units-mismatch': {
    fires: oneVisit({ minutes: 45, units: 4 }),
    quiet: oneVisit({ minutes: 45, units: 3 }),
  },
  'units-over-96': {
    fires: bcbsil({ visits: [makeVisit({ service: 'private-duty', minutes: 1448 })] }),
    quiet: bcbsil({ visits: [makeVisit({ service: 'private-duty', minutes: 1447 })] }),
  },
  'units-over-day': {
    fires: bcbsil({ visits: [makeVisit({ credential: 'LPN', minutes: 1471 })] }),
    quiet: bcbsil({ visits: [makeVisit({ credential: 'LPN', minutes: 1470 })] }),
  },
  'code-not-effective': {
    fires: oneVisit({ hcpcs: 'G0154' }),
    quiet: oneVisit({ hcpcs: 'G0299' }),
  },
  'credential-not-allowed': {
    fires: oneVisit({ credential: 'LPN', hcpcs: 'G0299' }),
    quiet: oneVisit({ credential: 'LPN', hcpcs: 'G0300' }),
  },
  'no-hcpcs-fits': {
    fires: oneVisit({ service: 'private-duty' }),
    quiet: oneVisit({ service: 'direct' }),
  },
  'hcpcs-unknown': { fires: oneVisit({ hcpcs: 'G9999' }), quiet: oneVisit({ hcpcs: 'G0299' }) },
  'hcpcs-not-for-payer': {
    fires: oneVisit({ hcpcs: 'S9123' }),
    quiet: bcbsil({ visits: [makeVisit({ hcpcs: 'S9123' })] }),
  },
  'location-code-on-visit': {
    fires: oneVisit({ hcpcs: 'Q5001' }),
    quiet: oneVisit({ hcpcs: 'G0299' }),
  },
  'revenue-hcpcs-mismatch': {
    fires: oneVisit({ hcpcs: 'G0151' }),
    quiet: oneVisit({ hcpcs: 'G0299' }),
  },
  'multiple-hcpcs-per-visit': {
    fires: oneVisit({ hcpcs: ['G0299', 'G0495'] }),
    quiet: oneVisit({ hcpcs: ['G0299'] }),
  },
  'telehealth-not-visit': {
    fires: oneVisit({ mode: 'audio-video', hcpcs: 'G0299' }),
    quiet: oneVisit({ mode: 'audio-video', hcpcs: 'G0320' }),
  },
  'remote-monitoring-duplicate': {
    fires: makeClaim({
      visits: [
        makeVisit({ charge: 150 }),
        makeVisit({ id: 'M1', mode: 'remote-monitoring', monitoringDays: 10 }),
        makeVisit({
          id: 'M2',
          discipline: 'PT',
          credential: 'PT',
          mode: 'remote-monitoring',
          monitoringDays: 10,
        }),
      ],
    }),
    quiet: makeClaim({
      visits: [
        makeVisit({ charge: 150 }),
        makeVisit({ id: 'M1', mode: 'remote-monitoring', monitoringDays: 10 }),
      ],
    }),
  },
  'monitoring-days-over-period': {
    fires: oneVisit({ mode: 'remote-monitoring', date: '2026-03-30', monitoringDays: 10 }),
    quiet: oneVisit({ mode: 'remote-monitoring', date: '2026-03-30', monitoringDays: 9 }),
  },
  'revenue-not-valid-on-bill-type': {
    fires: makeClaim({ billType: '0341' }),
    // RP005 lets BCBSIL facility claims use 034x with the nursing revenue codes.
    quiet: bcbsil({ billType: '0341', from: '2026-03-09', through: '2026-03-15' }),
  },
  'hcpcs-not-valid-on-bill-type': {
    // Since 2024 the dNPWT device goes on the 032x claim (NPWT).
    fires: makeClaim({
      ...partB('2026-03-01', '2026-03-31'),
      items: [
        { id: 'D1', revenueCode: '0270', hcpcs: 'A9272', date: '2026-03-05', units: 1, charge: 95 },
      ],
    }),
    quiet: makeClaim({
      items: [
        { id: 'D1', revenueCode: '0270', hcpcs: 'A9272', date: '2026-03-10', units: 1, charge: 95 },
      ],
    }),
  },
  'occurrence-span-code-unknown': {
    fires: makeClaim({
      occurrenceSpanCodes: [{ code: '50', from: '2026-03-09', through: '2026-03-09' }],
    }),
    quiet: makeClaim({
      occurrenceSpanCodes: [{ code: '74', from: '2026-03-20', through: '2026-03-22' }],
    }),
  },
  'occurrence-span-outside-period': {
    fires: makeClaim({
      occurrenceSpanCodes: [{ code: '74', from: '2026-04-06', through: '2026-04-08' }],
    }),
    quiet: makeClaim({
      occurrenceSpanCodes: [{ code: '74', from: '2026-04-05', through: '2026-04-07' }],
    }),
  },
  'condition-c3-needs-m0': {
    fires: makeClaim({ conditionCodes: ['C3'] }),
    quiet: makeClaim({
      conditionCodes: ['C3'],
      occurrenceSpanCodes: [{ code: 'M0', from: '2026-03-09', through: '2026-03-31' }],
    }),
  },
  'visit-outside-period': {
    fires: oneVisit({ date: '2026-04-08' }),
    quiet: oneVisit({ date: '2026-04-07' }),
  },
  'hcpcs-required': {
    fires: makeClaim({
      items: [{ id: 'S1', revenueCode: '0274', date: '2026-03-10', units: 1, charge: 12 }],
    }),
    quiet: makeClaim({
      items: [
        { id: 'S1', revenueCode: '0274', hcpcs: 'A4550', date: '2026-03-10', units: 1, charge: 12 },
      ],
    }),
  },
  'hourly-upcoding-risk': {
    fires: bcbsil({ visits: [makeVisit({ hcpcs: 'G0299' })] }),
    quiet: bcbsil({ visits: [makeVisit({ hcpcs: 'S9123' })] }),
  },
  'hcpcs-differs-from-suggestion': {
    fires: bcbsil({ visits: [makeVisit({ service: 'private-duty', hcpcs: 'S9123' })] }),
    quiet: bcbsil({ visits: [makeVisit({ service: 'private-duty', hcpcs: 'T1000' })] }),
  },
  'per-diem-same-day': {
    fires: bcbsil({
      visits: [
        makeVisit({ discipline: 'PT', credential: 'PT' }),
        makeVisit({ id: 'V2', discipline: 'PT', credential: 'PT' }),
      ],
    }),
    quiet: bcbsil({
      visits: [
        makeVisit({ discipline: 'PT', credential: 'PT' }),
        makeVisit({ id: 'V2', discipline: 'PT', credential: 'PT', date: '2026-03-11' }),
      ],
    }),
  },
  'location-missing': {
    fires: oneVisit({ setting: undefined }),
    quiet: oneVisit({ setting: 'assisted-living' }),
  },
  'value-code-61-missing': {
    fires: makeClaim({ valueCodes: [{ code: '85', value: '17031' }] }),
    quiet: makeClaim(),
  },
  'value-code-61-duplicate': {
    fires: makeClaim({
      valueCodes: [
        { code: '61', value: '16974.00' },
        { code: '61', value: '99914.00' },
        { code: '85', value: '17031' },
      ],
    }),
    quiet: makeClaim(),
  },
  'value-code-85-missing': {
    fires: makeClaim({ valueCodes: [{ code: '61', value: '16974.00' }] }),
    quiet: makeClaim({
      from: '2018-11-01',
      through: '2018-12-30',
      valueCodes: [{ code: '61', value: '16974.00' }],
      visits: [makeVisit({ date: '2018-11-05', hcpcs: 'G0299' })],
    }),
  },
  'occurrence-55-missing': {
    fires: makeClaim({ patientStatus: '20' }),
    quiet: makeClaim({
      patientStatus: '20',
      occurrenceCodes: [{ code: '55', date: '2026-03-20' }],
    }),
  },
  'claim-change-reason-missing': {
    fires: makeClaim({ billType: '0327' }),
    quiet: makeClaim({ billType: '0327', conditionCodes: ['D9'] }),
  },
  'claim-change-reason-invalid': {
    fires: makeClaim({ billType: '0327', conditionCodes: ['D5'] }),
    quiet: makeClaim({ billType: '0328', conditionCodes: ['D5'] }),
  },
  'claim-change-reason-multiple': {
    fires: makeClaim({ billType: '0327', conditionCodes: ['D0', 'D1'] }),
    quiet: makeClaim({ billType: '0327', conditionCodes: ['D9'] }),
  },
  'rap-discontinued': {
    fires: makeClaim({ billType: '0322' }),
    quiet: makeClaim({ billType: '0322', from: '2021-12-01', through: '2021-12-30', visits: [] }),
  },
  'condition-a6-invalid': {
    fires: makeClaim({ conditionCodes: ['A6'] }),
    quiet: makeClaim({
      billType: '0341',
      conditionCodes: ['A6'],
      visits: [],
      items: [
        { id: 'D1', revenueCode: '0636', hcpcs: 'J3110', date: '2026-03-10', units: 1, charge: 40 },
      ],
    }),
  },
  'period-too-long': {
    fires: makeClaim({ through: '2026-04-08' }),
    quiet: makeClaim({ through: '2026-04-07' }),
  },
  'lupa-risk': {
    fires: makeClaim({ visits: [makeVisit(), makeVisit({ id: 'V2', mode: 'audio-video' })] }),
    quiet: makeClaim(),
  },
  'noa-late': {
    fires: makeClaim({ admissionDate: '2026-03-09', noaAcceptedDate: '2026-03-15' }),
    quiet: makeClaim({ admissionDate: '2026-03-09', noaAcceptedDate: '2026-03-14' }),
  },
  'noa-before-admission': {
    fires: makeClaim({ admissionDate: '2026-03-09', noaAcceptedDate: '2026-03-08' }),
    quiet: makeClaim({ admissionDate: '2026-03-09', noaAcceptedDate: '2026-03-09' }),
  },
  'no-skilled-visit': {
    fires: makeClaim({
      visits: [makeVisit({ discipline: 'AIDE', credential: 'AIDE', charge: 60 })],
    }),
    quiet: makeClaim(),
  },
  'telehealth-only-period': {
    fires: makeClaim({ visits: [makeVisit({ mode: 'audio-video', minutes: 20 })] }),
    quiet: makeClaim(),
  },
  'remarks-missing-for-d9': {
    fires: makeClaim({ billType: '0327', conditionCodes: ['D9'] }),
    quiet: makeClaim({
      billType: '0327',
      conditionCodes: ['D9'],
      remarks: 'Added the visit of 2026-03-20 and corrected units on 2026-03-12.',
    }),
  },
  'hipps-missing': { fires: makeClaim({ hipps: undefined }), quiet: makeClaim() },
  'bill-type-not-accepted': {
    fires: makeClaim({ billType: '0325' }),
    quiet: makeClaim({ billType: '0329' }),
  },
  'intermittent-exceeded': {
    fires: bcbsil({ visits: rnWeek(480, 7) }),
    quiet: bcbsil({ visits: rnWeek(479, 7) }),
  },
  'same-day-visits': {
    fires: bcbsil({ visits: [makeVisit(), makeVisit({ id: 'V2' })] }),
    quiet: bcbsil({
      visits: [makeVisit(), makeVisit({ id: 'V2', discipline: 'PT', credential: 'PT' })],
    }),
  },
  'revenue-pairing-unverified': { fires: bcbsil(), quiet: makeClaim() },
  'occurrence-50-missing': {
    fires: makeClaim({ occurrenceCodes: [] }),
    quiet: makeClaim({ billType: '0328', conditionCodes: ['D6'], occurrenceCodes: [] }),
  },
  'occurrence-61-62-both': {
    fires: makeClaim({
      occurrenceCodes: [
        { code: '50', date: '2026-03-09' },
        { code: '61', date: '2026-03-01' },
        { code: '62', date: '2026-03-05' },
      ],
    }),
    quiet: makeClaim({
      occurrenceCodes: [
        { code: '50', date: '2026-03-09' },
        { code: '62', date: '2026-03-05' },
      ],
    }),
  },
  'value-code-61-format': {
    fires: makeClaim({
      valueCodes: [
        { code: '61', value: '16974' },
        { code: '85', value: '17031' },
      ],
    }),
    quiet: makeClaim(),
  },
  'value-code-85-format': {
    fires: makeClaim({
      valueCodes: [
        { code: '61', value: '16974.00' },
        { code: '85', value: '17 031' },
      ],
    }),
    quiet: makeClaim(),
  },
  'value-code-medicare-applied': {
    fires: makeClaim({
      valueCodes: [
        { code: '61', value: '16974.00' },
        { code: '85', value: '17031' },
        { code: '17', value: '250.00' },
      ],
    }),
    quiet: makeClaim(),
  },
  'visit-charges-missing': {
    fires: makeClaim({ visits: [makeVisit({ charge: 150 }), makeVisit({ id: 'V2', charge: 0 })] }),
    quiet: makeClaim({
      visits: [makeVisit({ charge: 150 }), makeVisit({ id: 'V2', charge: 0.01 })],
    }),
  },
  'condition-code-unknown': {
    fires: bcbsil({ conditionCodes: ['ZZ'] }),
    quiet: bcbsil({ conditionCodes: ['07'] }),
  },
  'condition-code-duplicate': {
    fires: makeClaim({ conditionCodes: ['07', '07'] }),
    quiet: makeClaim({ conditionCodes: ['07'] }),
  },
  'time-entries-conflict': {
    fires: oneVisit({ minutes: 30, start: '10:00', end: '11:00' }),
    quiet: oneVisit({ minutes: 60, start: '10:00', end: '11:00' }),
  },
  'hipps-line-duplicate': {
    fires: makeClaim({ items: [hippsItem] }),
    quiet: makeClaim({ hipps: undefined, items: [hippsItem] }),
  },
  'item-outside-period': {
    fires: makeClaim({ items: [supplyOn('2026-04-08')] }),
    quiet: makeClaim({ items: [supplyOn('2026-04-07')] }),
  },
  'bill-034x-spans-years': {
    fires: partB('2025-12-15', '2026-01-10'),
    quiet: partB('2025-12-15', '2025-12-31'),
  },
  'condition-21-missing': {
    fires: makeClaim({ billType: '0320' }),
    quiet: makeClaim({ billType: '0320', conditionCodes: ['21'] }),
  },
  'condition-21-invalid': {
    fires: makeClaim({ conditionCodes: ['21'] }),
    quiet: makeClaim({ billType: '0320', conditionCodes: ['21'] }),
  },
  'death-date-not-through': {
    fires: makeClaim({
      patientStatus: '20',
      through: '2026-03-21',
      occurrenceCodes: [assessment, { code: '55', date: '2026-03-20' }],
    }),
    quiet: makeClaim({
      patientStatus: '20',
      through: '2026-03-20',
      occurrenceCodes: [assessment, { code: '55', date: '2026-03-20' }],
    }),
  },
  'rap-status-not-30': {
    fires: rap2021('01'),
    quiet: rap2021('30'),
  },
  'patient-status-unknown': {
    fires: makeClaim({ patientStatus: '05' }),
    quiet: makeClaim({ patientStatus: '01' }),
  },
  'occurrence-61-62-window': {
    fires: makeClaim({ occurrenceCodes: [assessment, { code: '61', date: '2026-02-22' }] }),
    quiet: makeClaim({ occurrenceCodes: [assessment, { code: '61', date: '2026-02-23' }] }),
  },
  'occurrence-62-later-period': {
    fires: makeClaim({
      admissionDate: '2026-02-07',
      occurrenceCodes: [assessment, { code: '62', date: '2026-03-01' }],
    }),
    quiet: makeClaim({
      admissionDate: '2026-03-09',
      occurrenceCodes: [assessment, { code: '62', date: '2026-03-01' }],
    }),
  },
  'occurrence-span-as-occurrence': {
    fires: makeClaim({ occurrenceCodes: [assessment, { code: '74', date: '2026-03-15' }] }),
    quiet: makeClaim({ occurrenceCodes: [assessment, { code: '61', date: '2026-03-05' }] }),
  },
};

describe('findings catalogue', () => {
  it('has a firing and a quiet case for every finding id', () => {
    expect(Object.keys(cases).sort()).toEqual(codeTables.findings.map((row) => row.id).sort());
  });

  it.each(Object.entries(cases))(
    '%s fires on its case and stays quiet on the near miss',
    (id, { fires, quiet }) => {
      const fired = evaluate(fires).findings.filter((finding) => finding.rule === id);
      expect(fired.length).toBeGreaterThan(0);
      expect(rules(evaluate(quiet).findings)).not.toContain(id);
      const row = codeTables.findings.find((entry) => entry.id === id)!;
      for (const finding of fired) {
        expect(finding.severity).toBe(row.severity);
        expect(finding.source.length).toBeGreaterThan(0);
        expect(finding.message).toMatch(/[.!]$/);
      }
    },
  );
});

describe('finding messages say what to do', () => {
  it('names the field and the value for invalid input', () => {
    const finding = evaluate(oneVisit({ minutes: 'forty' as unknown as number })).findings.find(
      (f) => f.rule === 'invalid-input',
    );
    expect(finding).toMatchObject({
      field: 'visits[0].minutes',
      target: { list: 'visits', index: 0, field: 'minutes' },
      lineId: 'V1',
    });
    expect(finding?.message).toBe('Expected a whole number from 0 to 10080; got "forty".');
  });

  it('states the late-NOA payment reduction', () => {
    const finding = evaluate(
      makeClaim({
        admissionDate: '2026-01-01',
        noaAcceptedDate: '2026-01-07',
        from: '2026-01-01',
        through: '2026-01-30',
        visits: [makeVisit({ date: '2026-01-02' }), makeVisit({ id: 'V2', date: '2026-01-05' })],
      }),
    ).findings.find((f) => f.rule === 'noa-late');
    expect(finding?.message).toMatch(/cut by 6\/30 \(20%\)/);
  });

  it('uses the LUPA threshold entered for the HIPPS code', () => {
    expect(rules(evaluate(makeClaim({ lupaThreshold: 3 })).findings)).toContain('lupa-risk');
  });

  it('flags nursing spread over more than 21 days as beyond intermittent care', () => {
    const visits = [
      makeVisit({ date: '2026-03-09', minutes: 60 }),
      makeVisit({ id: 'V2', date: '2026-03-30', minutes: 60 }),
    ];
    expect(rules(evaluate(bcbsil({ visits })).findings)).toContain('intermittent-exceeded');
    expect(
      rules(
        evaluate(
          bcbsil({
            visits: [visits[0]!, makeVisit({ id: 'V2', date: '2026-03-29', minutes: 60 })],
          }),
        ).findings,
      ),
    ).not.toContain('intermittent-exceeded');
  });

  it("reports every same-day visit after the first, naming the day's visits", () => {
    const visits = ['V1', 'V2', 'V3'].map((id) => makeVisit({ id }));
    const sameDay = evaluate(bcbsil({ visits })).findings.filter(
      (finding) => finding.rule === 'same-day-visits',
    );
    expect(sameDay.map((finding) => finding.lineId)).toEqual(['V2', 'V3']);
    expect(sameDay[1]!.field).toBe('visits[2].modifiers');
    expect(sameDay[1]!.message).toBe(
      "3 SN visits on 2026-03-10 (V1, V2, V3). Bill each on its own line with its own units, and enter the modifier the plan requires in this visit's Modifiers: RP005 has it appended to each visit after the first.",
    );
  });

  it.each([
    ['no modifier on any visit', [[], [], []], ['V2', 'V3']],
    ['a modifier on the second visit only', [[], ['76'], []], ['V3']],
    ['a modifier on every visit after the first', [[], ['76'], ['XU']], []],
    ['a modifier on the first visit only', [['76'], [], []], ['V2', 'V3']],
  ])('with %s, reports %j (RP005: the modifier goes on the line)', (_name, modifiers, lineIds) => {
    const visits = ['V1', 'V2', 'V3'].map((id, i) => makeVisit({ id, modifiers: modifiers[i] }));
    const sameDay = evaluate(bcbsil({ visits })).findings.filter(
      (finding) => finding.rule === 'same-day-visits',
    );
    expect(sameDay.map((finding) => finding.lineId)).toEqual(lineIds);
  });

  it("names six of a day's visits and counts the rest", () => {
    const visits = Array.from({ length: 8 }, (_, i) => makeVisit({ id: `V${i + 1}` }));
    const message = evaluate(bcbsil({ visits })).findings.find(
      (finding) => finding.rule === 'same-day-visits',
    )?.message;
    expect(message).toMatch(/^8 SN visits on 2026-03-10 \(V1, V2, V3, V4, V5, V6 and 2 more\)\./);
  });
});
