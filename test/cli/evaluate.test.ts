import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import type { ClaimResult } from '../../src/engine/index.ts';
import { fakeIo } from './fake-io.ts';
import { makeClaim, makeVisit } from '../builders.ts';

describe('evaluate command', () => {
  it('answers one claim with one result', async () => {
    const { io, stdout } = fakeIo(JSON.stringify(makeClaim()));
    expect(await runEvaluate(['-'], io)).toBe(0);
    const result = JSON.parse(stdout()) as ClaimResult;
    expect(result.lines.map((line) => [line.id, line.hcpcs, line.units])).toEqual([
      ['V1', 'G0299', 3],
      ['V2', 'G0299', 3],
    ]);
  });

  it('answers an array of claims with an array of results, in order', async () => {
    const claims = [
      makeClaim({ payer: 'bcbsil' }),
      makeClaim(),
      makeClaim({ visits: [makeVisit({ id: 'only', minutes: 7 })] }),
    ];
    const { io, stdout } = fakeIo('', { 'batch.json': JSON.stringify(claims) });
    expect(await runEvaluate(['batch.json'], io)).toBe(0);
    const results = JSON.parse(stdout()) as ClaimResult[];
    expect(results.map((result) => [result.payer, result.lines[0]?.hcpcs])).toEqual([
      ['bcbsil', 'S9123'],
      ['medicare', 'G0299'],
      ['medicare', 'G0299'],
    ]);
  });

  it('reads a claim file downloaded from the app as the claim it holds', async () => {
    const file = {
      format: 'visit-to-claim/claim',
      version: 1,
      name: 'Smith March',
      claim: makeClaim(),
    };
    const { io, stdout } = fakeIo(JSON.stringify(file));
    expect(await runEvaluate(['-'], io)).toBe(0);
    const result = JSON.parse(stdout()) as ClaimResult;
    expect(result.payer).toBe('medicare');
    expect(result.lines.map((line) => line.hcpcs)).toEqual(['G0299', 'G0299']);
  });

  it('exits 2 with a one-line message on malformed JSON', async () => {
    const { io, stdout, stderr } = fakeIo('{"payer": "medicare", visits: [}');
    expect(await runEvaluate(['-'], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr().trim().split('\n')).toHaveLength(1);
    expect(stderr()).toMatch(/^evaluate: standard input is not valid JSON/);
  });

  it('still answers a claim with bad fields, with invalid-input findings', async () => {
    const bad = await readFile(new URL('../../examples/bad-fields.json', import.meta.url), 'utf8');
    const { io, stdout } = fakeIo(bad);
    expect(await runEvaluate(['-'], io)).toBe(0);
    const result = JSON.parse(stdout()) as ClaimResult;
    expect(result.lines).toHaveLength(3);
    expect(result.findings.filter((f) => f.rule === 'invalid-input').map((f) => f.field)).toEqual([
      'visits[0].minutes',
      'visits[1].date',
      'visits[2].discipline',
    ]);
  });

  it('reports a missing file and exits 66', async () => {
    const { io, stderr } = fakeIo('');
    expect(await runEvaluate(['nope.json'], io)).toBe(66);
    expect(stderr()).toMatch(/cannot read nope\.json/);
  });

  it('prints usage and exits 64 without a file', async () => {
    const { io, stderr } = fakeIo('');
    expect(await runEvaluate([], io)).toBe(64);
    expect(stderr()).toMatch(/^usage:/);
  });
});

describe('npm run evaluate', () => {
  const run = promisify(execFile);
  const root = new URL('../..', import.meta.url).pathname;

  it('reads an example file and prints JSON on standard output', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'evaluate', '--', 'examples/bcbsil-rp005-examples.json'],
      { cwd: root },
    );
    const results = JSON.parse(stdout) as ClaimResult[];
    expect(
      results.map((result) => result.lines.reduce((sum, line) => sum + line.units, 0)),
    ).toEqual([3, 240]);
  }, 30_000);

  it('exits with code 2 on malformed JSON from standard input', async () => {
    const child = execFile('npm', ['run', '--silent', 'evaluate', '--', '-'], { cwd: root });
    child.stdin?.end('not json');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
  }, 30_000);
});
