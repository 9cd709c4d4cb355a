import { defineConfig } from '@playwright/test';
import chromiumArgs from './scripts/chromium-args.json' with { type: 'json' };

// Browser tests run in Debian's Chromium (installed by .ci/run); Playwright downloads nothing.
export default defineConfig({
  testDir: './test/e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
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
    command: 'node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
