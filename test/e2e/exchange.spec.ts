import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

// Getting claims in and out in Chromium: a claim file opened, its visits exported as CSV and
// imported again into a new draft with the same claim lines; the print view; axe checks.

const claimFile = {
  format: 'visit-to-claim/claim',
  version: 1,
  name: 'Smith March',
  claim: {
    payer: 'medicare',
    billType: '0329',
    from: '2026-01-05',
    through: '2026-02-03',
    admissionDate: '2026-01-05',
    noaAcceptedDate: '2026-01-07',
    patientStatus: '30',
    hipps: '1FC21',
    valueCodes: [
      { code: '61', value: '16974.00' },
      { code: '85', value: '17031' },
    ],
    visits: [
      {
        id: 'V1',
        date: '2026-01-05',
        discipline: 'SN',
        credential: 'RN',
        service: 'observation',
        minutes: 65,
        documentationMinutes: 10,
        setting: 'home',
        charge: 165,
      },
      {
        id: 'V2',
        date: '2026-01-07',
        discipline: 'PT',
        credential: 'PT',
        start: '13:00',
        end: '13:50',
        charge: 180,
      },
      {
        id: 'V3',
        date: '2026-01-09',
        discipline: 'SN',
        credential: 'LPN',
        minutes: 40,
        hcpcs: 'G0299',
        units: 3,
      },
      {
        id: 'V4',
        date: '2026-01-12',
        discipline: 'PT',
        credential: 'PTA',
        service: 'maintenance',
        minutes: 45,
      },
      {
        id: 'V5',
        date: '2026-01-14',
        discipline: 'SN',
        credential: 'RN',
        mode: 'audio-video',
        minutes: 20,
      },
    ],
  },
};

async function openClaimFile(page: Page): Promise<void> {
  await page.goto('/#/exchange');
  await page.getByLabel('Claim file (JSON)', { exact: true }).setInputFiles({
    name: 'smith-march-claim.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(claimFile)),
  });
  await page.getByRole('button', { name: 'Open as a new draft' }).click();
  await expect(page.getByText('Opened “Smith March” as a new draft.')).toBeVisible();
}

function claimLinesTable(page: Page) {
  return page.getByRole('table', { name: 'Claim lines (UB-04)' });
}

test('visits exported as CSV and imported into a new draft give the same claim lines', async ({
  page,
}) => {
  await openClaimFile(page);
  await page.goto('/#/calculator');
  await expect(claimLinesTable(page)).toContainText('1FC21');
  await expect(claimLinesTable(page)).toContainText('G0299');
  const original = (await claimLinesTable(page).textContent()) ?? '';

  await page.goto('/#/exchange');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download visits with results (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('smith-march-visits.csv');
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  // The headers a coder reads, which the import reads back.
  expect(csv.split('\r\n')[0]).toMatch(/^Visit ID,Date,Discipline,Credential,.*,Travel minutes,/);

  await page.getByLabel('CSV or TSV file of visits', { exact: true }).setInputFiles({
    name: 'smith-march-visits.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByText('5 good rows, 0 rows with problems')).toBeVisible();
  await page.getByRole('radio', { name: 'A new draft' }).check();
  await page.getByRole('textbox', { name: 'Name of the new draft' }).fill('Smith March again');
  await page.getByRole('button', { name: 'Import 5 visits' }).click();
  await expect(
    page.getByText(/Imported 5 visits into the new draft “Smith March again”/),
  ).toBeVisible();

  await expect(page.getByText(/^Active draft:/)).toContainText('Smith March again');

  await page.goto('/#/calculator');
  await expect(claimLinesTable(page)).toHaveText(original);
});

test('the print view lays out the claim for paper', async ({ page }) => {
  await openClaimFile(page);
  await page.goto('/#/print');
  const leave = page.getByRole('navigation', { name: 'Leave the print view' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(leave).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Claim: Smith March' })).toBeVisible();
  for (const name of [
    'Claim details',
    'Service lines (UB-04)',
    'Findings',
    'The math for each line',
  ])
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: /^Visit V1: 2026-01-05, 0551 G0493/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(leave).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('a share link offers the claim with a warning and opens it only when asked', async ({
  page,
}) => {
  await openClaimFile(page);
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const link = await page
    .getByRole('textbox', { name: 'Share link for “Smith March”' })
    .inputValue();
  expect(link).toMatch(/#\/share\/[A-Za-z0-9_-]+$/);

  await page.goto(`/${link.slice(link.indexOf('#'))}`);
  await expect(page.getByRole('heading', { name: 'A shared claim' })).toBeVisible();
  await expect(
    page.getByText(/contains this claim’s data, including patient visit data/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open as a new draft' }).click();
  await expect(page).toHaveURL(/#\/calculator$/);
  await expect(claimLinesTable(page)).toContainText('1FC21');
});

test('axe finds no WCAG 2 A/AA violations on the exchange view', async ({ page }) => {
  await page.goto('/#/exchange');
  await page.getByLabel('CSV or TSV file of visits', { exact: true }).setInputFiles({
    name: 'visits.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Date,Discipline,Credential,Minutes,Notes\n2026-01-05,SN,RN,45,first\n2026-01-06,XX,RN,45,\n',
    ),
  });
  await expect(page.getByText('1 good row, 1 row with problems')).toBeVisible();
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.map(({ id, nodes }) => ({ id, nodes: nodes.length }))).toEqual([]);
});

for (const address of ['/#/print', '/#/share/bad-link']) {
  test(`axe finds no WCAG 2 A/AA violations at ${address}`, async ({ page }) => {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map(({ id, nodes }) => ({ id, nodes: nodes.length }))).toEqual([]);
  });
}
