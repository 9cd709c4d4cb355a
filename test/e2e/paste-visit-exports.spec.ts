import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  asCopiedCells,
  exportPeriod,
  readVisitExport,
  visitExports,
} from '../fixtures/visit-exports/expected.ts';
import { gridCell } from './enter-visit.ts';

// Visit exports from an EMR, an EVV system and spreadsheets, copied as cells and pasted into
// "Paste visits from a spreadsheet" (or imported as a file) in a real browser: every row becomes
// a visit with its code and units.

for (const { file, ignored, lines } of visitExports) {
  test(`every row of ${file} pasted from a spreadsheet becomes a coded visit`, async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Period from').fill(exportPeriod.from);
    await page.getByLabel('Period through').fill(exportPeriod.through);
    await page.getByText('Paste visits from a spreadsheet').click();
    await page
      .getByRole('textbox', { name: 'Rows copied from a spreadsheet' })
      .fill(asCopiedCells(readVisitExport(file)));
    await page.getByRole('button', { name: 'Add pasted visits' }).click();

    const added = `Added 10 visits.${ignored.length > 0 ? ` Ignored: ${ignored.join(', ')}.` : ''}`;
    await expect(page.getByRole('status').filter({ hasText: 'Added 10 visits' })).toContainText(
      added,
    );
    for (const [index, [hcpcs, units]] of lines.entries()) {
      const visit = `visit ${index + 1}`;
      await expect(gridCell(page, `HCPCS, ${visit}`)).toHaveAccessibleName(
        `HCPCS, ${visit}: ${hcpcs}`,
      );
      await expect(gridCell(page, `Units, ${visit}`)).toHaveAccessibleName(
        `Units, ${visit}: ${units}`,
      );
    }
  });
}

test('an EMR export imported as a file becomes coded visits, its unused columns named', async ({
  page,
}) => {
  const emr = visitExports[0];
  if (!emr) throw new Error('the EMR export is missing from the fixtures');
  await page.goto('/');
  await page.getByLabel('Period from').fill(exportPeriod.from);
  await page.getByLabel('Period through').fill(exportPeriod.through);
  await page.goto('/#/exchange');
  await page.getByLabel('CSV or TSV file of visits', { exact: true }).setInputFiles({
    name: emr.file,
    mimeType: 'text/csv',
    buffer: Buffer.from(readVisitExport(emr.file)),
  });
  await expect(page.getByText('10 good rows, 0 rows with problems')).toBeVisible();
  await expect(page.getByText('Ignored: Patient, MRN, Status, Mileage.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Column “Task”' })).toHaveValue('visitType');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.map(({ id, nodes }) => ({ id, nodes: nodes.length }))).toEqual([]);

  await page.getByRole('button', { name: 'Import 10 visits' }).click();
  await page.goto('/#/calculator');
  for (const [index, [hcpcs]] of emr.lines.entries())
    await expect(gridCell(page, `HCPCS, visit ${index + 1}`)).toHaveAccessibleName(
      `HCPCS, visit ${index + 1}: ${hcpcs}`,
    );
});
