// `npm run bench`: prints how long the engine takes per visit line on a synthetic 1,000-visit
// claim (median of many runs). Figures only; nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { codeTables } from '../data/index.ts';
import { evaluateClaim, type ClaimInput, type VisitInput } from '../engine/index.ts';
import { getReferenceIndex } from '../features/reference/reference-index.ts';
import { searchReference } from '../features/reference/search-reference.ts';

const VISITS = 1000;
const WARMUP_RUNS = 200;
const SAMPLES = 40;
const RUNS_PER_SAMPLE = 20;

const shapes: Omit<VisitInput, 'id' | 'date'>[] = [
  {
    discipline: 'SN',
    credential: 'RN',
    service: 'direct',
    minutes: 50,
    setting: 'home',
    charge: 150,
  },
  { discipline: 'SN', credential: 'LPN', service: 'observation', minutes: 35, charge: 120 },
  { discipline: 'PT', credential: 'PT', start: '09:00', end: '09:55', charge: 180 },
  {
    discipline: 'PT',
    credential: 'PTA',
    service: 'maintenance',
    minutes: 45,
    travelMinutes: 10,
    charge: 140,
  },
  { discipline: 'OT', credential: 'OT', minutes: 60, documentationMinutes: 10, charge: 175 },
  { discipline: 'AIDE', credential: 'AIDE', minutes: 90, setting: 'assisted-living', charge: 60 },
  { discipline: 'SN', credential: 'RN', mode: 'audio-video', minutes: 20, charge: 0 },
  {
    discipline: 'SN',
    credential: 'RN',
    activities: [
      { service: 'direct', minutes: 20 },
      { service: 'training', minutes: 30 },
    ],
    hcpcs: 'G0495',
    units: 4,
  },
];

export function syntheticClaim(payer: 'medicare' | 'bcbsil', visits = VISITS): ClaimInput {
  return {
    payer,
    billType: '0329',
    from: '2026-03-01',
    through: '2026-03-30',
    hipps: '1FC21',
    valueCodes: [
      { code: '61', value: '16974.00' },
      { code: '85', value: '17031' },
    ],
    visits: Array.from({ length: visits }, (_, i) => ({
      id: `V${i + 1}`,
      date: `2026-03-${String((i % 30) + 1).padStart(2, '0')}`,
      ...shapes[i % shapes.length]!,
    })),
  };
}

/** The value at fraction `q` of the sorted values (0.5: the median). */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

function median(values: number[]): number {
  return quantile(values, 0.5);
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/**
 * Median time per visit line over samples of RUNS_PER_SAMPLE evaluations. CPU time (this
 * process only) is the headline figure, because other work on a 2-core machine inflates wall time;
 * wall time is reported beside it.
 */
export function benchEngine(payer: 'medicare' | 'bcbsil'): {
  cpuMicrosPerLine: number;
  /** The middle half of the samples: how much the machine's load moved the figure. */
  cpuQuartiles: [number, number];
  wallMicrosPerLine: number;
} {
  const claim = syntheticClaim(payer);
  for (let i = 0; i < WARMUP_RUNS; i++) evaluateClaim(claim, codeTables);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    const cpuStart = cpuMicros();
    const wallStart = performance.now();
    for (let i = 0; i < RUNS_PER_SAMPLE; i++) evaluateClaim(claim, codeTables);
    wall.push(((performance.now() - wallStart) * 1000) / (RUNS_PER_SAMPLE * VISITS));
    cpu.push((cpuMicros() - cpuStart) / (RUNS_PER_SAMPLE * VISITS));
  }
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
    `engine: ${VISITS}-visit claim, ${SAMPLES} samples of ${RUNS_PER_SAMPLE} evaluations after ${WARMUP_RUNS} warm-up (Node ${process.version})\n`,
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
