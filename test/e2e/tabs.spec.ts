import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

// Several tabs of the app in one browser, as coders use it: each tab sees the others' saved
// changes without a reload, no tab writes over another's work, and "Delete all saved data"
// reaches every tab. Two pages in one context share one localStorage, as two tabs do.

const draftList = (page: Page) =>
  page.getByRole('combobox', { name: 'Draft', exact: true }).getByRole('option');
const draftName = (page: Page) => page.getByRole('textbox', { name: 'Draft name' });
const hipps = (page: Page) => page.getByRole('textbox', { name: 'HIPPS code', exact: true });

async function openTab(context: BrowserContext, path = '/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

async function selectDraft(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Draft', exact: true }).selectOption({ label: name });
}

/** Every saved value in this browser's storage, as text (to look for a deleted patient's name). */
async function savedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key) ?? ''}`)
      .join('\n'),
  );
}

test('a draft made in a tab that was closed survives the open tab’s next save', async ({
  context,
}) => {
  const a = await openTab(context);
  await draftName(a).fill('Smith');
  const b = await openTab(context);
  await expect(draftList(b)).toHaveText(['Smith']);
  await b.getByRole('button', { name: 'New draft' }).click();
  await draftName(b).fill('Jones');
  // A shows B's draft without a reload, once B has saved it.
  await expect(draftList(a)).toHaveText(['Smith', 'Jones']);
  await b.close();

  await hipps(a).fill('1FC21');
  await a.reload();
  await expect(draftList(a)).toHaveText(['Smith', 'Jones']);
  await expect(hipps(a)).toHaveValue('1FC21');
});

test('edits made in turn in two open tabs, each to its own draft, both survive reloads', async ({
  context,
}) => {
  const a = await openTab(context);
  await draftName(a).fill('Smith');
  const b = await openTab(context);
  await expect(draftList(b)).toHaveText(['Smith']);
  await b.getByRole('button', { name: 'New draft' }).click();
  await draftName(b).fill('Jones');
  await expect(draftList(a)).toHaveText(['Smith', 'Jones']);

  await hipps(a).fill('1AAAA');
  await hipps(b).fill('1BBBB');
  await a.getByRole('textbox', { name: 'Period from', exact: true }).fill('2026-01-05');
  await b.getByRole('textbox', { name: 'Period from', exact: true }).fill('2026-02-02');
  await expect(hipps(a)).toHaveValue('1AAAA');

  for (const page of [a, b]) {
    await page.reload();
    await expect(draftList(page)).toHaveText(['Smith', 'Jones']);
    await selectDraft(page, 'Smith');
    await expect(hipps(page)).toHaveValue('1AAAA');
    await expect(page.getByRole('textbox', { name: 'Period from', exact: true })).toHaveValue(
      '2026-01-05',
    );
    await selectDraft(page, 'Jones');
    await expect(hipps(page)).toHaveValue('1BBBB');
  }
});

test('the same draft changed in two tabs at once keeps both versions, and says so', async ({
  context,
}) => {
  await context.clock.install();
  const a = await openTab(context);
  await draftName(a).fill('Jones');
  const b = await openTab(context);
  await expect(draftList(b)).toHaveText(['Jones']);

  // Both tabs change Jones before either has saved (the saves wait for typing to pause).
  await context.clock.pauseAt(Date.now() + 60_000);
  await hipps(a).fill('1AAAA');
  await hipps(b).fill('1BBBB');
  await context.clock.resume();

  const both = ['Jones', /^Jones \(from another tab, \d\d:\d\d\)$/];
  for (const page of [a, b]) await expect(draftList(page)).toHaveText(both);
  // The tab that found both versions says so.
  const notices = (page: Page) =>
    page.getByText('was changed in this tab and another at the same time', { exact: false });
  await expect.poll(async () => (await notices(a).count()) + (await notices(b).count())).toBe(1);
  await a.reload();
  await expect(draftList(a)).toHaveText(both);
  const values = [];
  for (const name of await draftList(a).allTextContents()) {
    await selectDraft(a, name);
    values.push(await hipps(a).inputValue());
  }
  expect(values.sort()).toEqual(['1AAAA', '1BBBB']);
});

test('"Delete all saved data" in one tab is not undone by another tab’s waiting save', async ({
  context,
}) => {
  await context.clock.install();
  const a = await openTab(context);
  await draftName(a).fill('Jones');
  await hipps(a).fill('1FC21');
  const b = await openTab(context, '/#/privacy');
  await expect.poll(() => savedText(b)).toContain('Jones');

  // A has an edit waiting to be saved, and its tab is frozen (asleep) while B deletes.
  await context.clock.pauseAt(Date.now() + 60_000);
  await hipps(a).fill('1FC22');
  const session = await context.newCDPSession(a);
  await session.send('Page.setWebLifecycleState', { state: 'frozen' });
  await b.getByRole('button', { name: 'Delete all saved data…' }).click();
  await b.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(b.getByRole('status')).toHaveText(
    'All saved data in this browser was deleted, in every open tab.',
  );
  await session.send('Page.setWebLifecycleState', { state: 'active' });
  await context.clock.resume();

  await expect(a.getByRole('alert')).toContainText('All saved data was deleted in another tab');
  await expect(draftList(a)).toHaveText(['Draft 1']);
  await expect(a.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await hipps(a).fill('1AAAA');
  await a.reload();
  await expect(draftList(a)).toHaveText(['Draft 1']);
  expect(await savedText(b)).not.toContain('Jones');
});

/** Fills this origin's storage to the last character, with keys that are not the app's. */
function fillStorage(): void {
  let chunk = 'x'.repeat(1 << 20);
  let n = 0;
  while (chunk.length > 0) {
    try {
      localStorage.setItem(`filler-${n}`, chunk);
      n += 1;
    } catch {
      chunk = chunk.slice(0, Math.floor(chunk.length / 2));
    }
  }
}

/**
 * Saved data as the first page of the context finds it: written before the app starts, in the
 * page's own document (a write from a page just left may not yet be seen by the next).
 */
async function startWithSaved(
  context: BrowserContext,
  entries: Record<string, string>,
  full = false,
): Promise<void> {
  await context.addInitScript({
    content: `if (localStorage.getItem('test-seeded') === null) {
      localStorage.setItem('test-seeded', '1');
      for (const [key, value] of Object.entries(${JSON.stringify(entries)}))
        localStorage.setItem(key, value);
      ${full ? `(${fillStorage.toString()})();` : ''}
    }`,
  });
}

test('when storage is full, the edit stays on screen and the notice comes, even for the save on leaving', async ({
  context,
}) => {
  const a = await openTab(context);
  await draftName(a).fill('Smith');
  const b = await openTab(context);
  await expect(draftList(b)).toHaveText(['Smith']);
  await a.evaluate(fillStorage);

  await hipps(a).fill('1FC21');
  await expect(a.getByRole('alert')).toContainText(
    "Your latest edits are not saved in this browser (this browser's storage for the app is full)",
  );
  await expect(hipps(a)).toHaveValue('1FC21');

  // An edit whose only save is the one on leaving the page: the next start says it was refused.
  await expect.poll(() => b.evaluate(() => localStorage.getItem('filler-0')?.length)).toBe(1 << 20);
  await hipps(b).fill('1FC99');
  await b.reload();
  await expect(b.getByRole('status').filter({ hasText: 'were not saved' })).toContainText(
    'Your last edits before this page was left were not saved',
  );
  const results = await new AxeBuilder({ page: b }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('saved data that cannot be read nor set aside stays as it was; no edit overwrites it', async ({
  context,
}) => {
  const corrupt = '{"state": {"drafts": [{"name": "Smith"';
  await startWithSaved(context, { 'visit-to-claim': corrupt }, true);
  const a = await openTab(context);
  await expect(a.getByRole('alert').first()).toContainText(
    'Saved data could not be read, and there is no room to set it aside',
  );
  await draftName(a).fill('January');
  const b = await openTab(context);
  await expect(b.getByRole('alert').first()).toContainText('there is no room to set it aside');
  await a.reload();
  expect(await a.evaluate(() => localStorage.getItem('visit-to-claim'))).toBe(corrupt);
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect((await download).suggestedFilename()).toBe('visit-to-claim-set-aside.json');
});

test('a draft that cannot be read is set aside; the others load, a bad value repaired', async ({
  context,
}) => {
  const record = (id: string, name: string, position: number, minutes: unknown) =>
    JSON.stringify({
      format: 'visit-to-claim/draft',
      version: 2,
      rev: `seed.${id}`,
      epoch: '',
      parentRev: null,
      editedAt: 0,
      id,
      position,
      name,
      claim: {
        payer: 'medicare',
        billType: '0329',
        visits: [{ id: 'V1', date: '2026-03-10', discipline: 'SN', credential: 'RN', minutes }],
      },
    });
  await startWithSaved(context, {
    'visit-to-claim:draft:d-smith': record('d-smith', 'Smith', 1, 45),
    'visit-to-claim:draft:d-jones': record('d-jones', 'Jones', 2, '50'),
    'visit-to-claim:draft:d-brown': '{"name": "Brown", "claim": {"visits": [',
  });
  const a = await openTab(context);
  await expect(draftList(a)).toHaveText(['Smith', 'Jones']);
  await expect(a.getByText('visit 1 minutes was the number 45', { exact: false })).toBeVisible();
  await expect(a.getByRole('gridcell', { name: 'Minutes, visit 1: 45' })).toBeVisible();
  await expect(a.getByRole('alert')).toContainText('Saved data could not be read');
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Download set-aside data' }).click();
  expect(await (await download).path()).toBeTruthy();
  const results = await new AxeBuilder({ page: a }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations).toEqual([]);

  // Another tab opened now loads the same drafts, and finds nothing more to set aside.
  const b = await openTab(context);
  await expect(draftList(b)).toHaveText(['Smith', 'Jones']);
  await expect(b.getByRole('alert')).toHaveCount(0);
});

test('set-aside data downloaded from an earlier version opens again as drafts', async ({
  context,
}) => {
  const a = await openTab(context, '/#/exchange');
  const setAside = JSON.stringify({
    state: {
      drafts: [
        {
          id: 'd1',
          name: 'Smith',
          claim: { payer: 'medicare', visits: [{ id: 'V1', minutes: 45 }] },
        },
        { id: 'd2', name: 'Jones', claim: { payer: 'bcbsil', visits: [] } },
      ],
      activeDraftId: 'd1',
    },
    version: 1,
  });
  await a.getByLabel('Claim file (JSON)', { exact: true }).setInputFiles({
    name: 'visit-to-claim-set-aside.json',
    mimeType: 'application/json',
    buffer: Buffer.from(setAside),
  });
  await expect(
    a.getByText('is saved data from this app with 2 drafts', { exact: false }),
  ).toBeVisible();
  await a.getByRole('button', { name: 'Open as drafts' }).click();
  await expect(a.getByText('Opened “Smith”, “Jones” as new drafts.')).toBeVisible();
  const b = await openTab(context);
  await expect(draftList(b)).toHaveText(['Smith', 'Jones']);
});
