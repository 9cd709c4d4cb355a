// npm run bench:start — in Chromium, how soon the built app runs and shows the calculator, on a
// first visit (nothing saved, no service worker yet: everything comes over the network) and on
// a returning visit (served by the service worker). Prints the median, p10 and p90 over fresh
// browser contexts, at full CPU speed and at 4× slowdown.
//
// "Running" is React's first commit into #root (from then on clicks and entries reach the app),
// noted by an observer the page gets before any of its own scripts; "painted" is the first
// contentful paint, the calculator on screen.
import { chromium } from '@playwright/test';
import {
  buildIfMissing,
  chromiumArgs,
  chromiumPath,
  freePort,
  percentile,
  servePreview,
} from './built-app.mjs';

const LOADS = 15;
const CPU_SLOWDOWNS = [1, 4];

buildIfMissing();
const server = await servePreview(await freePort(4175));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** One load in a fresh context: [painted, running] in ms from navigation start. */
async function load(returning, slowdown) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (returning) {
      await page.goto(server.url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
          );
      });
    }
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.getElementById('root')?.firstElementChild) return;
        performance.mark('bench-app-running');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(server.url, { waitUntil: 'commit' });
    const times = await page.waitForFunction(() => {
      const painted = performance.getEntriesByName('first-contentful-paint')[0];
      const running = performance.getEntriesByName('bench-app-running')[0];
      return painted && running ? [painted.startTime, running.startTime] : null;
    });
    return times.jsonValue();
  } finally {
    await context.close();
  }
}

function figures(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => percentile(sorted, p).toFixed(0);
  return `median ${at(50)} ms (p10 ${at(10)}, p90 ${at(90)})`;
}

try {
  console.log(`Start of the built app in Chromium, ${LOADS} loads each, from navigation start:`);
  for (const slowdown of CPU_SLOWDOWNS) {
    for (const returning of [false, true]) {
      const loads = [];
      for (let i = 0; i < LOADS; i += 1) loads.push(await load(returning, slowdown));
      const visit = returning ? 'returning visit' : 'first visit    ';
      console.log(
        `  CPU ${slowdown}×, ${visit}: painted ${figures(loads.map(([painted]) => painted))}; ` +
          `running ${figures(loads.map(([, running]) => running))}`,
      );
    }
  }
} finally {
  await browser.close();
  server.stop();
}
