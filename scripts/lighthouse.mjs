// Lighthouse on the built app in Debian's Chromium: prints the performance, accessibility and
// best-practices scores and exits 1 if any is below LH_MIN_SCORE (default 0.9; the target is 1).
// LH_PRESET=mobile (default: Lighthouse's own defaults, a throttled phone) or desktop (its desktop
// preset); the gate is the same for both.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const PORT = 4174;
const URL_TO_TEST = `http://127.0.0.1:${PORT}/`;
const MIN_SCORE = Number(process.env.LH_MIN_SCORE ?? 0.9);
const MAX_LAYOUT_SHIFT = 0.01;
const PRESET = process.env.LH_PRESET ?? 'mobile';
if (PRESET !== 'mobile' && PRESET !== 'desktop') {
  console.error(`LH_PRESET must be mobile or desktop, not ${PRESET}`);
  process.exit(2);
}

async function waitForServer(url, attempts = 100) {
  for (let i = 0; i < attempts; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { stdio: 'ignore' },
);
const profile = mkdtempSync(join(tmpdir(), 'lighthouse-'));
let chrome;
let failed = false;
try {
  await waitForServer(URL_TO_TEST);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    userDataDir: profile,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const result = await lighthouse(
    URL_TO_TEST,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    PRESET === 'desktop' ? desktopConfig : undefined,
  );
  console.log(`lighthouse preset: ${PRESET}`);
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
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
