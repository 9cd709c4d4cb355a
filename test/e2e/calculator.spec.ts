import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gridCell, typeInCell } from './enter-visit.ts';

/** Keys a visit's date, discipline, credential and minutes into the grid from its date cell. */
async function enterVisit(
  page: Page,
  visit: { date: string; discipline: string; credential: string; minutes: string },
) {
  for (const [index, text] of [
    visit.date,
    visit.discipline,
    visit.credential,
    '',
    visit.minutes,
  ].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    if (text) await page.keyboard.type(text);
  }
  // Enter goes back to the Date column of the next visit, adding it after the last.
  await page.keyboard.press('Enter');
}

async function enterThreeVisits(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Payer profile' }).selectOption('medicare');
  await page.getByRole('textbox', { exact: true, name: 'Period from' }).fill('2026-01-05');
  await page.getByRole('textbox', { exact: true, name: 'Period through' }).fill('2026-02-03');
  await page.getByRole('textbox', { exact: true, name: 'HIPPS code' }).fill('1FC21');
  await page.getByRole('button', { name: 'Add visit' }).click();
  await enterVisit(page, {
    date: '2026-01-05',
    discipline: 'SN',
    credential: 'RN',
    minutes: '50',
  });
  await enterVisit(page, {
    date: '2026-01-07',
    discipline: 'PT',
    credential: 'PT',
    minutes: '45',
  });
  await enterVisit(page, {
    date: '2026-01-09',
    discipline: 'SN',
    credential: 'LPN',
    minutes: '5',
  });
  // Enter after the last visit added an empty fourth: Delete takes it away again.
  await page.getByRole('button', { name: 'Delete visit 4' }).click();
}

function visitRow(page: Page, number: number) {
  return page
    .getByRole('grid', { name: 'Visits' })
    .getByRole('row')
    .filter({
      has: page.getByRole('button', { exact: true, name: `Visit ${number}` }),
    });
}

test('a coder enters three visits and sees G-codes, units and findings', async ({ page }) => {
  await enterThreeVisits(page);
  await expect(visitRow(page, 1).getByRole('link', { name: 'G0299' })).toBeVisible();
  await expect(page.getByRole('button', { exact: true, name: 'Visit 4' })).toHaveCount(0);
  await expect(visitRow(page, 1).locator('.units-result')).toHaveText('3');
  await expect(visitRow(page, 2).getByRole('link', { name: 'G0151' })).toBeVisible();
  await expect(visitRow(page, 2).locator('.units-result')).toHaveText('3');
  await expect(visitRow(page, 3).locator('.units-result')).toHaveText('1');
  await expect(
    visitRow(page, 3).getByRole('button', { name: /Findings, visit 3: .*warning/ }),
  ).toBeVisible();

  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings.getByRole('link', { name: 'short-visit' })).toBeVisible();
  await findings.getByRole('button', { name: 'Go to visit 3, Minutes' }).click();
  await expect(gridCell(page, 'Minutes, visit 3')).toBeFocused();

  const lines = page.getByRole('table', { name: 'Claim lines (UB-04)' });
  await expect(lines.getByRole('cell', { name: '0023' })).toBeVisible();
  // The HIPPS (0023) line, the location line (a Medicare visit's setting starts as Home) and
  // three visit lines; 1 + 1 + 3 + 3 + 1 units.
  await expect(lines.getByRole('link', { name: 'Q5001' })).toBeVisible();
  await expect(lines.getByRole('row').last()).toHaveText(/Total \(5 lines\)\s*9/);
});

test('a reload keeps every visit exactly as typed', async ({ page }) => {
  await enterThreeVisits(page);
  await typeInCell(page, 'Charge, visit 2', '12o.00');
  await page.reload();
  await expect(gridCell(page, 'Minutes, visit 3')).toHaveAccessibleName('Minutes, visit 3: 5');
  await expect(gridCell(page, 'Credential, visit 3')).toHaveAccessibleName(
    'Credential, visit 3: LPN',
  );
  const charge = gridCell(page, 'Charge, visit 2');
  await expect(charge).toHaveAccessibleName('Charge, visit 2: 12o.00');
  await expect(charge).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { exact: true, name: 'HIPPS code' })).toHaveValue('1FC21');
});

