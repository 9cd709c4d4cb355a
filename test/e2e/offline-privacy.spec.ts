import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { enterRnVisit, typeInCell } from './enter-visit.ts';
import { waitForServiceWorkerControl } from './service-worker-control.ts';

// Offline use and privacy, as a coder relies on them: after one visit the calculator and the
// reference work with no network, and nothing ever leaves the app's origin.

test('after one visit, the calculator and the reference work offline', async ({
  page,
  context,
}) => {
  await page.goto('/#/calculator');
  await expect(page.getByRole('button', { name: 'Add visit' })).toBeVisible();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await enterRnVisit(page);

  await page.goto('/#/reference/hcpcs/G0493');
  await expect(page.getByRole('heading', { name: /^G0493/ })).toBeVisible();
  await context.setOffline(false);
});

test('a whole session makes no request outside the app and breaks no content policy', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${baseURL}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });

  await page.goto('/#/calculator');
  await page.getByRole('button', { name: 'Add visit' }).click();
  await typeInCell(page, 'Minutes, visit 1', '45');
  await page.goto('/#/reference');
  await page.getByRole('searchbox', { name: 'Search all code sets' }).fill('lpn training');
  await page.goto('/#/reference/sources');
  await page.goto('/#/training');
  await page.goto('/#/exchange');
  await page.goto('/#/privacy');
  await expect(
    page.getByRole('heading', { name: 'Your data stays in this browser' }),
  ).toBeVisible();
  violations.push(
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    )),
  );

  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
});

test('the privacy view explains where data is kept, and axe finds nothing on it', async ({
  page,
}) => {
  await page.goto('/#/privacy');
  await expect(
    page.getByRole('heading', { name: 'Your data stays in this browser' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete all saved data…' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations).toEqual([]);
});
