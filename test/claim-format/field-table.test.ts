import { describe, expect, expectTypeOf, it } from 'vitest';
import { claimFields, type ClaimFieldKey } from '../../src/claim-format/claim-fields.ts';
import { readFieldText } from '../../src/claim-format/field-readers.ts';
import type { FieldSpec } from '../../src/claim-format/field-spec.ts';
import { writeFieldText } from '../../src/claim-format/field-text.ts';
import { itemFields, type ItemFieldKey } from '../../src/claim-format/item-fields.ts';
import { readModifiers } from '../../src/claim-format/read-modifiers.ts';
import { visitFields, type VisitFieldKey } from '../../src/claim-format/visit-fields.ts';
import type { ClaimInput, ItemInput, VisitInput } from '../../src/engine/types.ts';

const everyField: [string, FieldSpec][] = [
  ...visitFields.map((field) => [`visit ${field.key}`, field] as [string, FieldSpec]),
  ...claimFields.map((field) => [`claim ${field.key}`, field] as [string, FieldSpec]),
  ...itemFields.map((field) => [`item ${field.key}`, field] as [string, FieldSpec]),
];

/** A value of each kind as the claim JSON holds it, and the text it is written as. */
const sampleValues: Record<FieldSpec['reads'], { value: unknown; text: string } | null> = {
  id: { value: 'V7', text: 'V7' },
  date: { value: '2026-01-05', text: '2026-01-05' },
  time: { value: '09:05', text: '09:05' },
  duration: { value: 45, text: '45' },
  'whole-number': { value: 3, text: '3' },
  money: { value: '1250.00', text: '1250.00' },
  discipline: { value: 'SN', text: 'SN' },
  credential: { value: 'RN', text: 'RN' },
  service: { value: 'training', text: 'training' },
  choice: { value: 'home', text: 'home' },
  code: { value: '0329', text: '0329' },
  'code-list': { value: ['47', 'D0'], text: '47, D0' },
  'hcpcs-list': { value: ['G0299', 'G0300'], text: 'G0299, G0300' },
  modifiers: { value: ['KX', 'GP'], text: 'KX GP' },
  'free-text': { value: 'D9: corrected units', text: 'D9: corrected units' },
  // Lists of records have a table of their own (activities, codes, visits, items).
  activities: null,
  entries: null,
};

describe('the claim format field table', () => {
  it.each(everyField)('gives %s a label, a file column and a value kind', (_name, field) => {
    expect(field.label).toMatch(/\S/);
    expect(field.column).toMatch(/\S/);
    expect(Object.keys(sampleValues)).toContain(field.reads);
  });

  it.each(everyField.filter(([, field]) => sampleValues[field.reads] !== null))(
    'writes %s as text that reads back the same',
    (_name, field) => {
      const sample = sampleValues[field.reads]!;
      const text = writeFieldText(field, sample.value);
      expect(text).toBe(sample.text);
      const read = readFieldText(field, text, { period: { from: '2026-01-05' } });
      expect(read).toEqual({ ok: true, value: text });
    },
  );

  it.each([
    ['visits', visitFields],
    ['claims', claimFields],
    ['items', itemFields],
  ] as const)('names each of the %s fields once, by key, label and column', (_list, fields) => {
    const keys = fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    const labels = fields.map((field) => field.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each([
    ['date', '1/7', '2026-01-07'],
    ['time', '9:05 AM', '09:05'],
    ['duration', '1:05', '65'],
    ['money', '$1,250', '1250.00'],
    ['modifiers', 'kx, gp', 'KX GP'],
  ] as const)('reads a %s typed as "%s" into "%s"', (reads, typed, stored) => {
    expect(readFieldText({ reads }, typed, { period: { from: '2026-01-05' } })).toMatchObject({
      ok: true,
      value: stored,
    });
  });

  it('keeps blank values and values that are not lists as blank text', () => {
    expect(writeFieldText({ reads: 'date' }, undefined)).toBe('');
    expect(writeFieldText({ reads: 'date' }, { day: 5 })).toBe('');
    expect(writeFieldText({ reads: 'duration' }, Number.NaN)).toBe('');
  });
});

describe("the engine's input types", () => {
  it('name exactly the fields of the table (checked by the type checker)', () => {
    expectTypeOf<keyof VisitInput>().toEqualTypeOf<VisitFieldKey>();
    expectTypeOf<keyof ItemInput>().toEqualTypeOf<ItemFieldKey>();
    expectTypeOf<keyof ClaimInput>().toEqualTypeOf<ClaimFieldKey>();
  });
});

describe('readModifiers', () => {
  it.each([
    ['KX', ['KX']],
    ['kx gp', ['KX', 'GP']],
    ['KX,GP;59', ['KX', 'GP', '59']],
    ['KX GP 59 XU', ['KX', 'GP', '59', 'XU']],
  ] as const)('reads "%s"', (typed, modifiers) => {
    expect(readModifiers(typed)).toEqual({ ok: true, value: modifiers });
  });

  it.each([
    ['K', /"K" is not a modifier/],
    ['KXG', /"KXG" is not a modifier/],
    ['K-', /"K-" is not a modifier/],
    ['KX GP 59 XU 76', /5 modifiers are entered; a claim line holds at most 4/],
    ['  ', /Nothing is entered/],
  ])('refuses "%s" with a reason', (typed, problem) => {
    const read = readModifiers(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });
});
