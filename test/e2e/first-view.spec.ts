import { expect, test, type Page } from '@playwright/test';
import { enterRnVisit } from './enter-visit.ts';

// The built page carries the calculator as a first visit sees it, so a coder on a slow line
// sees it before the scripts arrive. These tests hold the app's scripts back to look at that
// page, then let them through: a first visit keeps the very same page (taken over, not
// redrawn); saved work or another view is never shown wrongly in the meantime.

// A service worker would answer from its cache, past the held scripts.
test.use({ serviceWorkers: 'block' });

/** Holds the app's scripts until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Resolves once React has taken the page over (it listens from then on, replaying early clicks). */
async function appIsRunning(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((key) =>
      key.startsWith('__reactContainer'),
    ),
  );
}

test('a first visit sees the calculator before the scripts arrive, and keeps that page', async ({
  page,
}) => {
  // Warnings, errors, and any part of the built page that React had to draw again.
  const warnings: string[] = [];
  page.on('console', (message) => {
    const blockedWorker = message.text().includes('Service Worker registration blocked');
    const redrawn = message.text().includes('drawn afresh');
    if ((message.type() === 'warning' || message.type() === 'error' || redrawn) && !blockedWorker)
      warnings.push(message.text());
  });
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });

  const addVisit = page.getByRole('button', { name: 'Add visit' });
  await expect(addVisit).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { builtMain: Element | null }).builtMain = document.querySelector('main');
  });

  release();
  await appIsRunning(page);
  await enterRnVisit(page);
  const kept = await page.evaluate(() => {
    const built = (window as unknown as { builtMain: Element | null }).builtMain;
    return built !== null && built.isConnected && built === document.querySelector('main');
  });
  expect(kept).toBe(true);
  expect(warnings).toEqual([]);
});

test('a first visit paints the calculator before it fetches the app, then runs it', async ({
  page,
}) => {
  await page.goto('/');
  await appIsRunning(page);
  const timing = await page.evaluate(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/[^/]+\.js$/.test(new URL(entry.name).pathname));
    return {
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scriptsStarted: scripts.map((entry) => entry.startTime),
    };
  });
  expect(timing.paint).not.toBeNull();
  expect(timing.scriptsStarted.length).toBeGreaterThanOrEqual(4);
  expect(Math.min(...timing.scriptsStarted)).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
  await enterRnVisit(page);
});

test('saved work is hidden, never shown as an empty claim, until the app has drawn it', async ({
  page,
}) => {
  await page.goto('/');
  await enterRnVisit(page);
  // Saves are debounced; leaving the page flushes them.
  await page.goto('about:blank');

  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('main')).toBeHidden();

  release();
  await expect(page.getByRole('table', { name: /claim lines/i })).toContainText('G0299');
  await expect(page.getByRole('textbox', { name: /^Minutes, visit 1/ })).toHaveValue('50');
  await expect(page.locator('html')).not.toHaveClass(/first-view-hidden/);
});

test('an address that names another view never shows the calculator first', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/#/reference/hcpcs/G0299', { waitUntil: 'commit' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('main')).toBeHidden();

  release();
  await expect(page.getByRole('heading', { name: /^G0299/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add visit' })).toHaveCount(0);
});

test('clicks and entries on the calculator before the app runs are carried out once it runs', async ({
  page,
}) => {
  const payer = page.getByRole('combobox', { name: 'Payer profile' });
  const from = page.getByRole('textbox', { name: 'Period from' });
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Add visit' }).click();
  await payer.selectOption({ label: 'Blue Cross and Blue Shield of Illinois (RP005)' });
  await from.fill('2026-03-02');
  release();
  await expect(page.getByRole('textbox', { name: /^Date, visit 1/ })).toBeFocused();
  await expect(from).toHaveValue('2026-03-02');
  // They reached the claim, not just the page: they are saved with it.
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: /^Date, visit 1/ })).toBeVisible();
  await expect(from).toHaveValue('2026-03-02');
  await expect(payer).toHaveValue('bcbsil');
});
