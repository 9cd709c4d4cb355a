import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The desk reference in Chromium: deep links, search, keyboard, print and an axe check.

const g0299Heading = /^G0299: Direct skilled nursing by a registered nurse/;

test.describe('the desk reference', () => {
  test('a deep link opens that code, with a way back to the calculator', async ({ page }) => {
    await page.goto('/#/reference/hcpcs/G0299');
    await expect(page.getByRole('heading', { name: g0299Heading })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to calculator' })).toHaveAttribute(
      'href',
      '#/calculator',
    );
  });

  test('an address with a stray "%" names the missing entry instead of blanking the app', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/#/reference/hcpcs/100%');
    await expect(page.getByRole('heading', { name: 'HCPCS: no entry “100%”' })).toBeVisible();
    await page.goto('/#/reference/hcpcs/G0299');
    await expect(page.getByRole('heading', { name: g0299Heading })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('an "as of" date typed that is not on the calendar is named, and every date shows', async ({
    page,
  }) => {
    await page.goto('/#/reference/hcpcs');
    const asOf = page.getByLabel('As of');
    await asOf.click();
    await page.keyboard.type('02302026');
    await expect(asOf).toHaveAccessibleDescription(
      /As of: that date is not on the calendar\. Showing every date\.$/,
    );
    await expect(asOf).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Show every date' }).click();
    await expect(asOf).toHaveAccessibleDescription('Every date');
    await expect(asOf).toHaveValue('');
  });

  test('#/reference shows the desk reference and every code set', async ({ page }) => {
    await page.goto('/#/reference');
    await expect(page.getByRole('heading', { name: 'Desk reference' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Code sets' });
    await expect(nav.getByRole('link', { name: 'HCPCS' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Sources' })).toBeVisible();
  });

  test('search finds a code however it is typed and opens it', async ({ page }) => {
    await page.goto('/#/reference');
    await page.getByRole('searchbox', { name: 'Search all code sets' }).fill('g 0299');
    const results = page.getByRole('region', { name: 'Search results' });
    const first = results.getByRole('listitem').first();
    await expect(first.getByRole('link', { name: 'G0299' })).toBeVisible();
    await first.getByRole('link', { name: 'G0299' }).click();
    await expect(page).toHaveURL(/#\/reference\/hcpcs\/G0299$/);
    await expect(page.getByRole('heading', { name: g0299Heading })).toBeVisible();
  });

  test('search finds codes by words', async ({ page }) => {
    await page.goto('/#/reference');
    await page.getByRole('searchbox', { name: 'Search all code sets' }).fill('lpn training');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('link', { name: 'G0496' })).toBeVisible();
  });

  test('a table sorts from the keyboard', async ({ page }) => {
    await page.goto('/#/reference/revenue-codes');
    const header = page.getByRole('columnheader', { name: 'Revenue code' });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByRole('rowheader').first()).toHaveText('0942');
  });

  test('prints the table without the controls', async ({ page }) => {
    await page.goto('/#/reference/hcpcs');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('searchbox', { name: 'Search all code sets' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Code sets' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('table', { name: /^HCPCS:/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Unit basis' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy / })).toHaveCount(0);
  });

  test('the sources print within the page, with whether each is authoritative and when it was reviewed', async ({
    page,
  }) => {
    await page.goto('/#/reference/sources');
    await page.emulateMedia({ media: 'print' });
    // Letter paper less half-inch margins is 7.5 in: 720 CSS pixels.
    await page.setViewportSize({ width: 720, height: 1000 });
    const table = page.getByRole('table', { name: /^Sources:/ });
    const width = await table.evaluate((element) => element.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(720);
    for (const header of ['Authoritative', 'Reviewed', 'What it covers', 'Address'])
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  });

  for (const address of [
    '/#/reference',
    '/#/reference/hcpcs',
    '/#/reference/hcpcs/G0154',
    '/#/reference/unit-rules/medicare-15-minute',
    '/#/reference/claim-rules',
    '/#/reference/sources',
  ]) {
    test(`axe finds no WCAG 2 A/AA violations at ${address}`, async ({ page }) => {
      await page.goto(address);
      await expect(page.getByRole('heading', { name: 'Desk reference' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze();
      expect(violations.map(({ id, nodes }) => ({ id, nodes: nodes.length }))).toEqual([]);
    });
  }
});
