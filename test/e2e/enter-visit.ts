import { expect, type Page } from '@playwright/test';

/** Adds visit 1, an RN visit of 50 minutes on 2026-03-10, and waits for its G0299 claim line. */
export async function enterRnVisit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add visit' }).click();
  await page.getByRole('textbox', { name: /^Date, visit 1/ }).fill('2026-03-10');
  await page.getByRole('combobox', { name: /^Discipline, visit 1/ }).selectOption('SN');
  await page.getByRole('combobox', { name: /^Credential, visit 1/ }).selectOption('RN');
  await page.getByRole('textbox', { name: /^Minutes, visit 1/ }).fill('50');
  await expect(page.getByRole('table', { name: /claim lines/i })).toContainText('G0299');
}
