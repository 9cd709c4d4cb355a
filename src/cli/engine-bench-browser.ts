// `npm run bench` bundles this for Chromium, where the calculator runs the engine: the page
// calls visitToClaimEngineBench(payer, size) and gets the summary of its samples (milliseconds
// per claim of CLAIM_SIZES[size], wall clock; a page has no CPU clock).
import {
  CLAIM_SIZES,
  sampleEngine,
  summarize,
  type BenchPayer,
  type SampleSummary,
} from './engine-bench.ts';

Object.assign(globalThis, {
  visitToClaimEngineBench: (payer: BenchPayer, size: number): SampleSummary =>
    summarize(sampleEngine(payer, CLAIM_SIZES[size]!, { wall: () => performance.now() }).wall),
});
