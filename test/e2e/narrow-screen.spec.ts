import { expect, test } from '@playwright/test';

// On a narrow screen (a phone, or a desk window snapped to a third of the screen) no view may be
// wider than the window: wide tables scroll inside their own panel, the navigation wraps.
test.use({ viewport: { width: 360, height: 740 } });

for (const [view, ready] of [
  ['calculator', 'Add visit'],
  ['reference', 'Search all code sets'],
  ['training', 'Training'],
  ['exchange', 'Import and export'],
  ['privacy', 'Privacy'],
] as const) {
  test(`the ${view} view fits a 360 px wide window`, async ({ page }) => {
    await page.goto(`/#/${view}`);
    await expect(page.getByText(ready).first()).toBeVisible();
    if (view === 'calculator') {
      await page.getByRole('button', { name: 'Add visit' }).click();
      await page.keyboard.type('2026-03-10');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('table', { name: /claim lines/i })).toBeVisible();
    }
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBe(widths.window);
  });
}
