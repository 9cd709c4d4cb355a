import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../src/claim-format/target-labels.ts';
import { targetOfPath, targetPath } from '../../src/claim-format/field-target.ts';

// Findings point at fields by target; the path stays in the result, and the views name the field
// the way the calculator labels it, so a coder can find it.
describe('finding targets', () => {
  it.each([
    ['visits[6]', { list: 'visits', index: 6, field: '' }, 'Visit 7'],
    ['visits[0].minutes', { list: 'visits', index: 0, field: 'minutes' }, 'Minutes, visit 1'],
    [
      'visits[6].travelMinutes',
      { list: 'visits', index: 6, field: 'travelMinutes' },
      'Travel minutes, visit 7',
    ],
    ['visits[2].hcpcs', { list: 'visits', index: 2, field: 'hcpcs' }, 'Entered HCPCS, visit 3'],
    ['visits[2].modifiers', { list: 'visits', index: 2, field: 'modifiers' }, 'Modifiers, visit 3'],
    ['visits[2].id', { list: 'visits', index: 2, field: 'id' }, 'Visit id, visit 3'],
    [
      'visits[2].activities',
      { list: 'visits', index: 2, field: 'activities' },
      'Activities, visit 3',
    ],
    [
      'visits[2].activities[1]',
      { list: 'visits', index: 2, field: 'activities', entry: 1 },
      'Activity 2, visit 3',
    ],
    [
      'visits[2].activities[1].minutes',
      { list: 'visits', index: 2, field: 'activities', entry: 1, key: 'minutes' },
      'Minutes of activity 2, visit 3',
    ],
    ['claim', { list: 'claim', field: '' }, 'Claim'],
    ['claim.through', { list: 'claim', field: 'through' }, 'Period through'],
    ['claim.billType', { list: 'claim', field: 'billType' }, 'Type of bill'],
    ['claim.remarks', { list: 'claim', field: 'remarks' }, 'Remarks'],
    ['claim.visits', { list: 'claim', field: 'visits' }, 'Visits'],
    ['claim.conditionCodes', { list: 'claim', field: 'conditionCodes' }, 'Condition codes'],
    ['conditionCodes[2]', { list: 'claim', field: 'conditionCodes', entry: 2 }, 'Condition code 3'],
    [
      'occurrenceCodes[0].date',
      { list: 'claim', field: 'occurrenceCodes', entry: 0, key: 'date' },
      'Occurrence code 1, date',
    ],
    [
      'valueCodes[1].code',
      { list: 'claim', field: 'valueCodes', entry: 1, key: 'code' },
      'Value code 2, code',
    ],
    ['items[1]', { list: 'items', index: 1, field: '' }, 'Item 2'],
    [
      'items[1].revenueCode',
      { list: 'items', index: 1, field: 'revenueCode' },
      'Item 2, revenue code',
    ],
  ] as const)('%s is %j, named "%s"', (path, target, label) => {
    expect(targetOfPath(path)).toEqual(target);
    expect(targetPath(target)).toBe(path);
    expect(describeTarget(target)).toBe(label);
  });

  it('names a field the calculator does not know by its visit', () => {
    expect(describeTarget({ list: 'visits', index: 1, field: 'unknownField' })).toBe('Visit 2');
  });
});

describe('invalid-input messages', () => {
  it('read well on their own, and carry the path and the target for tools and views', async () => {
    const { evaluate, makeClaim, makeVisit } = await import('../builders.ts');
    const result = evaluate(
      makeClaim({
        through: '2026-02-30',
        visits: [makeVisit(), makeVisit({ id: 'V1', date: '2026-03-12', travelMinutes: -5 })],
      }),
    );
    const found = Object.fromEntries(
      result.findings
        .filter((finding) => finding.rule === 'invalid-input')
        .map((finding) => [finding.field, finding]),
    );
    expect(found['claim.through']?.message).toMatch(/^"2026-02-30" is not a real date/);
    expect(found['claim.through']?.target).toEqual({ list: 'claim', field: 'through' });
    expect(found['visits[1].travelMinutes']?.message).toMatch(/^Expected a whole number/);
    expect(found['visits[1].travelMinutes']?.target).toEqual({
      list: 'visits',
      index: 1,
      field: 'travelMinutes',
    });
    expect(found['visits[1].id']?.message).toBe(
      '"V1" is already used by visit 1; give each visit its own id.',
    );
  });

  it('never start with a path or a field name', async () => {
    const { evaluate, makeClaim } = await import('../builders.ts');
    const result = evaluate(
      makeClaim({
        items: [{ id: 'S1', revenueCode: 'x', date: 'soon', units: -1, charge: 'lots' }] as never,
        visits: [{ id: 'V1', minutes: 'forty' }] as never,
      }),
    );
    const messages = result.findings
      .filter((finding) => finding.rule === 'invalid-input')
      .map((finding) => finding.message);
    expect(messages.length).toBeGreaterThan(4);
    for (const message of messages) expect(message).not.toMatch(/^[\w[\].]+: |, visit \d+: /);
  });
});
