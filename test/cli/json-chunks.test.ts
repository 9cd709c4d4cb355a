// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/json-chunks.ts';

/** V8's longest string (2^29 - 24 characters): no JSON text longer than this can be one string. */
const LONGEST_STRING = 2 ** 29 - 24;

/** Values JSON.stringify treats specially: undefined and functions, toJSON, empty containers. */
const specialValues = [undefined, () => 1, new Date(Date.UTC(2026, 2, 10)), {}, []];

function valuesWith(special: unknown[]) {
  return fc.letrec((tie) => ({
    any: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(...special),
      fc.array(tie('any'), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 4 }), tie('any'), { maxKeys: 4 }),
    ),
  })).any;
}
/** Any value, including a toJSON that reads the key it is written under. */
const value = valuesWith([...specialValues, { toJSON: (key: string) => `key ${key}` }]);

describe('jsonChunks', () => {
  it('joins to exactly what JSON.stringify(value, null, 2) gives', () => {
    fc.assert(
      fc.property(value, (any) => {
        const whole = JSON.stringify(any, null, 2);
        fc.pre(whole !== undefined);
        expect([...jsonChunks(any)].join('')).toBe(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('joins to the same text indented, as an entry of a list', () => {
    fc.assert(
      // A list's entry is written on its own, so its key (its index) is not known.
      fc.property(fc.array(valuesWith(specialValues), { minLength: 1, maxLength: 3 }), (list) => {
        const whole = JSON.stringify(list, null, 2);
        const entries = list.map((entry) =>
          entry === undefined || typeof entry === 'function'
            ? 'null'
            : [...jsonChunks(entry, '  ')].join(''),
        );
        expect(`[\n  ${entries.join(',\n  ')}\n]`).toBe(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a result whose text is longer than one string can hold', () => {
    // 520 lines of 1 MiB of text each share one object, so memory holds 1 MiB and a few
    // pieces, not the text.
    const line = { message: 'x'.repeat(2 ** 20) };
    const result = { lines: Array.from({ length: 520 }, () => line), totals: { lines: 520 } };
    let length = 0;
    let longest = 0;
    let last = '';
    for (const piece of jsonChunks(result)) {
      length += piece.length;
      longest = Math.max(longest, piece.length);
      last = piece;
    }
    expect(length).toBeGreaterThan(LONGEST_STRING);
    expect(longest).toBeLessThan(LONGEST_STRING / 2);
    expect(last).toBe('\n}');
  }, 60_000);
});
