import { describe, expect, it } from 'vitest';
import { describeField } from '../../src/engine/field-labels.ts';

// Messages name fields the way the calculator labels them, so a coder can find the field.
describe('describeField', () => {
  it.each([
    ['visits[6]', 'Visit 7'],
    ['visits[0].minutes', 'Minutes, visit 1'],
    ['visits[6].travelMinutes', 'Travel minutes, visit 7'],
    ['visits[2].hcpcs', 'Entered HCPCS, visit 3'],
    ['visits[2].id', 'Visit id, visit 3'],
    ['visits[2].activities', 'Activities, visit 3'],
    ['visits[2].activities[1]', 'Activity 2, visit 3'],
    ['visits[2].activities[1].minutes', 'Minutes of activity 2, visit 3'],
    ['visits[2].activities[0].service', 'Service of activity 1, visit 3'],
    ['claim', 'Claim'],
    ['claim.through', 'Period through'],
    ['claim.billType', 'Type of bill'],
    ['claim.visits', 'Visits'],
    ['conditionCodes', 'Condition codes'],
    ['conditionCodes[2]', 'Condition code 3'],
    ['occurrenceCodes[0].date', 'Occurrence code 1, date'],
    ['valueCodes[1].code', 'Value code 2, code'],
    ['items[1].revenueCode', 'Item 2, revenue code'],
    ['visits[1].unknownField', 'Visit 2'],
    ['something.else', 'something.else'],
  ])('%s → %s', (path, label) => {
    expect(describeField(path)).toBe(label);
  });
});

describe('invalid-input messages', () => {
  it('name the field as the calculator labels it, and keep the path for tools', async () => {
    const { evaluate, makeClaim, makeVisit } = await import('../builders.ts');
    const result = evaluate(
      makeClaim({
        through: '2026-02-30',
        visits: [makeVisit(), makeVisit({ id: 'V1', date: '2026-03-12', travelMinutes: -5 })],
      }),
    );
    const messages = Object.fromEntries(
      result.findings
        .filter((finding) => finding.rule === 'invalid-input')
        .map((finding) => [finding.field, finding.message]),
    );
    expect(messages['claim.through']).toMatch(/^Period through: "2026-02-30" is not a real date/);
    expect(messages['visits[1].travelMinutes']).toMatch(/^Travel minutes, visit 2: expected/);
    expect(messages['visits[1].id']).toBe(
      'Visit id, visit 2: "V1" is already used by visit 1; give each visit its own id.',
    );
  });
});
