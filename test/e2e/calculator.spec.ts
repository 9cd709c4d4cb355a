import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function enterVisit(
  page: Page,
  number: number,
  visit: { date: string; discipline: string; credential: string; minutes: string },
) {
  await page.getByRole('button', { name: 'Add visit' }).click();
  await page.getByRole('textbox', { exact: true, name: `Date, visit ${number}` }).fill(visit.date);
  await page
    .getByRole('combobox', { exact: true, name: `Discipline, visit ${number}` })
    .selectOption(visit.discipline);
  await page
    .getByRole('combobox', { exact: true, name: `Credential, visit ${number}` })
    .selectOption(visit.credential);
  await page
    .getByRole('textbox', { exact: true, name: `Minutes, visit ${number}` })
    .fill(visit.minutes);
}

async function enterThreeVisits(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Payer profile' }).selectOption('medicare');
  await page.getByRole('textbox', { exact: true, name: 'Period from' }).fill('2026-01-05');
  await page.getByRole('textbox', { exact: true, name: 'Period through' }).fill('2026-02-03');
  await page.getByRole('textbox', { exact: true, name: 'HIPPS code' }).fill('1FC21');
  await enterVisit(page, 1, {
    date: '2026-01-05',
    discipline: 'SN',
    credential: 'RN',
    minutes: '50',
  });
  await enterVisit(page, 2, {
    date: '2026-01-07',
    discipline: 'PT',
    credential: 'PT',
    minutes: '45',
  });
  await enterVisit(page, 3, {
    date: '2026-01-09',
    discipline: 'SN',
    credential: 'LPN',
    minutes: '5',
  });
}

function visitRow(page: Page, number: number) {
  return page
    .getByRole('table', { name: 'Visits' })
    .getByRole('row')
    .filter({
      has: page.getByRole('button', { exact: true, name: `Visit ${number}: show the math` }),
    });
}

test('a coder enters three visits and sees G-codes, units and findings', async ({ page }) => {
  await enterThreeVisits(page);
  await expect(visitRow(page, 1).getByRole('link', { name: 'G0299' })).toBeVisible();
  await expect(visitRow(page, 1).locator('.units-result')).toHaveText('3');
  await expect(visitRow(page, 2).getByRole('link', { name: 'G0151' })).toBeVisible();
  await expect(visitRow(page, 2).locator('.units-result')).toHaveText('3');
  await expect(visitRow(page, 3).locator('.units-result')).toHaveText('1');
  await expect(
    visitRow(page, 3).getByRole('button', { name: /Findings for visit 3: .*warning/ }),
  ).toBeVisible();

  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings.getByRole('link', { name: 'short-visit' })).toBeVisible();
  await findings.getByRole('button', { name: 'Go to visit 3, Minutes' }).click();
  await expect(page.getByRole('textbox', { exact: true, name: 'Minutes, visit 3' })).toBeFocused();

  const lines = page.getByRole('table', { name: 'Claim lines (UB-04)' });
  await expect(lines.getByRole('cell', { name: '0023' })).toBeVisible();
  // The HIPPS (0023) line and three visit lines; 1 + 3 + 3 + 1 units.
  await expect(lines.getByRole('row').last()).toHaveText(/Total \(4 lines\)\s*8/);
});

test('a reload keeps every visit exactly as typed', async ({ page }) => {
  await enterThreeVisits(page);
  // Charge is one of the columns hidden until the coder shows it.
  await page
    .locator('summary')
    .filter({ hasText: /^Columns/ })
    .click();
  await page.getByRole('checkbox', { name: 'Charge' }).check();
  await page.getByRole('textbox', { exact: true, name: 'Charge, visit 2' }).fill('12o.00');
  await page.reload();
  await expect(page.getByRole('textbox', { exact: true, name: 'Minutes, visit 3' })).toHaveValue(
    '5',
  );
  await expect(page.getByRole('combobox', { name: 'Credential, visit 3' })).toHaveValue('LPN');
  const charge = page.getByRole('textbox', { exact: true, name: 'Charge, visit 2' });
  await expect(charge).toHaveValue('12o.00');
  await expect(charge).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { exact: true, name: 'HIPPS code' })).toHaveValue('1FC21');
});

test('Ctrl+Z undoes an edit and Ctrl+Shift+Z redoes it', async ({ page }) => {
  await enterThreeVisits(page);
  const minutes = page.getByRole('textbox', { exact: true, name: 'Minutes, visit 1' });
  await minutes.click();
  await minutes.press('End');
  await minutes.pressSequentially('0');
  await expect(minutes).toHaveValue('500');
  await expect(visitRow(page, 1).locator('.units-result')).toHaveText('33');
  await page.keyboard.press('Control+z');
  await expect(minutes).toHaveValue('50');
  await expect(visitRow(page, 1).locator('.units-result')).toHaveText('3');
  await page.keyboard.press('Control+Shift+z');
  await expect(minutes).toHaveValue('500');
});

test('the calculator has no axe violations (WCAG 2 A and AA)', async ({ page }) => {
  await enterThreeVisits(page);
  await page.getByRole('button', { name: 'Visit 3: show the math' }).click();
  await expect(page.getByRole('heading', { name: 'Visit 3: the math' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('a 300-visit claim stays a navigable table while only the rows in view are drawn', async ({
  page,
}) => {
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
  const table = page.getByRole('table', { name: 'Visits' });
  await expect(table).toHaveAttribute('aria-rowcount', '301');
  const minutes = page.getByRole('textbox', { exact: true, name: 'Minutes, visit 1' });
  await minutes.click();
  for (let i = 0; i < 45; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('textbox', { exact: true, name: 'Minutes, visit 46' })).toBeFocused();
  await page.keyboard.type('9');
  await expect(page.getByRole('textbox', { exact: true, name: 'Minutes, visit 46' })).toHaveValue(
    '359',
  );
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
