import { describe, expect, it } from 'vitest';
import type { VisitInput } from '../../src/engine/index.ts';
import { evaluateVisit } from '../builders.ts';

// A finding's field is where "Go to" puts the coder: the entry to correct. When no code fits a
// visit, that is the entry that stands in the way (credential, service or date), not the code.
describe('the field a code-choice finding points at', () => {
  it.each([
    [{ discipline: 'PT', credential: 'RN' }, 'credential-not-allowed', 'visits[0].credential'],
    [
      { credential: 'LPN', service: 'management' },
      'credential-not-allowed',
      'visits[0].credential',
    ],
    [{ service: 'private-duty' }, 'no-hcpcs-fits', 'visits[0].service'],
    [
      { discipline: 'PT', credential: 'PTA', service: 'maintenance', date: '2019-06-03' },
      'code-not-effective',
      'visits[0].date',
    ],
    [{ hcpcs: 'G0154' }, 'code-not-effective', 'visits[0].hcpcs'],
    [{ credential: 'LPN', hcpcs: 'G0299' }, 'credential-not-allowed', 'visits[0].hcpcs'],
  ] as const)('%j: %s points at %s', (visit, rule, field) => {
    const line = evaluateVisit(visit as Partial<VisitInput>, {
      from: undefined,
      through: undefined,
    });
    expect(line.findings.find((finding) => finding.rule === rule)?.field).toBe(field);
  });
});
