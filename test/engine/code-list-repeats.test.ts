// Repeated codes in a claim's code lists are found in one pass: each entry is read a fixed
// number of times, however long the list, so a claim of thousands of condition codes is not
// quadratic (the old check searched the list again for every code).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markRepeats } from '../../src/engine/checks/claim-context.ts';
import { evaluate, makeClaim, rules } from '../builders.ts';

/** The codes behind a Proxy that counts how many times an entry is read. */
function countingReads(codes: string[]): { list: string[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(codes, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

describe('markRepeats', () => {
  it.each([
    ['no codes', [], []],
    ['one code', ['54'], [false]],
    ['a code entered twice', ['54', '47', '54'], [false, false, true]],
    ['a code entered three times', ['D9', 'D9', 'D9'], [false, true, true]],
  ])('marks %s', (_name, codes, expected) => {
    expect(markRepeats(codes)).toEqual(expected);
  });

  it('reads each entry once, whatever the list holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('54', '47', 'D9', 'ZZ', 'C3'), { maxLength: 2000 }),
        (codes) => {
          const { list, reads } = countingReads(codes);
          markRepeats(list);
          expect(reads()).toBe(codes.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('agrees with searching the list for an earlier copy', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('54', '47', 'ZZ'), { maxLength: 30 }), (codes) => {
        expect(markRepeats(codes)).toEqual(codes.map((code, i) => codes.indexOf(code) < i));
      }),
    );
  });
});

describe('condition-code-unknown on a long list', () => {
  it('reports each unknown code once, however often it is entered', () => {
    const conditionCodes = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? 'ZZ' : 'YY'));
    const found = rules(evaluate(makeClaim({ conditionCodes })).findings);
    expect(found.filter((rule) => rule === 'condition-code-unknown')).toHaveLength(2);
  });
});
