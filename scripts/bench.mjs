// `npm run bench`: builds src/cli/bench.ts the way the app ships its engine (bundled and
// minified by Vite for production; the bundle, not the development module runner, gives the
// figures a production build gives) and times the engine in fresh Node processes. Then the same
// engine benchmark (src/cli/engine-bench-browser.ts, bundled the same way) runs in fresh pages
// of Debian's Chromium, where the calculator runs the engine. Last, 100,000 visits go through
// the command line (scripts/bench-cli.mjs); `--engine-only` stops after the engine. Figures
// only; nothing is asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { benchCommandLine } from './bench-cli.mjs';
import { chromiumArgs, chromiumPath } from './built-app.mjs';

/**
 * Fresh processes (pages) per runtime. On these machines one process can run a third slower
 * than the next from start to end (every function alike, garbage collection too), so a single
 * process's figure says as much about the process as about the engine: the figure reported is
 * the median of the processes' medians, with their range.
 */
const FORKS = 5;
const PAYERS = ['medicare', 'bcbsil'];

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', 'visit-to-claim-bench');
mkdirSync(outDir, { recursive: true });
await build({
  root,
  configFile: false,
  logLevel: 'silent',
  build: {
    ssr: 'src/cli/bench.ts',
    outDir,
    emptyOutDir: true,
    minify: true,
    rollupOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
});
await build({
  root,
  configFile: false,
  logLevel: 'silent',
  publicDir: false,
  build: {
    outDir: join(outDir, 'browser'),
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: 'src/cli/engine-bench-browser.ts',
      formats: ['iife'],
      name: 'visitToClaimEngineBench',
      fileName: () => 'engine-bench.js',
    },
  },
});

/** Runs the bundle's main(mode) in a fresh Node process: not this one, which holds Vite's heap. */
function runBundle(mode, ...args) {
  const bundle = JSON.stringify(pathToFileURL(join(outDir, 'bench.mjs')).href);
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { main } = await import(${bundle}); process.exitCode = await main(${[mode, ...args].map((arg) => JSON.stringify(arg)).join(', ')});`,
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`bench (${mode}) exited with ${run.status}`);
  return run.stdout;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** "0.41 ms per claim (median of 5 processes; they ranged 0.38–0.52)". */
function acrossForks(medians) {
  const low = Math.min(...medians);
  const high = Math.max(...medians);
  const digits = median(medians) < 10 ? 3 : 0;
  return `${median(medians).toFixed(digits)} ms per claim (median of ${medians.length} processes; they ranged ${low.toFixed(digits)}–${high.toFixed(digits)})`;
}

const nodeForks = Array.from({ length: FORKS }, () => JSON.parse(runBundle('engine')));
const { sizes } = nodeForks[0];
console.log(
  'engine: synthetic claims; each process warms up on both payers, then takes the median of its samples (wall time)',
);
const sizeTitle = (size) =>
  `${size.visits.toLocaleString('en-US')} visits (target under ${size.targetMillis.toLocaleString('en-US')} ms; median of ${size.samples} samples of ${size.runsPerSample} evaluation${size.runsPerSample === 1 ? '' : 's'})`;
console.log(`  Node ${process.version} (the command line):`);
sizes.forEach((size, s) => {
  console.log(`    ${sizeTitle(size)}`);
  for (const payer of PAYERS) {
    const wall = nodeForks.map((fork) => fork[payer][s].wall.median);
    const cpu = nodeForks.map((fork) => fork[payer][s].cpu.median);
    console.log(`      ${payer.padEnd(8)} ${acrossForks(wall)}; CPU ${median(cpu).toFixed(3)} ms`);
  }
});

if (!existsSync(chromiumPath)) {
  console.log(`  Chromium: skipped (no Chromium at ${chromiumPath}; set CHROME_PATH)`);
} else {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const pageForks = [];
    for (let fork = 0; fork < FORKS; fork++) {
      // A new context is a new renderer process, as a new Node process is above.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<!doctype html><title>engine bench</title>');
      await page.addScriptTag({ path: join(outDir, 'browser', 'engine-bench.js') });
      const figures = {};
      for (const payer of PAYERS) {
        figures[payer] = [];
        for (let s = 0; s < sizes.length; s++)
          figures[payer].push(
            await page.evaluate(
              ([name, size]) => globalThis.visitToClaimEngineBench(name, size),
              [payer, s],
            ),
          );
      }
      pageForks.push(figures);
      await context.close();
    }
    console.log(`  Chromium ${browser.version()} (the calculator):`);
    sizes.forEach((size, s) => {
      console.log(`    ${sizeTitle(size)}`);
      for (const payer of PAYERS)
        console.log(
          `      ${payer.padEnd(8)} ${acrossForks(pageForks.map((fork) => fork[payer][s].median))}`,
        );
    });
  } finally {
    await browser.close();
  }
}

// `npm run bench -- --engine-only` stops here (for timing a change to the engine).
if (process.argv.includes('--engine-only')) process.exit(0);

process.stdout.write(runBundle('other'));

const commandLineDir = join(outDir, 'command-line');
const { visits: commandLineVisits } = JSON.parse(runBundle('command-line-inputs', commandLineDir));
await benchCommandLine(commandLineDir, commandLineVisits);
