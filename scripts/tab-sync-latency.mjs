// npm run bench:tabs — in Chromium, how long an edit in one tab takes to show in
// another tab of the app. Prints p50 and p95 over 50 edits, for a draft of 30 and of 300 visits,
// and splits each into: the wait for typing to pause (the save is written 250 ms after the last
// keystroke, at most a second after the first), the browser handing the write to the other tab
// (its storage event), and that tab reading the draft and updating its page.
//
// Serves the built app (dist/, built first when missing) with `vite preview` on a free port and
// opens two pages in one browser context, so they share localStorage as two tabs do. Both show
// the same draft; tab A renames it (one input event) and tab B's draft list shows the new name.
// Times are performance.timeOrigin + performance.now() in each page: one clock for the browser.
import { chromium } from '@playwright/test';
import {
  buildIfMissing,
  chromiumArgs,
  chromiumPath,
  freePort,
  percentile,
  servePreview,
} from './built-app.mjs';

const SIZES = [30, 300];
const WARMUP = 5;
const SAMPLES = 50;

function draftOf(count) {
  const visits = Array.from({ length: count }, (_, i) => ({
    id: `V${i + 1}`,
    date: `2026-01-${String(5 + (i % 27)).padStart(2, '0')}`,
    discipline: 'SN',
    credential: 'RN',
    minutes: String(30 + (i % 50)),
    setting: 'home',
    charge: '150.00',
  }));
  return {
    state: {
      drafts: [
        {
          id: 'd1',
          name: 'Edit 0',
          claim: { payer: 'medicare', billType: '0329', from: '2026-01-05', visits },
        },
      ],
      activeDraftId: 'd1',
    },
    version: 1,
  };
}

/** Runs in every page: notes input events, writes of a draft, and storage events for one. */
function noteTimes() {
  const now = () => performance.timeOrigin + performance.now();
  window.__times = { input: [], write: [], event: [] };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    setItem.call(this, key, value);
    if (key.startsWith('visit-to-claim:draft:')) window.__times.write.push(now());
  };
  document.addEventListener('input', () => window.__times.input.push(now()), true);
  window.addEventListener(
    'storage',
    (event) => {
      if (event.key?.startsWith('visit-to-claim:draft:')) window.__times.event.push(now());
    },
    true,
  );
}

/** In tab B: resolves with when the draft list shows `name`, and when that frame was painted. */
function whenShown(name) {
  const now = () => performance.timeOrigin + performance.now();
  return new Promise((resolve) => {
    const list = document.getElementById('draft-select');
    const observer = new MutationObserver(() => {
      if (![...list.options].some((option) => option.text === name)) return;
      observer.disconnect();
      const shown = now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ shown, painted: now() });
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
  });
}

async function measure(browser, baseUrl, count) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(noteTimes);
  const a = await context.newPage();
  await a.goto(baseUrl);
  await a.evaluate((stored) => {
    localStorage.clear();
    localStorage.setItem('visit-to-claim', JSON.stringify(stored));
  }, draftOf(count));
  await a.reload();
  const b = await context.newPage();
  await b.goto(baseUrl);
  await b.locator('#draft-select').waitFor();
  const name = a.getByRole('textbox', { name: 'Draft name' });
  const rows = [];
  for (let i = 1; i <= WARMUP + SAMPLES; i += 1) {
    const shown = b.evaluate(whenShown, `Edit ${i}`);
    await name.fill(`Edit ${i}`);
    const { shown: domAt, painted } = await shown;
    const [input, write] = await a.evaluate(() => [
      window.__times.input.at(-1),
      window.__times.write.at(-1),
    ]);
    const event = await b.evaluate(() => window.__times.event.at(-1));
    if (i > WARMUP)
      rows.push({
        total: domAt - input,
        painted: painted - input,
        save: write - input,
        delivery: event - write,
        update: domAt - event,
      });
  }
  await context.close();
  const figure = (key, p) =>
    percentile(
      rows.map((row) => row[key]).sort((x, y) => x - y),
      p,
    );
  return Object.fromEntries(
    ['total', 'painted', 'save', 'delivery', 'update'].map((key) => [
      key,
      { p50: figure(key, 50), p95: figure(key, 95) },
    ]),
  );
}

const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  buildIfMissing();
  const server = await servePreview(await freePort(4178));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    console.log(`Edit in tab A to the change shown in tab B (${SAMPLES} edits, p50 / p95):`);
    for (const count of SIZES) {
      const r = await measure(browser, server.url, count);
      console.log(
        `  ${String(count).padStart(3)} visits: shown ${ms(r.total.p50)} / ${ms(r.total.p95)}, ` +
          `painted ${ms(r.painted.p50)} / ${ms(r.painted.p95)}`,
      );
      console.log(
        `             of which: waiting for typing to pause ${ms(r.save.p50)} / ${ms(r.save.p95)}, ` +
          `write to storage event ${ms(r.delivery.p50)} / ${ms(r.delivery.p95)}, ` +
          `event to page updated ${ms(r.update.p50)} / ${ms(r.update.p95)}`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
