import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import type { HcpcsRow } from '../../src/data/schema.ts';
import { addDays, type VisitInput } from '../../src/engine/index.ts';
import { evaluate, evaluateVisit, makeClaim, makeVisit, rules } from '../builders.ts';

type VisitShape = Pick<VisitInput, 'discipline' | 'credential' | 'service'>;

describe('Medicare code choice', () => {
  it.each<[string, VisitShape, string, string]>([
    [
      'RN direct care in 2015',
      { discipline: 'SN', credential: 'RN', service: 'direct' },
      '2015-12-31',
      'G0154',
    ],
    [
      'RN direct care in 2016',
      { discipline: 'SN', credential: 'RN', service: 'direct' },
      '2016-01-01',
      'G0299',
    ],
    [
      'LPN direct care in 2015',
      { discipline: 'SN', credential: 'LPN', service: 'direct' },
      '2015-12-31',
      'G0154',
    ],
    [
      'LPN direct care in 2016',
      { discipline: 'SN', credential: 'LPN', service: 'direct' },
      '2016-01-01',
      'G0300',
    ],
    [
      'RN observation in 2016',
      { discipline: 'SN', credential: 'RN', service: 'observation' },
      '2016-12-31',
      'G0163',
    ],
    [
      'RN observation in 2017',
      { discipline: 'SN', credential: 'RN', service: 'observation' },
      '2017-01-01',
      'G0493',
    ],
    [
      'LPN observation in 2017',
      { discipline: 'SN', credential: 'LPN', service: 'observation' },
      '2017-01-01',
      'G0494',
    ],
    [
      'LPN training in 2016',
      { discipline: 'SN', credential: 'LPN', service: 'training' },
      '2016-12-31',
      'G0164',
    ],
    [
      'RN training in 2017',
      { discipline: 'SN', credential: 'RN', service: 'training' },
      '2017-01-01',
      'G0495',
    ],
    [
      'LPN training in 2017',
      { discipline: 'SN', credential: 'LPN', service: 'training' },
      '2017-01-01',
      'G0496',
    ],
    [
      'RN management',
      { discipline: 'SN', credential: 'RN', service: 'management' },
      '2026-03-10',
      'G0162',
    ],
    [
      'PT therapy',
      { discipline: 'PT', credential: 'PT', service: 'therapy' },
      '2026-03-10',
      'G0151',
    ],
    [
      'PTA therapy',
      { discipline: 'PT', credential: 'PTA', service: 'therapy' },
      '2026-03-10',
      'G0157',
    ],
    [
      'PT maintenance',
      { discipline: 'PT', credential: 'PT', service: 'maintenance' },
      '2026-03-10',
      'G0159',
    ],
    [
      'PTA maintenance from 2020',
      { discipline: 'PT', credential: 'PTA', service: 'maintenance' },
      '2020-01-01',
      'G2168',
    ],
    [
      'OT therapy',
      { discipline: 'OT', credential: 'OT', service: 'therapy' },
      '2026-03-10',
      'G0152',
    ],
    [
      'OTA therapy',
      { discipline: 'OT', credential: 'OTA', service: 'therapy' },
      '2026-03-10',
      'G0158',
    ],
    [
      'OT maintenance',
      { discipline: 'OT', credential: 'OT', service: 'maintenance' },
      '2026-03-10',
      'G0160',
    ],
    [
      'OTA maintenance from 2020',
      { discipline: 'OT', credential: 'OTA', service: 'maintenance' },
      '2020-01-01',
      'G2169',
    ],
    [
      'SLP therapy',
      { discipline: 'SLP', credential: 'SLP', service: 'therapy' },
      '2026-03-10',
      'G0153',
    ],
    [
      'SLP maintenance',
      { discipline: 'SLP', credential: 'SLP', service: 'maintenance' },
      '2026-03-10',
      'G0161',
    ],
    [
      'social work',
      { discipline: 'MSS', credential: 'MSW', service: 'social-work' },
      '2026-03-10',
      'G0155',
    ],
    ['aide', { discipline: 'AIDE', credential: 'AIDE', service: 'aide' }, '2026-03-10', 'G0156'],
  ])('codes %s as %s on %s', (_name, shape, date, code) => {
    const line = evaluateVisit({ ...shape, date }, { from: undefined, through: undefined });
    expect(line.suggestedHcpcs).toBe(code);
    expect(line.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('uses the default service of the discipline when none is entered', () => {
    expect(evaluateVisit({ discipline: 'PT', credential: 'PT', service: undefined }).hcpcs).toBe(
      'G0151',
    );
    expect(evaluateVisit({ discipline: 'SN', credential: 'RN', service: undefined }).hcpcs).toBe(
      'G0299',
    );
  });

  it.each([
    ['SN', '0551'],
    ['PT', '0421'],
    ['OT', '0431'],
    ['SLP', '0441'],
    ['MSS', '0561'],
    ['AIDE', '0571'],
  ] as const)('puts %s visits on revenue code %s', (discipline, revenueCode) => {
    const credential = codeTables.disciplines.find((row) => row.code === discipline)!
      .credentials[0]!;
    expect(evaluateVisit({ discipline, credential }).revenueCode).toBe(revenueCode);
  });

  it('leaves an LPN management visit without a code and says why', () => {
    const line = evaluateVisit({ credential: 'LPN', service: 'management' });
    expect(line.hcpcs).toBeNull();
    expect(rules(line.findings)).toContain('credential-not-allowed');
    expect(line.findings.find((f) => f.rule === 'credential-not-allowed')?.message).toMatch(
      /G0162 is for RN only/,
    );
  });

  it('leaves a PTA maintenance visit before 2020 without a code and says why', () => {
    const line = evaluateVisit(
      { discipline: 'PT', credential: 'PTA', service: 'maintenance', date: '2019-12-31' },
      { from: undefined, through: undefined },
    );
    expect(line.hcpcs).toBeNull();
    const finding = line.findings.find((f) => f.rule === 'code-not-effective');
    expect(finding?.message).toMatch(/G2168 is valid from 2020-01-01/);
  });

  it('refuses a credential that does not belong to the discipline', () => {
    const line = evaluateVisit({ discipline: 'SN', credential: 'PTA' });
    expect(line.hcpcs).toBeNull();
    expect(rules(line.findings)).toContain('credential-not-allowed');
  });

  it('codes a mixed visit by the service with the most minutes and counts all of its time', () => {
    const line = evaluateVisit({
      minutes: undefined,
      activities: [
        { service: 'direct', minutes: 20 },
        { service: 'training', minutes: 25 },
        { service: 'observation', minutes: 10 },
      ],
    });
    expect([line.hcpcs, line.minutes, line.units]).toEqual(['G0495', 55, 4]);
  });

  it('breaks a tie between activities by the one listed first', () => {
    const line = evaluateVisit({
      activities: [
        { service: 'observation', minutes: 20 },
        { service: 'direct', minutes: 20 },
      ],
    });
    expect(line.hcpcs).toBe('G0493');
  });

  it('puts telehealth on the discipline revenue code', () => {
    const line = evaluateVisit({ discipline: 'PT', credential: 'PT', mode: 'audio-only' });
    expect([line.hcpcs, line.revenueCode]).toEqual(['G0321', '0421']);
  });
});

describe('every dated code on its first and last valid day', () => {
  const dated = codeTables.hcpcs.filter(
    (row) => row.effectiveFrom !== undefined || row.effectiveTo !== undefined,
  );
  const cases = dated.flatMap((row) => {
    const edges: [string, string, HcpcsRow, string, boolean][] = [];
    if (row.effectiveFrom) {
      edges.push([row.code, 'first day', row, row.effectiveFrom, true]);
      edges.push([row.code, 'day before', row, addDays(row.effectiveFrom, -1), false]);
    }
    if (row.effectiveTo) {
      edges.push([row.code, 'last day', row, row.effectiveTo, true]);
      edges.push([row.code, 'day after', row, addDays(row.effectiveTo, 1), false]);
    }
    return edges;
  });

  it('covers every dated code', () => {
    expect(new Set(cases.map(([code]) => code)).size).toBe(dated.length);
  });

  it.each(cases)('%s on its %s', (code, _edge, row, date, valid) => {
    if (row.kind === 'location') {
      // Location codes are added by the engine with the first visit of a period from their start.
      const result = evaluate(
        makeClaim({
          from: date,
          through: addDays(date, 29),
          visits: [
            makeVisit({
              date,
              setting: row.setting!,
              hcpcs: date < '2016-01-01' ? 'G0154' : undefined,
            }),
          ],
        }),
      );
      expect(result.claimLines.some((line) => line.hcpcs === code)).toBe(valid);
      return;
    }
    const shape: Partial<VisitInput> =
      row.kind === 'telehealth'
        ? { discipline: 'SN', credential: 'RN', mode: row.mode!, monitoringDays: 3 }
        : {
            discipline: row.discipline!,
            credential: row.credentials[0]!,
            service: row.services[0]!,
          };
    const payer = row.payers.includes('medicare') ? 'medicare' : 'bcbsil';
    const line = evaluateVisit(
      { ...shape, date, hcpcs: code },
      { payer, from: undefined, through: undefined },
    );
    expect(rules(line.findings).includes('code-not-effective')).toBe(!valid);
  });

  it('names the replacement when a retired code is entered', () => {
    const line = evaluateVisit(
      { date: '2016-01-04', hcpcs: 'G0154' },
      { from: undefined, through: undefined },
    );
    const finding = line.findings.find((f) => f.rule === 'code-not-effective');
    expect(finding?.message).toBe(
      'G0154 ended on 2015-12-31, so it is not valid on 2016-01-04. For this RN visit on this date use G0299.',
    );
  });
});

describe('credential rules', () => {
  const visitCodes = codeTables.hcpcs.filter(
    (row) => row.kind === 'visit' && row.discipline && row.credentials.length > 0,
  );
  const disciplineOf = new Map(codeTables.disciplines.map((row) => [row.code, row]));
  const cases = visitCodes.flatMap((row) =>
    disciplineOf
      .get(row.discipline!)!
      .credentials.map(
        (credential) => [row.code, credential, row.credentials.includes(credential), row] as const,
      ),
  );

  it.each(cases)('%s entered for a %s visit: allowed is %s', (code, credential, allowed, row) => {
    const date = row.effectiveTo ?? row.effectiveFrom ?? '2026-03-10';
    const payer = row.payers.includes('medicare') ? 'medicare' : 'bcbsil';
    const line = evaluateVisit(
      { discipline: row.discipline!, credential, service: row.services[0]!, hcpcs: code, date },
      { payer, from: undefined, through: undefined },
    );
    expect(rules(line.findings).includes('credential-not-allowed')).toBe(!allowed);
  });
});

describe('BCBSIL code choice', () => {
  it.each<[string, Partial<VisitInput>, string, string]>([
    ['RN nursing', { discipline: 'SN', credential: 'RN' }, 'S9123', '0552'],
    ['LPN nursing', { discipline: 'SN', credential: 'LPN' }, 'S9124', '0552'],
    [
      'private duty nursing',
      { discipline: 'SN', credential: 'LPN', service: 'private-duty' },
      'T1000',
      '0551',
    ],
    ['PT', { discipline: 'PT', credential: 'PT' }, 'S9131', '0421'],
    ['OT', { discipline: 'OT', credential: 'OTA' }, 'S9129', '0431'],
    ['SLP', { discipline: 'SLP', credential: 'SLP' }, 'S9128', '0441'],
    ['social work', { discipline: 'MSS', credential: 'MSW' }, 'S9127', '0561'],
    ['aide', { discipline: 'AIDE', credential: 'AIDE' }, 'S9122', '0572'],
  ])('codes %s as %s on %s', (_name, visit, code, revenueCode) => {
    const line = evaluateVisit(visit, { payer: 'bcbsil' });
    expect([line.hcpcs, line.revenueCode, line.basis.revenuePairingVerified]).toEqual([
      code,
      revenueCode,
      false,
    ]);
  });

  it('keeps an entered G-code with its own 15-minute units and warns of upcoding', () => {
    const line = evaluateVisit({ minutes: 60, hcpcs: 'G0299' }, { payer: 'bcbsil' });
    expect([line.hcpcs, line.suggestedHcpcs, line.units, line.unitBasis]).toEqual([
      'G0299',
      'S9123',
      4,
      '15-minute',
    ]);
    expect(rules(line.findings)).toContain('hourly-upcoding-risk');
  });

  it('bills RP005 private duty example: 12 hours a day for 5 days is 240 units of T1000', () => {
    const days = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
    const total = days.reduce(
      (sum, date) =>
        sum +
        evaluateVisit(
          { date, credential: 'RN', service: 'private-duty', minutes: 720 },
          { payer: 'bcbsil' },
        ).units,
      0,
    );
    expect(total).toBe(240);
  });
});
