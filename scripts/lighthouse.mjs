// Lighthouse on the built app in Debian's Chromium: prints the performance, accessibility and
// best-practices scores and exits 1 if any is below the preset's minimum (LH_MIN_SCORE overrides
// it), or if the page shifts as it loads.
// LH_PRESET=mobile (default: Lighthouse's own defaults, a throttled phone; minimum 0.9) or
// desktop (its desktop preset; minimum 0.95).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath, servePreview } from './built-app.mjs';

// One above the browser tests' server (E2E_PORT, default 4173).
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const MAX_LAYOUT_SHIFT = 0.01;
const PRESET = process.env.LH_PRESET ?? 'mobile';
if (PRESET !== 'mobile' && PRESET !== 'desktop') {
  console.error(`LH_PRESET must be mobile or desktop, not ${PRESET}`);
  process.exit(2);
}
const MIN_SCORE = Number(process.env.LH_MIN_SCORE ?? (PRESET === 'desktop' ? 0.95 : 0.9));

const server = await servePreview(PORT);
const profile = mkdtempSync(join(tmpdir(), 'lighthouse-'));
let chrome;
let failed = false;
try {
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    userDataDir: profile,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const result = await lighthouse(
    server.url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    PRESET === 'desktop' ? desktopConfig : undefined,
  );
  console.log(`lighthouse preset: ${PRESET} (minimum score ${MIN_SCORE})`);
  const categories = result?.lhr.categories ?? {};
  for (const [id, category] of Object.entries(categories)) {
    const score = category.score ?? 0;
    console.log(`lighthouse ${id}: ${Math.round(score * 100)}`);
    if (score < MIN_SCORE) failed = true;
  }
  const audits = result?.lhr.audits ?? {};
  const metric = (id) => audits[id]?.displayValue ?? 'n/a';
  console.log(
    `  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
      `SI ${metric('speed-index')}, TBT ${metric('total-blocking-time')}, ` +
      `CLS ${metric('cumulative-layout-shift')}`,
  );
  // Layout shift does not depend on the machine's speed, so it is held to its own limit: a
  // panel that moves the page as it loads fails here even when the score stays above the gate.
  const layoutShift = audits['cumulative-layout-shift']?.numericValue ?? 0;
  if (layoutShift > MAX_LAYOUT_SHIFT) {
    console.log(`  layout shift ${layoutShift.toFixed(3)} is over ${MAX_LAYOUT_SHIFT}`);
    failed = true;
  }
  for (const audit of Object.values(audits)) {
    if (
      audit.score !== null &&
      audit.score < 1 &&
      audit.scoreDisplayMode !== 'informative' &&
      audit.scoreDisplayMode !== 'notApplicable' &&
      audit.scoreDisplayMode !== 'manual'
    )
      console.log(`  below full marks: ${audit.id} (${audit.displayValue ?? audit.score})`);
  }
} finally {
  await chrome?.kill();
  server.stop();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
