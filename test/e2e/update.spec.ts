import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { enterRnVisit, typeInCell } from './enter-visit.ts';
import { waitForServiceWorkerControl } from './service-worker-control.ts';

// A coder has a claim open when a new version of the app is published. The app says so, keeps
// working on the old version until the coder chooses, and the update loses nothing. The built
// app is copied to a folder of this test's own and served from there, so that publishing a new
// version (a service worker whose bytes differ) touches nothing the other tests serve.

// Four above the browser tests' own server (E2E_PORT), so side-by-side checkouts do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 4;
let folder: string;
let server: PreviewServer;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'visit-to-claim-update-'));
  cpSync('dist', folder, { recursive: true });
  server = await preview({
    logLevel: 'silent',
    build: { outDir: folder },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
});

test.afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('a new version is offered, applied only on the coder’s word, and keeps the open claim', async ({
  page,
}) => {
  const minutes = (value: string) =>
    page.getByRole('gridcell', { name: `Minutes, visit 1: ${value}` });
  const update = page.getByRole('button', { name: 'Update now' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await waitForServiceWorkerControl(page);
  await enterRnVisit(page);

  // A new version is published; the coder's next visit finds it.
  appendFileSync(join(folder, 'sw.js'), '\n// the next version\n');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toBeVisible();
  // Until the coder chooses, the open claim stays as it is and can still be edited.
  await expect(minutes('50')).toBeVisible();
  await typeInCell(page, 'Minutes, visit 1', '55');
  await expect(page.getByRole('table', { name: /claim lines/i })).toContainText('G0299');

  const reloaded = page.waitForEvent('load');
  await update.click();
  await reloaded;
  await expect(minutes('55')).toBeVisible();
  await expect(page.getByRole('table', { name: /claim lines/i })).toContainText('G0299');
  await expect(update).toHaveCount(0);
  const waiting = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
  );
  expect(waiting).toBeNull();
});

test('a tab left open since its first visit learns of a new version and updates onto it', async ({
  page,
}) => {
  const minutes = page.getByRole('gridcell', { name: 'Minutes, visit 1: 50' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await waitForServiceWorkerControl(page);
  await enterRnVisit(page);

  // A new version is published while the tab stays open; the app's hourly check finds it.
  appendFileSync(join(folder, 'sw.js'), '\n// a version published while the tab was open\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toBeVisible();

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Update now' }).click();
  await reloaded;
  await expect(minutes).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update now' })).toHaveCount(0);
});
