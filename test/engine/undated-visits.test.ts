import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import { credentialIds, disciplineIds, serviceIds } from '../../src/data/schema.ts';
import { evaluateVisit, rules } from '../builders.ts';

// The code for a visit depends on its date of service. A visit with no date, or a date that does
// not exist, must not be given a code that has since been retired (G0154 was a new row's
// suggestion before): it gets a code only when one code covers every date.
const retired = new Set(
  codeTables.hcpcs.filter((row) => row.effectiveTo !== undefined).map((row) => row.code),
);

describe('visits without a usable date', () => {
  it.each([undefined, '', '2026-02-30', '2026-13-01'])(
    'an RN direct visit dated %j gets no code, and the date is reported',
    (date) => {
      const line = evaluateVisit({ date, service: 'direct' });
      expect(line.hcpcs).toBeNull();
      expect(line.suggestedHcpcs).toBeNull();
      const dateFinding = line.findings.find((finding) => finding.field === 'visits[0].date');
      expect(dateFinding?.rule).toBe('invalid-input');
      expect(rules(line.findings)).not.toContain('code-not-effective');
    },
  );

  it('never suggests a retired code for any discipline, credential and service', () => {
    for (const payer of ['medicare', 'bcbsil'] as const)
      for (const discipline of disciplineIds)
        for (const credential of credentialIds)
          for (const service of serviceIds) {
            const line = evaluateVisit(
              { date: undefined, discipline, credential, service },
              { payer },
            );
            if (line.suggestedHcpcs !== null)
              expect(
                retired.has(line.suggestedHcpcs),
                `${payer} ${discipline} ${credential} ${service}`,
              ).toBe(false);
          }
  });

  it('keeps the one code that covers every date, such as G0151 for a PT visit', () => {
    expect(evaluateVisit({ date: undefined, discipline: 'PT', credential: 'PT' }).hcpcs).toBe(
      'G0151',
    );
  });
});
