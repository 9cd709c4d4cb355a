// Valid defaults for tests: each test overrides only what it is about.
import { codeTables } from '../src/data/index.ts';
import {
  evaluateClaim,
  type ClaimInput,
  type ClaimResult,
  type Finding,
  type VisitInput,
  type VisitLineResult,
} from '../src/engine/index.ts';

export function makeVisit(overrides: Partial<VisitInput> = {}): VisitInput {
  return {
    id: 'V1',
    date: '2026-03-10',
    discipline: 'SN',
    credential: 'RN',
    minutes: 45,
    setting: 'home',
    ...overrides,
  };
}

/**
 * A clean Medicare final claim for a 30-day period starting 2026-03-09, with two charged RN
 * visits, the OASIS assessment date (occurrence code 50) and value codes 61 and 85.
 */
export function makeClaim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    payer: 'medicare',
    billType: '0329',
    from: '2026-03-09',
    through: '2026-04-07',
    hipps: '1FC21',
    occurrenceCodes: [{ code: '50', date: '2026-03-09' }],
    valueCodes: [
      { code: '61', value: '16974.00' },
      { code: '85', value: '17031' },
    ],
    visits: [makeVisit({ charge: 150 }), makeVisit({ id: 'V2', date: '2026-03-12', charge: 150 })],
    ...overrides,
  };
}

export function evaluate(claim: unknown): ClaimResult {
  return evaluateClaim(claim, codeTables);
}

/** Evaluates a claim holding just this visit (plus the claim overrides) and returns its line. */
export function evaluateVisit(
  visit: Partial<VisitInput>,
  claim: Partial<ClaimInput> = {},
): VisitLineResult {
  const result = evaluate(makeClaim({ ...claim, visits: [makeVisit(visit)] }));
  const line = result.lines[0];
  if (!line) throw new Error('no line');
  return line;
}

export function rules(findings: readonly { rule: string }[]): string[] {
  return findings.map((finding) => finding.rule);
}

/** The findings of one catalogue id on a claim. */
export function findingsOf(claim: unknown, rule: string): Finding[] {
  return evaluate(claim).findings.filter((finding) => finding.rule === rule);
}

/** Whether a finding of this catalogue id is on the claim. */
export function fires(claim: unknown, rule: string): boolean {
  return findingsOf(claim, rule).length > 0;
}

/** `count` RN visits two days apart from `first` (dates within one month). */
export function visitsFrom(first: string, count: number): VisitInput[] {
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
export function episode2019(count: number, overrides: Partial<ClaimInput> = {}): ClaimInput {
  return makeClaim({
    from: '2019-11-01',
    through: '2019-12-30',
    occurrenceCodes: [],
    visits: visitsFrom('2019-11-04', count),
    ...overrides,
  });
}
