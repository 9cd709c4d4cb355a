import { expect, test, type Page } from '@playwright/test';

// Cells copied from a spreadsheet and pasted into a grid cell fill the grid from that cell, as
// Excel or Google Sheets do, in a real browser: one undo step, and focus stays in the cell.

const cell = (page: Page, name: string) => page.getByRole('textbox', { exact: true, name });

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
  await cell(page, 'Minutes, visit 2').fill('30');

  await cell(page, 'Minutes, visit 2').focus();
  await pasteIntoFocus(page, '45\t10:00\t10:45\r\n50\t11:00\t11:50\r\n');

  await expect(page.getByRole('status').filter({ hasText: 'Filled 6 cells' })).toHaveText(
    'Filled 6 cells in visits 2–3, from Minutes to End. Added 1 visit for the rows past the last one. 1 value replaced; Ctrl+Z undoes the paste.',
  );
  await expect(cell(page, 'Minutes, visit 2')).toHaveValue('45');
  await expect(cell(page, 'Start, visit 2')).toHaveValue('10:00');
  await expect(cell(page, 'End, visit 2')).toHaveValue('10:45');
  await expect(cell(page, 'Minutes, visit 3')).toHaveValue('50');
  await expect(cell(page, 'End, visit 3')).toHaveValue('11:50');
  await expect(cell(page, 'Minutes, visit 1')).toHaveValue('');
  await expect(cell(page, 'Minutes, visit 2')).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Minutes, visit 3')).toHaveCount(0);
  await expect(cell(page, 'Minutes, visit 2')).toHaveValue('30');
  await expect(cell(page, 'Start, visit 2')).toHaveValue('');
  await expect(cell(page, 'Minutes, visit 2')).toBeFocused();
});
