import { describe, expect, it } from 'vitest';
import { evaluate, makeClaim, makeVisit } from '../builders.ts';

describe('claim lines', () => {
  it('puts the 0023 HIPPS line first, dated the first visit, with zero charge', () => {
    const result = evaluate(
      makeClaim({
        visits: [
          makeVisit({ date: '2026-03-12' }),
          makeVisit({ id: 'V2', date: '2026-03-10', discipline: 'PT', credential: 'PT' }),
        ],
      }),
    );
    expect(result.claimLines[0]).toMatchObject({
      kind: 'hipps',
      revenueCode: '0023',
      hcpcs: '1FC21',
      date: '2026-03-10',
      units: 1,
      chargeCents: 0,
    });
  });

  it.each([
    ['the admission date is the From date', '2026-03-09', '2026-03-09'],
    ['the admission was before the From date', '2026-02-07', '2026-03-10'],
    ['no admission date is given', undefined, '2026-03-10'],
  ])('dates the 0023 line when %s: %s gives %s', (_name, admissionDate, date) => {
    const result = evaluate(makeClaim({ admissionDate }));
    expect(result.claimLines[0]).toMatchObject({ kind: 'hipps', date });
  });

  it('adds a location line with the first visit and at the first visit in each new location', () => {
    const result = evaluate(
      makeClaim({
        visits: [
          makeVisit({ id: 'V1', date: '2026-03-10', setting: 'home', charge: 150 }),
          makeVisit({ id: 'V2', date: '2026-03-12' }),
          makeVisit({
            id: 'V3',
            date: '2026-03-14',
            discipline: 'PT',
            credential: 'PT',
            setting: 'assisted-living',
          }),
          makeVisit({ id: 'V4', date: '2026-03-16', setting: 'assisted-living' }),
        ],
      }),
    );
    const location = result.claimLines.filter((line) => line.kind === 'location');
    expect(location).toEqual([
      {
        kind: 'location',
        revenueCode: '0421',
        hcpcs: 'Q5002',
        date: '2026-03-14',
        units: 1,
        charge: 0.01,
        chargeCents: 1,
        visitIds: ['V3'],
      },
      {
        kind: 'location',
        revenueCode: '0551',
        hcpcs: 'Q5001',
        date: '2026-03-10',
        units: 1,
        charge: 0.01,
        chargeCents: 1,
        visitIds: ['V1'],
      },
    ]);
  });

  it('sorts lines by revenue code then date, the location line before its visit', () => {
    const result = evaluate(makeClaim());
    expect(
      result.claimLines.map((line) => `${line.revenueCode} ${line.hcpcs} ${line.date}`),
    ).toEqual([
      '0023 1FC21 2026-03-10',
      '0551 Q5001 2026-03-10',
      '0551 G0299 2026-03-10',
      '0551 G0299 2026-03-12',
    ]);
  });

  it('orders visits entered out of date order: location first on its date, visits in entry order, then items', () => {
    const result = evaluate(
      makeClaim({
        visits: [
          makeVisit({ id: 'V1', date: '2026-03-12' }),
          makeVisit({ id: 'V2', date: '2026-03-10', setting: 'home' }),
          makeVisit({ id: 'V3', date: '2026-03-10' }),
          makeVisit({ id: 'P1', date: '2026-03-11', discipline: 'PT', credential: 'PT' }),
        ],
        items: [
          { id: 'I1', revenueCode: '0551', date: '2026-03-10', units: 1, charge: 5 },
          { id: 'I0', revenueCode: '0551', date: '2026-03-09', units: 1, charge: 5 },
          { id: 'S1', revenueCode: '0270', date: '2026-03-13', units: 1, charge: 5 },
        ],
      }),
    );
    expect(
      result.claimLines.map(
        (line) =>
          `${line.revenueCode} ${line.date} ${line.itemId ?? line.visitIds.join()} ${line.kind}`,
      ),
    ).toEqual([
      '0023 2026-03-10  hipps',
      '0270 2026-03-13 S1 item',
      '0421 2026-03-11 P1 visit',
      '0551 2026-03-09 I0 item',
      '0551 2026-03-10 V2 location',
      '0551 2026-03-10 V2 visit',
      '0551 2026-03-10 V3 visit',
      '0551 2026-03-10 I1 item',
      '0551 2026-03-12 V1 visit',
    ]);
  });

  it('keeps non-visit items as entered, with exact cents', () => {
    const result = evaluate(
      makeClaim({
        items: [{ id: 'S1', revenueCode: '0270', date: '2026-03-10', units: 3, charge: 19.99 }],
      }),
    );
    expect(result.claimLines.find((line) => line.kind === 'item')).toEqual({
      kind: 'item',
      revenueCode: '0270',
      hcpcs: null,
      date: '2026-03-10',
      units: 3,
      charge: 19.99,
      chargeCents: 1999,
      visitIds: [],
      itemId: 'S1',
    });
  });

  it('totals units and charges in cents', () => {
    const result = evaluate(
      makeClaim({
        visits: [
          makeVisit({ charge: 150.1 }),
          makeVisit({ id: 'V2', date: '2026-03-12', charge: '99.95' as unknown as number }),
        ],
      }),
    );
    expect(result.totals).toMatchObject({
      chargeCents: 15010 + 9995 + 1,
      units: 1 + 1 + 3 + 3,
      visitLines: 2,
      inPersonVisits: 2,
    });
  });

  it('adds no location or HIPPS lines for BCBSIL', () => {
    const kinds = evaluate(makeClaim({ payer: 'bcbsil' })).claimLines.map((line) => line.kind);
    expect(kinds).toEqual(['visit', 'visit']);
  });

  it('keeps one result line per visit, in entry order', () => {
    const result = evaluate(
      makeClaim({
        visits: [
          makeVisit({ id: 'B', date: '2026-03-20' }),
          makeVisit({ id: 'A', date: '2026-03-10' }),
        ],
      }),
    );
    expect(result.lines.map((line) => line.id)).toEqual(['B', 'A']);
  });
});

describe('HIPPS codes', () => {
  it('accepts a pre-PDGM HIPPS code for a 2019 episode and puts it on the 0023 line', () => {
    const result = evaluate(
      makeClaim({
        from: '2019-03-01',
        through: '2019-04-29',
        hipps: '2CGK1',
        visits: [makeVisit({ date: '2019-03-04', hcpcs: 'G0299' })],
      }),
    );
    expect(result.claimLines[0]).toMatchObject({ revenueCode: '0023', hcpcs: '2CGK1' });
    expect(result.findings.map((finding) => finding.rule)).not.toContain('invalid-input');
  });

  it('rejects a HIPPS code that is not PDGM-shaped for a 2026 period, naming the field', () => {
    const finding = evaluate(makeClaim({ hipps: '2CGK1' })).findings.find(
      (f) => f.rule === 'invalid-input',
    );
    expect(finding?.field).toBe('claim.hipps');
  });
});
