// `npm run bench`: prints how long the engine takes per visit line on a synthetic 1,000-visit
// claim (median of many runs). Figures only; nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { getReferenceIndex } from '../features/reference/reference-index.ts';
import { searchReference } from '../features/reference/search-reference.ts';
import {
  quantile,
  RUNS_PER_SAMPLE,
  SAMPLES,
  sampleEngine,
  VISITS,
  WARMUP_RUNS,
  type BenchPayer,
} from './engine-bench.ts';

function median(values: number[]): number {
  return quantile(values, 0.5);
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/**
 * Median time per visit line in Node. CPU time (this process only) is the headline figure,
 * because other work on a 2-core machine inflates wall time; wall time is reported beside it.
 */
export function benchEngine(payer: BenchPayer): {
  cpuMicrosPerLine: number;
  /** The middle half of the samples: how much the machine's load moved the figure. */
  cpuQuartiles: [number, number];
  wallMicrosPerLine: number;
} {
  const { cpu, wall } = sampleEngine(payer, {
    cpu: cpuMicros,
    wall: () => performance.now() * 1000,
  });
  return {
    cpuMicrosPerLine: median(cpu),
    cpuQuartiles: [quantile(cpu, 0.25), quantile(cpu, 0.75)],
    wallMicrosPerLine: median(wall),
  };
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

export async function main(): Promise<number> {
  process.stdout.write(
    `engine: ${VISITS}-visit claim, ${SAMPLES} samples of ${RUNS_PER_SAMPLE} evaluations after ${WARMUP_RUNS} warm-up runs over both payers (Node ${process.version})\n`,
  );
  for (const payer of ['medicare', 'bcbsil'] as const) {
    const { cpuMicrosPerLine, cpuQuartiles, wallMicrosPerLine } = benchEngine(payer);
    process.stdout.write(
      `  ${payer.padEnd(8)} ${cpuMicrosPerLine.toFixed(2)} µs CPU per visit line (median; middle half ${cpuQuartiles[0].toFixed(2)}–${cpuQuartiles[1].toFixed(2)}; wall ${wallMicrosPerLine.toFixed(2)} µs)\n`,
    );
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
