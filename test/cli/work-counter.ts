// Counts the work the project's own code does, without a clock: V8's precise coverage counts
// how many times each function and block of src/ ran (the inspector's Profiler domain). The
// count is the same on a busy machine as on an idle one, so a test can compare the work of two
// inputs exactly where a timed test would be flaky. Work done inside built-ins (a Set lookup,
// JSON.parse) is not counted; a callback they call (Array.prototype.find's) is.
import { Session } from 'node:inspector/promises';

export interface WorkCounter {
  /** Blocks of src/ executed while `run` ran. */
  count: (run: () => unknown) => Promise<number>;
  stop: () => Promise<void>;
}

function sumOfSourceCounts(
  result: { url: string; functions: { ranges: { count: number }[] }[] }[],
): number {
  let work = 0;
  for (const script of result) {
    if (!script.url.includes('/src/')) continue;
    for (const fn of script.functions) for (const range of fn.ranges) work += range.count;
  }
  return work;
}

/**
 * Starts counting. Counting must run from before the measured code is first optimised, so the
 * counter is started once (before the first measurement) and each count resets it.
 */
export async function startWorkCounter(): Promise<WorkCounter> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  return {
    async count(run) {
      await session.post('Profiler.takePreciseCoverage');
      await run();
      const { result } = await session.post('Profiler.takePreciseCoverage');
      return sumOfSourceCounts(result);
    },
    async stop() {
      await session.post('Profiler.stopPreciseCoverage');
      await session.post('Profiler.disable');
      session.disconnect();
    },
  };
}
