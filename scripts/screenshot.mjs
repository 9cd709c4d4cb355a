// npm run screenshot: redraws docs/calculator.png, the README's picture of the calculator, from
// a realistic seven-visit Medicare period (built app, Debian's Chromium, 1920 px wide).
import { chromium } from '@playwright/test';
import { buildIfMissing, chromiumArgs, chromiumPath, root, servePreview } from './built-app.mjs';

const PORT = 4177;
const visit = (id, fields) => ({ id, setting: 'home', ...fields });
const draft = {
  state: {
    drafts: [
      {
        id: 'patient-a',
        name: 'Patient A — January period',
        claim: {
          payer: 'medicare',
          billType: '0329',
          from: '2026-01-05',
          through: '2026-02-03',
          admissionDate: '2026-01-05',
          noaAcceptedDate: '2026-01-07',
          patientStatus: '01',
          hipps: '1FC21',
          occurrenceCodes: [{ code: '50', date: '2026-01-05' }],
          valueCodes: [
            { code: '61', value: '16974.00' },
            { code: '85', value: '17031' },
          ],
          visits: [
            visit('V1', {
              date: '2026-01-05',
              discipline: 'SN',
              credential: 'RN',
              service: 'observation',
              minutes: '55',
              charge: '165.00',
            }),
            visit('V2', {
              date: '2026-01-07',
              discipline: 'PT',
              credential: 'PT',
              start: '09:30',
              end: '10:20',
              travelMinutes: '15',
              charge: '140.00',
            }),
            visit('V3', {
              date: '2026-01-09',
              discipline: 'SN',
              credential: 'LPN',
              service: 'management',
              minutes: '40',
              charge: '120.00',
            }),
            visit('V4', {
              date: '2026-01-12',
              discipline: 'OT',
              credential: 'OTA',
              service: 'maintenance',
              minutes: '45',
              charge: '135.00',
            }),
            visit('V5', {
              date: '2026-01-14',
              discipline: 'SN',
              credential: 'RN',
              minutes: '6',
              charge: '95.00',
            }),
            visit('V6', {
              date: '2026-01-16',
              discipline: 'AIDE',
              credential: 'AIDE',
              minutes: '60',
              charge: '60.00',
            }),
            {
              id: 'V7',
              date: '2026-01-19',
              discipline: 'SN',
              credential: 'RN',
              mode: 'audio-video',
              minutes: '20',
            },
          ],
        },
      },
    ],
    activeDraftId: 'patient-a',
  },
  version: 1,
};

buildIfMissing();
const server = await servePreview(PORT);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(server.url);
  await page.evaluate((stored) => {
    localStorage.clear();
    localStorage.setItem('visit-to-claim', JSON.stringify(stored));
  }, draft);
  await page.reload();
  await page.getByRole('button', { name: 'Visit 2', exact: true }).click();
  await page.getByRole('heading', { name: 'Visit 2: the math' }).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${root}docs/calculator.png`, fullPage: true });
  console.log('wrote docs/calculator.png');
} finally {
  await browser.close();
  server.stop();
}
