import { expect, test, type Page } from '@playwright/test';
import { gridCell, typeInCell } from './enter-visit.ts';

// Cells copied from a spreadsheet and pasted into a grid cell fill the grid from that cell, as
// Excel or Google Sheets do, in a real browser: one undo step, and focus stays in the cell.

const cell = (page: Page, name: string) => gridCell(page, name);
const holds = (page: Page, name: string, value: string) =>
  expect(cell(page, name)).toHaveAccessibleName(value === '' ? name : `${name}: ${value}`);

/** Pastes `text` into the focused element, as the browser does for Ctrl+V. */
async function pasteIntoFocus(page: Page, text: string) {
  await page.evaluate((clipboard) => {
    const data = new DataTransfer();
    data.setData('text/plain', clipboard);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('pasting cells into a grid cell fills the grid from there, and Ctrl+Z undoes it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add visit' }).click();
  await page.getByRole('button', { name: 'Add visit' }).click();
  await typeInCell(page, 'Minutes, visit 2', '30');
  await cell(page, 'Minutes, visit 2').click();
  await pasteIntoFocus(page, '45\t10:00\t10:45\r\n50\t11:00\t11:50\r\n');

  await expect(page.getByRole('status').filter({ hasText: 'Filled 6 cells' })).toHaveText(
    'Filled 6 cells in visits 2–3, from Minutes to End. Added 1 visit for the rows past the last one. 1 value replaced; Ctrl+Z undoes the paste.',
  );
  await holds(page, 'Minutes, visit 2', '45');
  await holds(page, 'Start, visit 2', '10:00');
  await holds(page, 'End, visit 2', '10:45');
  await holds(page, 'Minutes, visit 3', '50');
  await holds(page, 'End, visit 3', '11:50');
  await holds(page, 'Minutes, visit 1', '');
  await expect(cell(page, 'Minutes, visit 2')).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Minutes, visit 3')).toHaveCount(0);
  await holds(page, 'Minutes, visit 2', '30');
  await holds(page, 'Start, visit 2', '');
  await expect(cell(page, 'Minutes, visit 2')).toBeFocused();
});
