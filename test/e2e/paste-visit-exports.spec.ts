import { expect, test } from '@playwright/test';
import {
  asCopiedCells,
  exportPeriod,
  readVisitExport,
  visitExports,
} from '../fixtures/visit-exports/expected.ts';
import { gridCell } from './enter-visit.ts';

// Visit exports from an EMR, an EVV system and spreadsheets, copied as cells and pasted into
// "Paste visits from a spreadsheet" in a real browser: every row becomes a visit with its code
// and units.

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
