// What `npm run bench` (scripts/bench.mjs) runs in a fresh Node process: one process's engine
// figures on synthetic claims of 300 and 100,000 visits, the reference search and the app's size, or the
// claims the command line benchmark (scripts/bench-cli.mjs) evaluates. Figures only; nothing
// here asserts a time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getReferenceIndex } from '../features/reference/reference-index.ts';
import { searchReference } from '../features/reference/search-reference.ts';
import {
  CLAIM_SIZES,
  quantile,
  sampleEngine,
  summarize,
  type BenchPayer,
  type ClaimSize,
  type SampleSummary,
  syntheticClaim,
} from './engine-bench.ts';

function median(values: number[]): number {
  return quantile(values, 0.5);
}

function cpuMillis(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** One payer's figures in this process: wall time per claim, and this process's CPU time. */
function benchEngine(
  payer: BenchPayer,
  size: ClaimSize,
): { wall: SampleSummary; cpu: SampleSummary } {
  const { wall, cpu } = sampleEngine(payer, size, {
    wall: () => performance.now(),
    cpu: cpuMillis,
  });
  return { wall: summarize(wall), cpu: summarize(cpu) };
}

/** Typing each query a key at a time: every prefix is one search over all code sets. */
const SEARCH_QUERIES = [
  'g0299',
  'G 0299',
  'lpn training',
  '0551',
  'short visit',
  'notice of admission',
];
const SEARCH_ROUNDS = 200;

export function benchSearch(): { medianMillis: number; p95Millis: number; searches: number } {
  const index = getReferenceIndex();
  const prefixes = SEARCH_QUERIES.flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
  );
  for (const prefix of prefixes) searchReference(index, prefix, '2026-11-23');
  const times: number[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const prefix of prefixes) {
      const start = performance.now();
      searchReference(index, prefix, '2026-11-23');
      times.push(performance.now() - start);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    medianMillis: median(times),
    p95Millis: sorted[Math.floor(sorted.length * 0.95)]!,
    searches: times.length,
  };
}

/** Visits in each claim the command line benchmark (scripts/bench-cli.mjs) runs. */
const COMMAND_LINE_VISITS = 100_000;

/** A visit whose every field is wrong: the largest result a visit can give. */
function visitWithEveryFieldBad(i: number): Record<string, string> {
  return {
    id: `V${i + 1}`,
    date: 'next Tuesday',
    discipline: 'nurse',
    credential: 'CNA',
    service: 'visit',
    minutes: 'forty',
    start: '25:00',
    end: 'noon',
    mode: 'phone',
    setting: 'car',
    travelMinutes: 'ten',
    documentationMinutes: 'five',
    hcpcs: 'G9999',
    units: 'three',
    charge: '$150',
    monitoringDays: 'a week',
  };
}

/**
 * Writes the command line benchmark's claims into `dir`: the engine benchmark's synthetic claim
 * at COMMAND_LINE_VISITS visits with unique ids; the same with each id used twice, the second
 * half of the list repeating the first (the case that was quadratic); every field bad.
 */
function writeCommandLineInputs(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const unique = syntheticClaim('medicare', COMMAND_LINE_VISITS);
  const half = COMMAND_LINE_VISITS / 2;
  const repeated = {
    ...unique,
    visits: unique.visits.map((visit, i) => ({ ...visit, id: `V${(i % half) + 1}` })),
  };
  const bad = {
    ...unique,
    visits: Array.from({ length: COMMAND_LINE_VISITS }, (_, i) => visitWithEveryFieldBad(i)),
  };
  for (const [name, claim] of Object.entries({ unique, repeated, bad }))
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(claim));
}

/**
 * `engine`: one fork of the engine benchmark, printed as JSON (scripts/bench.mjs runs several
 * fresh processes and sums them up). `other`: the reference search and the built app's size.
 * `command-line-inputs`: writes the command line benchmark's claims into `dir` and prints
 * their number of visits.
 */
export async function main(
  mode: 'engine' | 'other' | 'command-line-inputs',
  dir = '.',
): Promise<number> {
  if (mode === 'command-line-inputs') {
    writeCommandLineInputs(dir);
    process.stdout.write(`${JSON.stringify({ visits: COMMAND_LINE_VISITS })}\n`);
    return 0;
  }
  if (mode === 'engine') {
    const figures = {
      sizes: CLAIM_SIZES,
      medicare: CLAIM_SIZES.map((size) => benchEngine('medicare', size)),
      bcbsil: CLAIM_SIZES.map((size) => benchEngine('bcbsil', size)),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  }
  const search = benchSearch();
  process.stdout.write(
    `reference search: ${search.medianMillis.toFixed(3)} ms per keystroke (median of ${search.searches}; p95 ${search.p95Millis.toFixed(3)} ms)\n`,
  );
  if (existsSync('dist/index.html')) {
    process.stdout.write(
      spawnSync(process.execPath, ['scripts/first-view-size.mjs'], { encoding: 'utf8' }).stdout,
    );
  } else {
    process.stdout.write('built app size: run `npm run build` first to measure it\n');
  }
  return 0;
}
