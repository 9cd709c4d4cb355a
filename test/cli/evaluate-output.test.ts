// @vitest-environment node
// How the command line writes its result: in bounded pieces that join to the documented JSON,
// claim by claim; and how it ends when the result cannot be written or something else fails.
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import { evaluate, makeClaim, makeVisit } from '../builders.ts';
import { fakeIo } from './fake-io.ts';

/** 40 claims of 30 visits: a result of about 2 MB, many pieces long. */
const claims = Array.from({ length: 40 }, (_, c) =>
  makeClaim({
    visits: Array.from({ length: 30 }, (_, i) =>
      makeVisit({ id: `C${c}V${i}`, date: `2026-03-${String(10 + (i % 20)).padStart(2, '0')}` }),
    ),
  }),
);

function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('evaluate writes its result', () => {
  it('in pieces far smaller than the whole, which join to the whole JSON', async () => {
    const pieces: string[] = [];
    const { io } = fakeIo(JSON.stringify(claims));
    io.write = async (text) => {
      pieces.push(text);
    };
    expect(await runEvaluate(['-'], io)).toBe(0);
    const whole = `${JSON.stringify(claims.map(evaluate), null, 2)}\n`;
    expect(pieces.join('')).toBe(whole);
    expect(pieces.length).toBeGreaterThan(10);
    // About 64 KiB each: a piece is written once it reaches 64 KiB, with the entries that took it there.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(128 * 1024);
  });

  it.each<[string, unknown[]]>([
    ['an empty list of claims', []],
    ['a list of one claim', [makeClaim()]],
  ])('as JSON.stringify would for %s', async (_name, list) => {
    const { io, stdout } = fakeIo(JSON.stringify(list));
    expect(await runEvaluate(['-'], io)).toBe(0);
    expect(stdout()).toBe(`${JSON.stringify(list.map(evaluate), null, 2)}\n`);
  });
});

describe('evaluate ends with one line and a documented exit code', () => {
  it.each<[string, Error, string]>([
    [
      'a closed pipe',
      systemError('EPIPE', 'write EPIPE'),
      'evaluate: cannot write the result: standard output was closed before the whole result was written (EPIPE)',
    ],
    [
      'a full disk',
      systemError('ENOSPC', 'ENOSPC: no space left on device, write'),
      'evaluate: cannot write the result: no space is left on the device (ENOSPC)',
    ],
    [
      'any other write error',
      systemError('EIO', 'EIO: i/o error, write'),
      'evaluate: cannot write the result: EIO: i/o error, write',
    ],
  ])('when the result meets %s: exit 74, and no more is written', async (_name, error, line) => {
    const { io, stderr } = fakeIo(JSON.stringify(claims));
    let writes = 0;
    io.write = async () => {
      writes += 1;
      throw error;
    };
    expect(await runEvaluate(['-'], io)).toBe(74);
    expect(writes).toBe(1);
    expect(stderr()).toBe(`${line}\n`);
  });

  it('when something fails inside the command: exit 70, with no stack trace', async () => {
    const io: CliIo = {
      ...fakeIo('').io,
      readStdin: async () => 'not bytes' as unknown as Uint8Array,
    };
    const errors: string[] = [];
    io.writeError = (text) => errors.push(text);
    expect(await runEvaluate(['-'], io)).toBe(70);
    expect(errors).toEqual([
      expect.stringMatching(/^evaluate: internal error, please report it: TypeError: .*\n$/),
    ]);
    expect(errors.join('')).not.toMatch(/\n./);
  });
});
