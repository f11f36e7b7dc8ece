import { defineConfig, devices } from '@playwright/test';

/**
 * Runs against a console that is already up: scripts/e2e.sh starts the whole stack (see README.md).
 * E2E_BASE_URL, default http://127.0.0.1:13100 (the console scripts/e2e.sh starts).
 * Playwright can't download browsers here, so it drives Debian's chromium (CHROMIUM_PATH to override).
 */
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:13100';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './specs',
  testMatch: '**/*.e2e.ts',
  // Traces and screenshots of failures; E2E_OUTPUT_DIR gives parallel runs (two worktrees) their own.
  outputDir: process.env.E2E_OUTPUT_DIR ?? './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ...(process.env.CI ? [['html', { open: 'never', outputFolder: './playwright-report' }] as const] : []),
    // scripts/test.sh sums these up into one closing line.
    ...(process.env.E2E_RESULTS_JSON ? [['json', { outputFile: process.env.E2E_RESULTS_JSON }] as const] : []),
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 860 },
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            // No --user-data-dir: Playwright gives every launch a fresh temporary profile already.
          ],
        },
      },
    },
  ],
});
