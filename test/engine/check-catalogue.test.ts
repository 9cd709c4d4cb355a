// The list of checks and the findings catalogue are one contract: each check is a catalogue row,
// and each row is made by a check or by the one step of evaluation named below.
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import { claimChecks } from '../../src/engine/checks/claim-check-list.ts';
import { lineChecks } from '../../src/engine/checks/visit-line-checks.ts';
import { evaluate, makeClaim, rules } from '../builders.ts';

/** Findings made while reading the claim, choosing a code or counting units, not by a check. */
const madeOutsideChecks = [
  'invalid-input',
  'no-hcpcs-fits',
  'credential-not-allowed',
  'code-not-effective',
  'remote-monitoring-duplicate',
  'per-diem-same-day',
];

describe('the checks and the findings catalogue', () => {
  const checkIds = [...claimChecks, ...lineChecks].map((check) => check.id);

  it.each([
    ['claim and item', claimChecks],
    ['visit line', lineChecks],
  ] as const)('name each %s check once', (_list, checks) => {
    const ids = checks.map((check) => check.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('name the same ids', () => {
    const catalogue = codeTables.findings.map((row) => row.id);
    const fromChecks = new Set([...checkIds, ...madeOutsideChecks]);
    expect([...fromChecks].filter((id) => !catalogue.includes(id))).toEqual([]);
    expect(catalogue.filter((id) => !fromChecks.has(id))).toEqual([]);
  });

  it('runs a check only for the payers of its catalogue row', () => {
    const dnpwtOn0341 = {
      billType: '0341',
      hipps: undefined,
      visits: [],
      items: [
        { id: 'S1', revenueCode: '0270', hcpcs: 'A9272', date: '2026-03-10', units: 1, charge: 95 },
      ],
    };
    expect(rules(evaluate(makeClaim(dnpwtOn0341)).findings)).toContain(
      'hcpcs-not-valid-on-bill-type',
    );
    const bcbsil = makeClaim({ ...dnpwtOn0341, payer: 'bcbsil', valueCodes: [] });
    expect(
      codeTables.findings.find((row) => row.id === 'hcpcs-not-valid-on-bill-type')?.payers,
    ).toEqual(['medicare']);
    expect(rules(evaluate(bcbsil).findings)).not.toContain('hcpcs-not-valid-on-bill-type');
  });
});
