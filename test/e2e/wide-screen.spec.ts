import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { enterRnVisit, gridCell, typeInCell } from './enter-visit.ts';

// On a laptop screen (1280 px) the grid's default columns fit: a coder sees a visit's date,
// discipline, credential, service, time, setting and charge beside its HCPCS, revenue code, units
// and findings without scrolling sideways. The claim's fields sit on one grid of equal columns.
test.use({ viewport: { width: 1280, height: 800 } });

/** Left and right edges of an element, in page pixels. */
async function edges(page: Page, name: string, role: 'columnheader' | 'cell' = 'columnheader') {
  const box = await page
    .getByRole('grid', { name: 'Visits' })
    .getByRole(role, { exact: true, name })
    .boundingBox();
  expect(box, `${role} ${name}`).not.toBeNull();
  return { left: box!.x, right: box!.x + box!.width };
}

test('the visit grid’s default columns fit a 1280 px window without scrolling sideways', async ({
  page,
}) => {
  await page.goto('/#/calculator');
  await enterRnVisit(page);
  // A bad value: its message takes one line in the cell, not a column of words.
  await page.getByRole('button', { name: 'Add visit' }).click();
  await typeInCell(page, 'Minutes, visit 2', 'abc');
  await gridCell(page, 'Date, visit 2').click();

  const scroller = await page.locator('.grid-scroll').evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
    right: element.getBoundingClientRect().right,
  }));
  expect(scroller.scrollWidth).toBe(scroller.clientWidth);
  for (const name of [
    'Date',
    'Discipline',
    'Credential',
    'Service',
    'Minutes',
    'Start',
    'End',
    'Setting',
    'Charge',
    'HCPCS',
    'Revenue code',
    'Units',
    'Findings',
  ])
    expect((await edges(page, name)).right, name).toBeLessThanOrEqual(scroller.right);
  const units = page.locator('#visit-0-units-result');
  await expect(units).toHaveText('3');
  await expect(units).toBeInViewport();

  // A bad value's message does not make its row taller.
  const rows = page.getByRole('grid', { name: 'Visits' }).getByRole('row');
  const plain = (await rows.nth(1).boundingBox())!.height;
  const withMessage = (await rows.nth(2).boundingBox())!.height;
  expect(withMessage).toBe(plain);
});

test('the claim’s fields line up on a grid, with no field alone at the far right', async ({
  page,
}) => {
  await page.goto('/#/calculator');
  await expect(page.getByRole('button', { name: 'Add visit' })).toBeVisible();
  const box = async (name: string) => (await page.getByLabel(name, { exact: true }).boundingBox())!;
  const payer = await box('Payer profile');
  const billType = await box('Type of bill');
  const from = await box('Period from');
  const through = await box('Period through');
  // Payer profile, type of bill and the period on the first row, left to right.
  for (const field of [billType, from, through]) expect(field.y).toBe(payer.y);
  expect(payer.x).toBeLessThan(billType.x);
  expect(billType.x + billType.width).toBeLessThan(from.x);
  expect(from.x + from.width).toBeLessThan(through.x);
  // The type of bill shows whole ("0329 — HH PPS period claim (final claim)").
  const fits = await page.getByLabel('Type of bill', { exact: true }).evaluate((element) => {
    const select = element as HTMLSelectElement;
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = getComputedStyle(select).font;
    const text = select.selectedOptions[0]?.text ?? '';
    // The text, the padding and the arrow.
    return context.measureText(text).width + 30 <= select.clientWidth;
  });
  expect(fits).toBe(true);
  // The second row starts under the first.
  expect((await box('Admission date')).x).toBe(payer.x);

  // With rows in its lists and a cell message open over the grid, the view stays axe clean.
  await page.getByRole('button', { name: 'Add occurrence code' }).press('Enter');
  await expect(page.getByRole('combobox', { name: 'Occurrence code 1' })).toBeFocused();
  await page.getByRole('button', { name: 'Add item' }).press('Enter');
  await expect(page.getByRole('combobox', { name: 'Item 1 revenue code' })).toBeFocused();
  await enterRnVisit(page);
  await typeInCell(page, 'Minutes, visit 1', '5x');
  await gridCell(page, 'Minutes, visit 1').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('a long claim shows every line, with no box of its own to scroll, and no code or amount wraps', async ({
  page,
}) => {
  const visits = Array.from({ length: 30 }, (_, i) => ({
    id: `V${i + 1}`,
    date: `2026-01-${String(5 + (i % 25)).padStart(2, '0')}`,
    discipline: 'SN',
    credential: 'RN',
    minutes: 50,
    charge: 150,
  }));
  await page.goto('/#/exchange');
  await page.getByLabel('Claim file (JSON)', { exact: true }).setInputFiles({
    name: 'long-claim.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'visit-to-claim/claim',
        version: 1,
        name: 'Thirty visits',
        claim: {
          payer: 'medicare',
          billType: '0329',
          from: '2026-01-05',
          through: '2026-02-03',
          hipps: '1FC21',
          visits,
        },
      }),
    ),
  });
  await page.getByRole('button', { name: 'Open as a new draft' }).click();
  await page.getByRole('link', { name: 'Open the calculator' }).click();

  const lines = page.getByRole('table', { name: 'Claim lines (UB-04)' });
  const total = lines.getByRole('rowheader', { name: 'Total (31 lines)' });
  await expect(total).toBeVisible();
  // Every line is drawn in the page, not cut to a box that scrolls.
  await expect(lines.locator('tbody tr')).toHaveCount(31);
  const box = await lines.evaluate((table) => {
    const parent = table.parentElement!;
    return { scrolls: parent.scrollHeight > parent.clientHeight + 1 };
  });
  expect(box.scrolls).toBe(false);

  // Service date, codes and charge each on one line, even in a phone's width.
  await page.setViewportSize({ width: 360, height: 800 });
  const row = lines.getByRole('row', { name: /G0299/ }).first();
  for (const name of ['2026-01-05', '0551', 'G0299', '$150.00']) {
    const lineCount = await row.getByRole('cell', { name, exact: true }).evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lineCount, name).toBe(1);
  }
});
