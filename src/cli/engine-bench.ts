// The engine benchmark's claims, sampling and summary, shared by `npm run bench` in Node
// (src/cli/bench.ts) and in Chromium (src/cli/engine-bench-browser.ts), so both runtimes time the
// same work and report it the same way: the time to evaluate a whole claim, as a coder waits.
import { codeTables } from '../data/index.ts';
import { evaluateClaim, type ClaimInput, type VisitInput } from '../engine/index.ts';

export interface ClaimSize {
  visits: number;
  /** What a user should wait at most for one evaluation, in milliseconds. */
  targetMillis: number;
  warmups: number;
  samples: number;
  runsPerSample: number;
}

/**
 * The claims a coder meets: a long period typed into the calculator (evaluated on every
 * keystroke), and a large file of visits opened or run through the command line.
 */
export const CLAIM_SIZES: readonly ClaimSize[] = [
  { visits: 300, targetMillis: 1, warmups: 200, samples: 40, runsPerSample: 20 },
  { visits: 100_000, targetMillis: 1000, warmups: 2, samples: 5, runsPerSample: 1 },
];

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

export type BenchPayer = 'medicare' | 'bcbsil';

export function syntheticClaim(payer: BenchPayer, visits: number): ClaimInput {
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

/**
 * Warms up on both payers' claims of this size (the app meets both, and the figure should not
 * depend on which payer was timed first), then takes `samples` samples of `runsPerSample`
 * evaluations of `payer`'s claim; for each clock (milliseconds), the time per claim of each sample.
 */
export function sampleEngine<Clock extends string>(
  payer: BenchPayer,
  size: ClaimSize,
  clocks: Record<Clock, () => number>,
): Record<Clock, number[]> {
  const claim = syntheticClaim(payer, size.visits);
  const other = syntheticClaim(payer === 'medicare' ? 'bcbsil' : 'medicare', size.visits);
  for (let i = 0; i < size.warmups; i++) evaluateClaim(i % 2 ? other : claim, codeTables);
  const names = Object.keys(clocks) as Clock[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    Clock,
    number[]
  >;
  const starts = names.map(() => 0);
  for (let sample = 0; sample < size.samples; sample++) {
    names.forEach((name, i) => (starts[i] = clocks[name]()));
    for (let i = 0; i < size.runsPerSample; i++) evaluateClaim(claim, codeTables);
    names.forEach((name, i) =>
      samples[name].push((clocks[name]() - starts[i]!) / size.runsPerSample),
    );
  }
  return samples;
}

export interface SampleSummary {
  median: number;
  /** The middle half of the samples: how much the figure moved within one run. */
  quartiles: [number, number];
}

export function summarize(samples: number[]): SampleSummary {
  return {
    median: quantile(samples, 0.5),
    quartiles: [quantile(samples, 0.25), quantile(samples, 0.75)],
  };
}

/** The value at fraction `q` of the sorted values (0.5: the median). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}
