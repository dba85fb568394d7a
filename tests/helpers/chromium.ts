import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, as every browser run here uses it (end-to-end tests, screenshots, benchmarks):
 * Playwright cannot download its own build on this network. The background-networking flags stop
 * Chromium from dialling Google's hosts, which this machine's closed network refuses.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
