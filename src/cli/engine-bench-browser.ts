// `npm run bench` bundles this for Chromium, where the calculator runs the engine: the page
// calls visitToClaimEngineBench(payer) and gets the summary of its samples (µs per visit line,
// wall clock; a page has no CPU clock).
import { sampleEngine, summarize, type BenchPayer, type SampleSummary } from './engine-bench.ts';

Object.assign(globalThis, {
  visitToClaimEngineBench: (payer: BenchPayer): SampleSummary =>
    summarize(sampleEngine(payer, { wall: () => performance.now() * 1000 }).wall),
});
