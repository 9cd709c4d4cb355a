import { expect, type Page } from '@playwright/test';

/** The visit grid's cell whose accessible name starts with `name` ("Minutes, visit 2"). */
export function gridCell(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('gridcell', { name: new RegExp(`^${escaped}(:|$)`) });
}

/** Types `text` over a grid cell's value and commits it with Tab, as a coder does. */
export async function typeInCell(page: Page, name: string, text: string): Promise<void> {
  await gridCell(page, name).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Adds visit 1, an RN visit of 50 minutes on 2026-03-10, and waits for its G0299 claim line. */
export async function enterRnVisit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add visit' }).click();
  // The new visit's date is the active cell; typing replaces it, Tab moves on.
  await expect(gridCell(page, 'Date, visit 1')).toBeFocused();
  await page.keyboard.type('2026-03-10');
  for (const text of ['SN', 'RN', '']) {
    await page.keyboard.press('Tab');
    if (text) await page.keyboard.type(text);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type('50');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('table', { name: /claim lines/i })).toContainText('G0299');
}
