import { describe, expect, it } from 'vitest';
import { evaluate, makeClaim, makeVisit } from '../builders.ts';

// The engine reads money as the claim format does, so a JSON claim, a CSV and a grid cell agree.
describe('a visit charge', () => {
  it.each([
    [150, 15000],
    ['150', 15000],
    ['$1,250.00', 125000],
    ['175.5', 17550],
  ])('%j is read as %i cents', (charge, cents) => {
    const result = evaluate(makeClaim({ visits: [makeVisit({ charge: charge as number })] }));
    expect(result.findings.filter((finding) => finding.rule === 'invalid-input')).toEqual([]);
    expect(result.claimLines.find((line) => line.kind === 'visit')?.chargeCents).toBe(cents);
  });

  it.each([
    ['150,00', /^"150,00" has a decimal comma; write 150.00/],
    ['-5', /is negative/],
    [150.123, /^Expected an amount in dollars such as 150\.00; got 150\.123\./],
  ])('%j is refused with its reason, at the Charge field', (charge, message) => {
    const result = evaluate(makeClaim({ visits: [makeVisit({ charge: charge as number })] }));
    const invalid = result.findings.filter((finding) => finding.rule === 'invalid-input');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.target).toEqual({ list: 'visits', index: 0, field: 'charge' });
    expect(invalid[0]?.message).toMatch(message);
  });
});
