import { expect, test, type Page } from '@playwright/test';
import { gridCell, typeInCell } from './enter-visit.ts';

// Keyboard focus after the visit grid's row actions, in a real browser: it moves to the new
// row's date, or to the same button of the row that took a deleted row's place, and never
// falls to the page, in a short grid and in a long one that draws only the rows in view.

const date = (page: Page, visit: number) => gridCell(page, `Date, visit ${visit}`);
const minutes = (page: Page, visit: number) => gridCell(page, `Minutes, visit ${visit}`);

async function pasteVisits(page: Page, count: number) {
  const rows = Array.from(
    { length: count },
    (_, i) => `2026-01-${String(5 + (i % 25)).padStart(2, '0')}\tSN\tRN\t\t${10 + i}`,
  );
  await page.getByText('Paste visits from a spreadsheet').click();
  await page.getByRole('textbox', { name: 'Rows copied from a spreadsheet' }).fill(rows.join('\n'));
  await page.getByRole('button', { name: 'Add pasted visits' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${count} visits` })).toBeVisible();
}

test('focus follows Add visit, Duplicate, Insert and Delete, with the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add visit' }).click();
  await expect(date(page, 1)).toBeFocused();
  await typeInCell(page, 'Minutes, visit 1', '50');

  await page.getByRole('button', { name: 'Duplicate visit 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(date(page, 2)).toBeFocused();

  await page.getByRole('button', { name: 'Insert visit above visit 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(date(page, 2)).toBeFocused();
  await expect(minutes(page, 2)).toHaveAccessibleName('Minutes, visit 2');
  await expect(minutes(page, 3)).toHaveAccessibleName('Minutes, visit 3: 50');

  await page.getByRole('button', { name: 'Delete visit 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(minutes(page, 2)).toHaveAccessibleName('Minutes, visit 2: 50');
  await expect(page.getByRole('button', { name: 'Delete visit 2' })).toBeFocused();

  // Undo brings the row back above; focus stays on the button it was on.
  await page.keyboard.press('Control+z');
  await expect(minutes(page, 2)).toHaveAccessibleName('Minutes, visit 2');
  await expect(page.getByRole('button', { name: 'Delete visit 3' })).toBeFocused();

  for (const left of [2, 1]) {
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Delete visit ${left}` })).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add visit' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(date(page, 1)).toBeAttached();
  await expect(page.getByRole('button', { name: 'Add visit' })).toBeFocused();
});

test('undo that takes away the focused row leaves focus in the grid', async ({ page }) => {
  await page.goto('/');
  await pasteVisits(page, 2);
  await page.getByRole('button', { name: 'Add visit' }).click();
  await expect(date(page, 3)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(date(page, 3)).not.toBeAttached();
  await expect(date(page, 2)).toBeFocused();
});

test('focus reaches the new or next row in a long grid drawn in part', async ({ page }) => {
  await page.goto('/');
  await pasteVisits(page, 60);

  await page.getByRole('button', { name: 'Add visit' }).click();
  await expect(date(page, 61)).toBeFocused();
  await expect(date(page, 61)).toBeInViewport();

  await page.getByRole('button', { name: 'Duplicate visit 61' }).click();
  await expect(date(page, 62)).toBeFocused();

  await page.getByRole('button', { name: 'Delete visit 61' }).click();
  await expect(page.getByRole('button', { name: 'Delete visit 61' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete visit 61' }).click();
  await expect(page.getByRole('button', { name: 'Delete visit 60' })).toBeFocused();
  await expect(minutes(page, 60)).toHaveAccessibleName('Minutes, visit 60: 69');
});
