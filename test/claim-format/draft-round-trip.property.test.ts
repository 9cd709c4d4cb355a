// Opening a claim (a file, a scenario, the command line's JSON) makes it a draft of typed text;
// the draft given back to the engine must raise the same findings at the same fields, so the
// calculator shows what the command line reports for the same claim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/index.ts';
import { draftFromClaimInput, toEngineClaim } from '../../src/state/draft-claim.ts';
import { evaluate } from '../builders.ts';

/** Values a field may hold in a claim file: good ones, near misses, blanks and numbers. */
const anyValue = (good: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...good),
    fc.constantFrom('', '  ', 'x', '2026-02-30', '1/5/2026', '9:05 AM', '-5', '45.5', '$150'),
    fc.integer({ min: -5, max: 200 }),
    fc.constant(undefined),
  );

const hcpcs = fc.oneof(
  anyValue(['G0299', 'G0300', 'g0299', 'G0299, G0300', 'G0154']),
  fc.array(fc.constantFrom('G0299', 'G0300', 'G0151', 'x', ''), { minLength: 1, maxLength: 3 }),
);
const modifiers = fc.oneof(
  anyValue(['KX', 'KX GP', 'kx,gp', 'K', 'KX GP 59 XU 76']),
  fc.array(fc.constantFrom('KX', 'GP', '59', 'K', 'XU'), { minLength: 1, maxLength: 5 }),
);
const activity = fc.record(
  { service: anyValue(['observation', 'training', 'direct']), minutes: anyValue(['20', '25']) },
  { requiredKeys: [] },
);

const visit = fc.record(
  {
    date: anyValue(['2026-03-10', '2026-03-12', '2026-04-20']),
    discipline: anyValue(['SN', 'PT', 'AIDE', 'sn']),
    credential: anyValue(['RN', 'LPN', 'PTA']),
    service: anyValue(['observation', 'training', 'management']),
    minutes: anyValue(['45', '7', '120']),
    start: anyValue(['09:00', '23:30']),
    end: anyValue(['09:45', '00:15']),
    travelMinutes: anyValue(['10']),
    documentationMinutes: anyValue(['5']),
    mode: anyValue(['in-person', 'audio-only', 'remote-monitoring']),
    monitoringDays: anyValue(['16', '0']),
    setting: anyValue(['home', 'assisted-living']),
    hcpcs,
    units: anyValue(['3', '0']),
    charge: anyValue(['150', '150.00', '150,00']),
    modifiers,
    activities: fc.array(activity, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const item = fc.record(
  {
    revenueCode: anyValue(['0270', '0274', '27']),
    hcpcs: anyValue(['A9272', 'A4216']),
    date: anyValue(['2026-03-10']),
    units: anyValue(['1', '2']),
    charge: anyValue(['95']),
  },
  { requiredKeys: [] },
);

const claim = fc.record(
  {
    payer: fc.constantFrom('medicare', 'bcbsil', 'acme'),
    billType: anyValue(['0329', '327', '0322', '0341']),
    from: anyValue(['2026-03-09']),
    through: anyValue(['2026-04-07', '2026-03-01']),
    admissionDate: anyValue(['2026-03-09']),
    noaAcceptedDate: anyValue(['2026-03-16']),
    patientStatus: anyValue(['30', '1', '20']),
    hipps: anyValue(['1FC21', '1FC2']),
    lupaThreshold: anyValue(['3', '12']),
    remarks: anyValue(['D9: units corrected', 'x'.repeat(81)]),
    conditionCodes: fc.array(fc.constantFrom('D9', '47', 'ZZ', '21', 'ABC'), { maxLength: 3 }),
    occurrenceCodes: fc.array(
      fc.record({ code: fc.constantFrom('50', '61', '55', '7'), date: anyValue(['2026-03-09']) }),
      { maxLength: 2 },
    ),
    occurrenceSpanCodes: fc.array(
      fc.record({
        code: fc.constantFrom('74', 'M0', '50'),
        from: anyValue(['2026-03-12']),
        through: anyValue(['2026-03-14', '2026-03-10']),
      }),
      { maxLength: 2 },
    ),
    valueCodes: fc.array(
      fc.record({
        code: fc.constantFrom('61', '85', '17'),
        value: anyValue(['16974.00', '17031']),
      }),
      { maxLength: 2 },
    ),
    visits: fc.array(visit, { minLength: 1, maxLength: 4 }),
    items: fc.array(item, { maxLength: 2 }),
  },
  { requiredKeys: ['payer', 'visits'] },
);

/** Each claim's visits and items get their own ids, as the draft would give them. */
type GeneratedClaim = typeof claim extends fc.Arbitrary<infer Claim> ? Claim : never;

function withIds(input: GeneratedClaim): Record<string, unknown> {
  return {
    ...input,
    visits: input.visits.map((entry, position) => ({ ...entry, id: `V${position + 1}` })),
    items: input.items?.map((entry, position) => ({ ...entry, id: `S${position + 1}` })),
  };
}

function where(findings: readonly Finding[]): string[] {
  return findings
    .map((finding) => `${finding.rule} ${finding.field ?? ''} ${JSON.stringify(finding.target)}`)
    .sort();
}

describe('claim → draft → claim', () => {
  it('keeps every finding: the same ids at the same targets', () => {
    fc.assert(
      fc.property(claim, (generated) => {
        const input = withIds(generated);
        const again = toEngineClaim(draftFromClaimInput(input));
        expect(where(evaluate(again as never).findings)).toEqual(
          where(evaluate(input as never).findings),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps two HCPCS codes on one visit two codes', () => {
    const input = {
      payer: 'medicare',
      visits: [
        {
          id: 'V1',
          date: '2026-03-10',
          discipline: 'SN',
          credential: 'RN',
          minutes: 45,
          hcpcs: ['G0299', 'G0300'],
        },
      ],
    };
    const draft = draftFromClaimInput(input);
    expect(draft.visits[0]?.hcpcs).toBe('G0299, G0300');
    const rules = evaluate(toEngineClaim(draft) as never).findings.map((finding) => finding.rule);
    expect(rules).toContain('multiple-hcpcs-per-visit');
    expect(rules).not.toContain('invalid-input');
  });
});
