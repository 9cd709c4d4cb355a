// `npm run bench`: prints how long the engine takes per visit line on a synthetic 1,000-visit
// claim (median of many runs). Figures only; nothing here asserts a time.
import { codeTables } from '../data/index.ts';
import { evaluateClaim, type ClaimInput, type VisitInput } from '../engine/index.ts';

const VISITS = 1000;
const WARMUP_RUNS = 200;
const RUNS = 400;

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchEngine(payer: 'medicare' | 'bcbsil'): {
  medianMicrosPerLine: number;
  p95MicrosPerLine: number;
  lines: number;
} {
  const claim = syntheticClaim(payer);
  for (let i = 0; i < WARMUP_RUNS; i++) evaluateClaim(claim, codeTables);
  const perLine: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    evaluateClaim(claim, codeTables);
    perLine.push(((performance.now() - start) * 1000) / VISITS);
  }
  const sorted = [...perLine].sort((a, b) => a - b);
  return {
    medianMicrosPerLine: median(perLine),
    p95MicrosPerLine: sorted[Math.floor(sorted.length * 0.95)]!,
    lines: VISITS,
  };
}

export async function main(): Promise<number> {
  process.stdout.write(
    `engine: ${VISITS}-visit claim, ${RUNS} runs after ${WARMUP_RUNS} warm-up (Node ${process.version})\n`,
  );
  for (const payer of ['medicare', 'bcbsil'] as const) {
    const { medianMicrosPerLine, p95MicrosPerLine } = benchEngine(payer);
    process.stdout.write(
      `  ${payer.padEnd(8)} median ${medianMicrosPerLine.toFixed(2)} µs per visit line (p95 ${p95MicrosPerLine.toFixed(2)} µs)\n`,
    );
  }
  return 0;
}
