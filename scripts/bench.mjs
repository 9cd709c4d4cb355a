// `npm run bench`: builds src/cli/bench.ts the way the app ships its engine (bundled and
// minified by Vite for production), then runs it in Node. Measuring the bundle, not the
// development module runner, gives the figures a production build gives.
// Then the same engine benchmark (src/cli/engine-bench-browser.ts, bundled the same way) runs in
// Debian's Chromium, where the calculator runs the engine.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from './built-app.mjs';

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
const { main } = await import(pathToFileURL(join(outDir, 'bench.mjs')).href);
process.exitCode = await main(process.argv.slice(2));

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
if (!existsSync(chromiumPath)) {
  console.log(`engine in Chromium: skipped (no Chromium at ${chromiumPath}; set CHROME_PATH)`);
} else {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>engine bench</title>');
    await page.addScriptTag({ path: join(outDir, 'browser', 'engine-bench.js') });
    console.log(`engine in Chromium ${browser.version()}: same claim and samples, wall time`);
    for (const payer of ['medicare', 'bcbsil']) {
      const samples = await page.evaluate(
        (name) => globalThis.visitToClaimEngineBench(name),
        payer,
      );
      const sorted = [...samples].sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
      console.log(
        `  ${payer.padEnd(8)} ${at(0.5).toFixed(2)} µs per visit line (median; middle half ${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)})`,
      );
    }
  } finally {
    await browser.close();
  }
}
