import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

/**
 * End-to-end journeys in Debian's Chromium (no browser download on this network) against the web
 * preview: the real core and sandbox in the worker process, the built renderer in the page.
 * `npx electron-vite build` must have run first (scripts/test-all.sh does).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Each test runs a core, a sandbox and a browser page; two workers fill two cores.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    // Read by scripts/test-summary.mjs for the one closing line of npm test.
    ['json', { outputFile: '.tmp/test-reports/e2e.json' }],
  ],
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
