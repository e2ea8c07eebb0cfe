import { defineConfig } from '@playwright/test';

/**
 * Browser suite: Debian's Chromium, driven by Playwright, against the built app.
 * No browser is downloaded: the executable path is fixed.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.browser-spec.ts',
  outputDir: '../../test-results/browser-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium tries to reach Google's hosts on a machine with no network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
