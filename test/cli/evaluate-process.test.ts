// @vitest-environment node
// The command as a coder runs it (`npm run --silent evaluate`), in a child process: when its
// output goes to a pipe that closes early (`| head`) or to a full disk (/dev/full), and when
// its own source cannot load, it ends with one line on standard error and a documented exit
// code, never a stack trace.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClaim, makeVisit } from '../builders.ts';

const root = new URL('../..', import.meta.url).pathname;
let dir: string;
let claimFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evaluate-'));
  claimFile = join(dir, 'claim.json');
  // About 2 MB of result: far more than a pipe holds, so writing goes on after `head` is gone.
  const visits = Array.from({ length: 2000 }, (_, i) =>
    makeVisit({ id: `V${i}`, date: `2026-03-${String(10 + (i % 20)).padStart(2, '0')}` }),
  );
  writeFileSync(claimFile, JSON.stringify(makeClaim({ visits })));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finished {
  code: number | null;
  stderr: string;
}

/** Runs `command`; `onStdout` sees the child's standard output when it is a pipe. */
function run(
  command: string,
  args: string[],
  stdout: 'pipe' | 'ignore' | number,
  onStdout?: (stream: NodeJS.ReadableStream & { destroy: () => void }) => void,
): Promise<Finished> {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', stdout, 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  if (onStdout && child.stdout) onStdout(child.stdout);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const evaluate = (file: string) => ['run', '--silent', 'evaluate', '--', file];

describe('npm run evaluate, when its output cannot be written', () => {
  it('to a pipe closed after the first piece (| head): exit 74 and one line', async () => {
    const { code, stderr } = await run('npm', evaluate(claimFile), 'pipe', (stdout) =>
      stdout.once('data', () => stdout.destroy()),
    );
    expect(code).toBe(74);
    expect(stderr).toBe(
      'evaluate: cannot write the result: standard output was closed before the whole result was written (EPIPE)\n',
    );
  }, 60_000);

  it('to a full disk (/dev/full): exit 74 and one line', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const { code, stderr } = await run('npm', evaluate(claimFile), full);
      expect(code).toBe(74);
      expect(stderr).toBe(
        'evaluate: cannot write the result: no space is left on the device (ENOSPC)\n',
      );
    } finally {
      closeSync(full);
    }
  }, 60_000);
});

describe('scripts/run-ts.mjs, the command line’s launcher', () => {
  it('ends in one line and exit 70 when the entry point cannot load', async () => {
    const missing = 'src/cli/no-such-command.ts';
    const { code, stderr } = await run('node', ['scripts/run-ts.mjs', missing], 'ignore');
    expect(code).toBe(70);
    expect(stderr).toMatch(
      /^src\/cli\/no-such-command\.ts: internal error, please report it: .+\n$/,
    );
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  }, 60_000);
});
