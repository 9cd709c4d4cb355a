// Checks on one visit line: a location code typed as a visit's code, an entered code that is
// valid but not the one the visit's entries call for, remote monitoring billed on more than one
// line or past the period, the 034x revenue code rule kept to Medicare, visits outside the
// period, and the sources a finding cites.
import { describe, expect, it } from 'vitest';
import type { ClaimInput, VisitInput } from '../../src/engine/index.ts';
import { codeTables } from '../../src/data/index.ts';
import { evaluate, evaluateVisit, makeClaim, makeVisit, rules } from '../builders.ts';

const bcbsil = (visits: VisitInput[], claim: Partial<ClaimInput> = {}): ClaimInput =>
  makeClaim({ payer: 'bcbsil', hipps: undefined, valueCodes: [], visits, ...claim });

describe('location-code-on-visit', () => {
  it.each(['Q5001', 'Q5002', 'Q5009'])('%s entered as the visit code is an error', (code) => {
    const line = evaluateVisit({ hcpcs: code });
    const finding = line.findings.find((f) => f.rule === 'location-code-on-visit');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(`${code} is a location code`);
    expect(finding?.message).toContain('G0299');
    expect(finding?.field).toBe('visits[0].hcpcs');
  });

  it('is not raised for visit codes, and the location line is still added', () => {
    const result = evaluate(makeClaim());
    expect(rules(result.findings)).not.toContain('location-code-on-visit');
    expect(result.claimLines.map((line) => line.hcpcs)).toContain('Q5001');
  });
});

describe('hcpcs-differs-from-suggestion', () => {
  const claims = {
    medicare: (visits: VisitInput[]) => makeClaim({ visits }),
    bcbsil: (visits: VisitInput[]) => bcbsil(visits),
  };
  const differs = (visit: Partial<VisitInput>, payer: keyof typeof claims) =>
    evaluate(claims[payer]([makeVisit(visit)])).findings.find(
      (f) => f.rule === 'hcpcs-differs-from-suggestion',
    );

  it.each([
    [{ service: 'private-duty', hcpcs: 'S9123' }, 'bcbsil', 'T1000'],
    [{ service: 'private-duty', hcpcs: 'T1000' }, 'bcbsil', null],
    [{ service: 'direct', hcpcs: 'S9123' }, 'bcbsil', null],
    [{ service: 'management', hcpcs: 'G0299' }, 'medicare', 'G0162'],
    [{ service: 'observation', hcpcs: 'G0493' }, 'medicare', null],
    // No service named: the entered code is taken as saying what was given.
    [{ service: undefined, hcpcs: 'G0493' }, 'medicare', null],
    // Another finding already explains the code (retired on this date).
    [{ service: 'direct', hcpcs: 'G0154' }, 'medicare', null],
  ] as const)('%j on a %s claim → suggests %s', (visit, payer, suggested) => {
    const finding = differs(visit as Partial<VisitInput>, payer);
    if (suggested === null) expect(finding).toBeUndefined();
    else {
      expect(finding?.severity).toBe('warning');
      expect(finding?.message).toContain(`is coded ${suggested}`);
    }
  });
});

describe('remote monitoring lines', () => {
  const monitoring = (overrides: Partial<VisitInput>) =>
    makeVisit({ mode: 'remote-monitoring', minutes: undefined, monitoringDays: 10, ...overrides });

  it('flags every G0322 line after the first in a period', () => {
    const result = evaluate(
      makeClaim({
        visits: [
          makeVisit({ charge: 150 }),
          monitoring({ id: 'M1' }),
          monitoring({ id: 'M2', discipline: 'PT', credential: 'PT' }),
          monitoring({ id: 'M3', discipline: 'OT', credential: 'OT' }),
        ],
      }),
    );
    const duplicates = result.findings.filter((f) => f.rule === 'remote-monitoring-duplicate');
    expect(duplicates.map((f) => f.lineId)).toEqual(['M2', 'M3']);
    expect(duplicates[0]!.message).toContain('(M1)');
  });

  it.each([
    ['2026-03-30', 9, false],
    ['2026-03-30', 10, true],
    ['2026-03-09', 30, false],
    ['2026-03-09', 31, true],
  ] as const)('from %s for %i days: over the period %s', (date, days, over) => {
    const line = evaluateVisit(monitoring({ date, monitoringDays: days }));
    expect(line.units).toBe(days);
    const finding = line.findings.find((f) => f.rule === 'monitoring-days-over-period');
    expect(finding !== undefined).toBe(over);
    if (finding) expect(finding.field).toBe('visits[0].monitoringDays');
  });
});

describe('revenue-not-valid-on-bill-type', () => {
  it('keeps the 032x/034x revenue code split to Medicare', () => {
    const visit = makeVisit({ minutes: 60 });
    expect(rules(evaluate(makeClaim({ billType: '0341', visits: [visit] })).findings)).toContain(
      'revenue-not-valid-on-bill-type',
    );
    expect(rules(evaluate(bcbsil([visit], { billType: '0341' })).findings)).not.toContain(
      'revenue-not-valid-on-bill-type',
    );
  });
});

describe('visit-outside-period', () => {
  it('says why a visit that ran past midnight has the next day as its date', () => {
    const line = evaluateVisit({
      date: '2026-04-07',
      minutes: undefined,
      start: '23:30',
      end: '00:30',
    });
    const finding = line.findings.find((f) => f.rule === 'visit-outside-period');
    expect(finding?.message).toBe(
      'The visit dated 2026-04-08 (it ran past midnight, so it takes the day it ended) is after the period ends (2026-04-07). Move it to the claim for its own period, or correct the date.',
    );
  });
});

describe('a finding cites the sources for its payer and its code', () => {
  const medicareOnly = new Set(
    codeTables.sources.filter((row) => row.payers?.join() === 'medicare').map((row) => row.id),
  );

  it('cites no Medicare-only source on a BCBSIL claim', () => {
    const result = evaluate(
      bcbsil([
        makeVisit({ date: '2026-04-20' }),
        makeVisit({ id: 'V2', hcpcs: 'G9999' }),
        makeVisit({ id: 'V3', service: 'private-duty', minutes: 1500 }),
      ]),
    );
    expect(rules(result.findings)).toEqual(
      expect.arrayContaining(['visit-outside-period', 'hcpcs-unknown', 'units-over-96']),
    );
    for (const finding of result.findings)
      expect(finding.sourceIds.filter((id) => medicareOnly.has(id))).toEqual([]);
  });

  it('cites the policy RP005 only on BCBSIL claims', () => {
    const line = evaluateVisit({ hcpcs: 'G9999' });
    const unknown = line.findings.find((f) => f.rule === 'hcpcs-unknown');
    expect(unknown?.sourceIds).toEqual(['CGS-CODES']);
  });

  it("cites the change that retired an entered code, not every code's", () => {
    const line = evaluateVisit({ hcpcs: 'G0154' });
    const retired = line.findings.find((f) => f.rule === 'code-not-effective');
    expect(retired?.sourceIds).toEqual(['CGS-CODES', 'CR9369']);
    expect(retired?.source).toContain('CR 9369');
  });

  it("cites the discipline's sources when its credential cannot give the visit", () => {
    const line = evaluateVisit({ discipline: 'PT', credential: 'AIDE' });
    const wrong = line.findings.find((f) => f.rule === 'credential-not-allowed');
    expect(wrong?.sourceIds).not.toContain('CR9369');
    expect(wrong?.sourceIds.length).toBeGreaterThan(0);
  });
});
