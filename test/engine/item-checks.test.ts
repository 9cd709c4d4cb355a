import { describe, expect, it } from 'vitest';
import type { ClaimInput, ItemInput } from '../../src/engine/index.ts';
import { evaluate, findingsOf, makeClaim, rules } from '../builders.ts';

/** The findings about item D1 on a claim holding it (plus the claim overrides). */
function itemFindings(item: Partial<ItemInput>, claim: Partial<ClaimInput> = {}) {
  const result = evaluate(
    makeClaim({
      ...claim,
      items: [{ id: 'D1', revenueCode: '0270', date: '2026-03-10', units: 1, charge: 95, ...item }],
    }),
  );
  return result.findings.filter((finding) => finding.lineId === 'D1');
}

/** A Medicare 034x bill for one item, for the period from `from` to `through`. */
const partB = (from: string, through: string): Partial<ClaimInput> => ({
  billType: '0341',
  from,
  through,
  hipps: undefined,
  occurrenceCodes: [],
  valueCodes: [],
  visits: [],
});

describe('disposable NPWT: the A9272 device on the 032x claim from 2024', () => {
  it.each([
    ['0270', []],
    ['0271', []],
    ['0279', []],
    ['0274', ['revenue-hcpcs-mismatch']],
    ['0623', ['revenue-hcpcs-mismatch']],
  ])('under revenue code %s raises %j', (revenueCode, expected) => {
    const found = itemFindings({ hcpcs: 'A9272', revenueCode });
    expect(found.map((finding) => finding.rule)).toEqual(expected);
  });

  it('says which revenue codes take it, and cites the NPWT article only', () => {
    const [finding] = itemFindings({ hcpcs: 'A9272', revenueCode: '0274' });
    expect(finding?.message).toMatch(
      /A9272 .* is billed under 027X \(not 0274\), but item D1 is on 0274/,
    );
    expect(finding?.field).toBe('items[0].revenueCode');
    expect(finding?.sourceIds).toEqual(['NPWT']);
  });

  it.each([
    ['2024-01-01', []],
    ['2023-12-31', ['code-not-effective']],
  ])('dated %s on 032x raises %j', (date, expected) => {
    const found = itemFindings(
      { hcpcs: 'A9272', date },
      { from: '2023-12-15', through: '2024-01-13' },
    );
    expect(found.map((finding) => finding.rule)).toEqual(expected);
  });

  it("without a date is taken at the claim's Through date", () => {
    const found = itemFindings(
      { hcpcs: 'A9272', date: undefined as unknown as string },
      { from: '2023-11-01', through: '2023-11-30' },
    );
    expect(found.map((finding) => finding.rule)).toContain('code-not-effective');
  });

  it('on a 034x bill is sent to the 032x claim', () => {
    const found = itemFindings(
      { hcpcs: 'A9272', date: '2024-03-05' },
      partB('2024-03-01', '2024-03-31'),
    );
    expect(found.map((finding) => finding.rule)).toEqual(['hcpcs-not-valid-on-bill-type']);
    expect(found[0]?.message).toMatch(/billed on 032x claims, not on 0341/);
  });

  it('is not checked on a BCBSIL claim, whose policy does not name it', () => {
    const found = itemFindings(
      { hcpcs: 'A9272', revenueCode: '0274' },
      { payer: 'bcbsil', hipps: undefined, valueCodes: [], occurrenceCodes: [] },
    );
    expect(found).toEqual([]);
  });
});

describe('disposable NPWT before 2024: 0559 on 034x with CPT 97607/97608', () => {
  it.each([
    ['97607', '2023-12-01', '2023-12-31', []],
    ['97608', '2017-01-01', '2017-01-31', []],
    ['97607', '2016-12-01', '2016-12-31', ['revenue-not-valid-on-bill-type']],
    ['97607', '2024-01-01', '2024-01-31', ['revenue-not-valid-on-bill-type']],
    ['A6550', '2023-06-01', '2023-06-30', ['revenue-not-valid-on-bill-type']],
  ])('%s on a 034x bill from %s through %s raises %j', (hcpcs, from, through, expected) => {
    const found = itemFindings({ revenueCode: '0559', hcpcs, date: from }, partB(from, through));
    expect(found.map((finding) => finding.rule)).toEqual(expected);
  });

  it('says when the exception applied once it has lapsed', () => {
    const [finding] = itemFindings(
      { revenueCode: '0559', hcpcs: '97607', date: '2024-02-01' },
      partB('2024-02-01', '2024-02-29'),
    );
    expect(finding?.message).toMatch(
      /not valid on type of bill 0341.*exception for 97607\/97608 covers only claims with Through dates from 2017-01-01 to 2023-12-31/,
    );
  });
});

describe('0023 items and item dates', () => {
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
