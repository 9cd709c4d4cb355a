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
