import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gridCell } from './enter-visit.ts';

// A coder keys a 20-visit period into the grid with the keyboard alone, as in a spreadsheet:
// typing replaces the active cell, Tab moves right, Enter goes to the next visit's first column
// (adding the visit after the last). Focus is visible at every step.

/** Fails unless the focused element shows where it is: an outline, a ring or the editor's border. */
async function expectFocusVisible(page: Page, step: string) {
  const shows = await page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return 'nothing focused';
    const style = getComputedStyle(element);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow.includes('inset') ||
      (element.classList.contains('cell-editor') && parseFloat(style.borderTopWidth) >= 2);
    const box = element.getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < innerHeight && box.width > 0;
    return ring && inView ? 'ok' : `${element.outerHTML.slice(0, 120)} shows no focus`;
  });
  expect(shows, step).toBe('ok');
}

const period = Array.from({ length: 20 }, (_, i) => {
  const kinds = [
    ['SN', 'RN', '50'],
    ['PT', 'PT', '45'],
    ['SN', 'LPN', '40'],
    ['AIDE', 'AIDE', '60'],
  ] as const;
  const [discipline, credential, minutes] = kinds[i % kinds.length]!;
  return { date: `2026-01-${String(5 + i).padStart(2, '0')}`, discipline, credential, minutes };
});

test('a coder keys a 20-visit period with the keyboard alone, focus visible throughout', async ({
  page,
}) => {
  // About 140 keystrokes, each checked: longer than a browser test's usual half minute.
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Period from' }).focus();
  await page.keyboard.type('2026-01-05');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026-02-03');
  await page.getByRole('button', { name: 'Add visit' }).focus();
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 'Date, visit 1')).toBeFocused();

  for (const [index, visit] of period.entries()) {
    const cells = [visit.date, visit.discipline, visit.credential, '', visit.minutes];
    for (const [position, text] of cells.entries()) {
      if (position > 0) await page.keyboard.press('Tab');
      if (text) await page.keyboard.type(text);
      await expectFocusVisible(page, `visit ${index + 1}, cell ${position + 1}`);
    }
    if (index === 2) await page.screenshot({ path: test.info().outputPath('typing.png') });
    await page.keyboard.press(index === period.length - 1 ? 'Tab' : 'Enter');
    await expectFocusVisible(page, `after visit ${index + 1}`);
  }
  await page.screenshot({ path: test.info().outputPath('keyed.png') });

  await expect(page.getByRole('grid', { name: 'Visits' })).toHaveAttribute('aria-rowcount', '21');
  for (const [index, visit] of period.entries()) {
    const number = index + 1;
    await expect(gridCell(page, `Date, visit ${number}`)).toHaveAccessibleName(
      `Date, visit ${number}: ${visit.date}`,
    );
    await expect(gridCell(page, `Credential, visit ${number}`)).toHaveAccessibleName(
      `Credential, visit ${number}: ${visit.credential}`,
    );
    await expect(gridCell(page, `Minutes, visit ${number}`)).toHaveAccessibleName(
      `Minutes, visit ${number}: ${visit.minutes}`,
    );
  }
  // The first Medicare visit's setting started as Home; every visit after copied it.
  await expect(gridCell(page, 'Setting, visit 20')).toHaveAccessibleName('Setting, visit 20: Home');
  await expect(page.getByRole('table', { name: /claim lines/i })).toContainText('Total (');

  // Up and back with the arrows changes nothing; the grid is one Tab stop.
  await page.keyboard.press('Control+Home');
  await expect(page.getByRole('button', { exact: true, name: 'Visit 1' })).toBeFocused();
  await expectFocusVisible(page, 'Ctrl+Home');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowLeft'])
    await page.keyboard.press(key);
  await expect(gridCell(page, 'Date, visit 1')).toBeFocused();
  await expect(gridCell(page, 'Discipline, visit 1')).toHaveAccessibleName(
    'Discipline, visit 1: SN',
  );
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('grid', { name: 'Visits' }).locator(':focus')).toHaveCount(0);

  const results = await new AxeBuilder({ page })
    .include('.visits-panel')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('the skip link goes past the grid to the claim lines', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add visit' }).click();
  await expect(gridCell(page, 'Date, visit 1')).toBeFocused();
  const skip = page.getByRole('button', { name: 'Skip to the claim lines and findings' });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Claim lines (UB-04)' })).toBeFocused();
});