test('Ctrl+Z undoes an edit and Ctrl+Shift+Z redoes it', async ({ page }) => {
  await enterThreeVisits(page);
  const minutes = gridCell(page, 'Minutes, visit 1');
  await minutes.click();
  await page.keyboard.press('F2');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(minutes).toHaveAccessibleName('Minutes, visit 1: 500');
  await expect(visitRow(page, 1).locator('.units-result')).toHaveText('33');
  await page.keyboard.press('Control+z');
  await expect(minutes).toHaveAccessibleName('Minutes, visit 1: 50');
  await expect(visitRow(page, 1).locator('.units-result')).toHaveText('3');
  await page.keyboard.press('Control+Shift+z');
  await expect(minutes).toHaveAccessibleName('Minutes, visit 1: 500');
});

test('the calculator has no axe violations (WCAG 2 A and AA)', async ({ page }) => {
  await enterThreeVisits(page);
  await page.getByRole('button', { exact: true, name: 'Visit 3' }).click();
  await expect(page.getByRole('heading', { name: 'Visit 3: the math' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('a 300-visit claim stays a navigable grid while only the visits in view are drawn', async ({
  page,
}) => {
  // axe reads every one of the claim's 300 lines: longer than the usual half minute.
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => {
    const visits = Array.from({ length: 300 }, (_, i) => ({
      id: `V${i + 1}`,
      date: '2026-01-05',
      discipline: 'SN',
      credential: 'RN',
      minutes: String(30 + (i % 40)),
    }));
    localStorage.setItem(
      'visit-to-claim',
      JSON.stringify({
        state: {
          drafts: [{ id: 'd1', name: 'Big', claim: { payer: 'medicare', visits } }],
          activeDraftId: 'd1',
        },
        version: 1,
      }),
    );
  });
  await page.reload();
  const grid = page.getByRole('grid', { name: 'Visits' });
  await expect(grid).toHaveAttribute('aria-rowcount', '301');
  const minutes = gridCell(page, 'Minutes, visit 1');
  await minutes.click();
  for (let i = 0; i < 45; i += 1) await page.keyboard.press('ArrowDown');
  await expect(gridCell(page, 'Minutes, visit 46')).toBeFocused();
  await expect(gridCell(page, 'Minutes, visit 46')).toBeInViewport();
  await page.keyboard.press('F2');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 'Minutes, visit 46')).toHaveAccessibleName('Minutes, visit 46: 359');
  // The header row and the Visit column stay in view while the grid scrolls.
  const header = await grid.getByRole('columnheader', { name: 'Minutes' }).boundingBox();
  const box = await page.locator('.grid-scroll').boundingBox();
  expect(Math.abs((header?.y ?? 0) - (box?.y ?? 0))).toBeLessThan(3);
  await page.keyboard.press('Control+End');
  await expect(page.getByRole('button', { name: 'Delete visit 300' })).toBeFocused();
  await expect(page.getByRole('button', { exact: true, name: 'Visit 300' })).toBeInViewport();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a coder records an occurrence span and a dNPWT device, and goes to what the findings name', async ({
  page,
}) => {
  await enterThreeVisits(page);
  await page.getByRole('button', { name: 'Add occurrence span code' }).click();
  const spanCode = page.getByRole('combobox', { exact: true, name: 'Occurrence span code 1' });
  await expect(spanCode).toBeFocused();
  await spanCode.selectOption('74');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026-02-01');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026-02-05');

  await page.getByRole('button', { name: 'Add item' }).click();
  const revenue = page.getByRole('combobox', { exact: true, name: 'Item 1 revenue code' });
  await expect(revenue).toBeFocused();
  await revenue.selectOption('0274');
  await page.getByRole('textbox', { exact: true, name: 'Item 1 HCPCS' }).fill('A9272');
  await page.getByRole('textbox', { exact: true, name: 'Item 1 date' }).fill('2026-01-05');
  await page.getByRole('textbox', { exact: true, name: 'Item 1 charge' }).fill('95');

  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(
    findings.getByRole('link', { name: 'occurrence-span-outside-period' }),
  ).toBeVisible();
  await expect(findings.getByRole('link', { name: 'revenue-hcpcs-mismatch' })).toBeVisible();
  await expect(findings).toContainText('A9272');
  await findings.getByRole('button', { name: 'Go to Occurrence span code 1, through' }).click();
  await expect(
    page.getByRole('textbox', { exact: true, name: 'Occurrence span 1 through' }),
  ).toBeFocused();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
