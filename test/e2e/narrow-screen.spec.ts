import { expect, test } from '@playwright/test';
import { enterRnVisit, gridCell } from './enter-visit.ts';

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

test.describe('on a 1000 px window', () => {
  test.use({ viewport: { width: 1000, height: 800 } });

  test('"show the math" for an early visit of a long period opens in view, beside its visit', async ({
    page,
  }) => {
    await page.goto('/');
    await enterRnVisit(page);
    await gridCell(page, 'Minutes, visit 1').click();
    for (let i = 0; i < 24; i += 1) await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Visit 25', exact: true })).toBeVisible();
    const visit = page.getByRole('button', { name: 'Visit 2', exact: true });
    await visit.scrollIntoViewIfNeeded();
    await visit.click();
    const heading = page.getByRole('heading', { name: 'Visit 2: the math' });
    await expect(heading).toBeInViewport();
    await expect(visit).toBeInViewport();
    // Nothing of the grid (its sticky Visit column) is drawn over the math.
    const onTop = await heading.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
      return hit !== null && element.closest('section')?.contains(hit) === true;
    });
    expect(onTop).toBe(true);
  });
});
