import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Training in Chromium: open a scenario from the library, take its quiz and see the score,
// open one in the calculator, and an axe check on the library, a checked quiz and a slide.

const mondayWednesdayFriday = 'RP005 example: 1-hour RN visits Monday, Wednesday, Friday';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations).toEqual([]);
}

async function answerLine(
  page: Page,
  visitId: string,
  hcpcs: string,
  revenue: string,
  units: string,
) {
  await page.getByLabel(`HCPCS, visit ${visitId}`, { exact: true }).fill(hcpcs);
  await page.getByLabel(`Revenue code, visit ${visitId}`, { exact: true }).fill(revenue);
  await page.getByLabel(`Units, visit ${visitId}`, { exact: true }).fill(units);
}

test.describe('training', () => {
  test('open a scenario from #/training, take its quiz and see the score', async ({ page }) => {
    await page.goto('/#/training');
    await expect(page.getByRole('heading', { name: 'Training scenarios' })).toBeVisible();
    await page.getByRole('link', { name: `Take the quiz: ${mondayWednesdayFriday}` }).click();
    await expect(page).toHaveURL(/#\/training\/quiz\/bcbsil-rn-hourly-mon-wed-fri$/);
    await expect(
      page.getByRole('heading', { name: `Quiz: ${mondayWednesdayFriday}` }),
    ).toBeVisible();

    await answerLine(page, 'MON', 'S9123', '0552', '1');
    await answerLine(page, 'WED', 'S9123', '0552', '1');
    await answerLine(page, 'FRI', 'S9123', '0551', '3');
    await page.getByRole('checkbox', { name: /^revenue-pairing-unverified:/ }).check();
    await page.getByRole('button', { name: 'Check answers' }).click();

    await expect(page.getByRole('heading', { name: 'Results: 8 of 10 right' })).toBeFocused();
    await expect(
      page.getByText('Units, visit FRI: Wrong — you entered 3; the answer is 1.'),
    ).toBeVisible();
    const score = page.getByRole('region', { name: 'Session score' });
    await expect(score).toContainText('8 of 10 answers right in 1 quiz.');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'All scenarios' }).click();
    await expect(score).toContainText('8 of 10 answers right in 1 quiz.');
    await score.getByRole('button', { name: 'Reset score' }).click();
    await expect(score).toContainText('No quizzes checked yet.');
  });

  test('opens a scenario in the calculator as a new draft', async ({ page }) => {
    await page.goto('/#/training');
    await page
      .getByRole('button', {
        name: 'Open in calculator: RP005 example: 12-hour private duty shifts',
      })
      .click();
    await expect(page).toHaveURL(/#\/calculator$/);
    await expect(page.getByRole('textbox', { name: 'Draft name' })).toHaveValue(
      'RP005 example: 12-hour private duty shifts',
    );
  });

  test('presents a scenario step by step from the keyboard', async ({ page }) => {
    await page.goto('/#/training/present/visits-across-midnight');
    await expect(page.getByRole('heading', { name: 'Step 1 of 3: The visits' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(
      page.getByRole('heading', { name: 'Step 2 of 3: The math per line' }),
    ).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(
      page.getByRole('heading', { name: 'Step 3 of 3: The claim lines and findings' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations on the training library', async ({ page }) => {
    await page.goto('/#/training');
    await expect(page.getByRole('heading', { name: 'Training scenarios' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
