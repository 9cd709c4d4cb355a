import { defineConfig } from '@playwright/test';
import chromiumArgs from './scripts/chromium-args.json' with { type: 'json' };

// Browser tests run in Debian's Chromium (installed by .ci/run); Playwright downloads nothing.
// E2E_PORT lets two checkouts run their browser tests side by side (default 4173).
const port = Number(process.env.E2E_PORT ?? 4173);
export default defineConfig({
  testDir: './test/e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    // Serves the built dist/: `npm test` builds first.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
