// The command line at scale, for `npm run bench`: 100,000 visits through
// `npm run evaluate` (scripts/run-ts.mjs, as the README runs it, without npm's own start-up),
// with unique ids, with half the ids repeated, and with every field bad. Each run prints its
// wall time, CPU time, peak memory (the child's maximum resident set) and the size of the JSON
// it wrote, read from a pipe as `| jq` would. Figures only; nothing is asserted.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loaded into the child before the command: on exit it reports its own resource use on fd 3. */
const REPORT_USAGE = `data:text/javascript,${encodeURIComponent(
  `import { writeSync } from 'node:fs';
   process.on('exit', () => writeSync(3, JSON.stringify(process.resourceUsage())));`,
)}`;

const INPUTS = [
  ['unique ids', 'unique.json'],
  ['half the ids repeated', 'repeated.json'],
  ['every field bad', 'bad.json'],
];

/** Runs the command on `file`: exit code, wall seconds, bytes written and the child's usage. */
function runCommand(file) {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', REPORT_USAGE, 'scripts/run-ts.mjs', 'src/cli/evaluate.ts', file],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit', 'pipe'] },
  );
  let bytes = 0;
  let usage = '';
  child.stdout.on('data', (chunk) => (bytes += chunk.length));
  child.stdio[3].setEncoding('utf8').on('data', (text) => (usage += text));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        seconds: (performance.now() - start) / 1000,
        bytes,
        usage: JSON.parse(usage || '{}'),
      }),
    ),
  );
}

function megabytes(bytes) {
  return `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: bytes < 1e8 ? 1 : 0 })} MB`;
}

/** Prints one line per input in `dir` (written by src/cli/bench.ts's command-line-inputs). */
export async function benchCommandLine(dir, visits) {
  console.log(
    `command line: ${visits.toLocaleString('en-US')} visits, one claim, JSON in, JSON out to a pipe (one run each)`,
  );
  for (const [name, fileName] of INPUTS) {
    const file = join(dir, fileName);
    const run = await runCommand(file);
    const cpu = ((run.usage.userCPUTime ?? 0) + (run.usage.systemCPUTime ?? 0)) / 1e6;
    const peak = (run.usage.maxRSS ?? 0) * 1024;
    console.log(
      `  ${name.padEnd(22)} ${run.seconds.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), peak memory ${megabytes(peak)}; ${megabytes(statSync(file).size)} in, ${megabytes(run.bytes)} out${run.code === 0 ? '' : `; exit code ${run.code}`}`,
    );
  }
}
