import { defineConfig, devices } from '@playwright/test'

// Browsers cannot be downloaded on these machines: use Debian's chromium (apt-get install chromium).
const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${port}`
const isCI = !!process.env.CI

export default defineConfig({
  testDir: 'tests/e2e',
  // One server and one database for the run; specs use unique data, so two workers are safe.
  workers: isCI ? 1 : 2,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Journeys sign in several accounts (argon2) and render many pages: on a busy 2-core machine one took
  // over 30 s (issue 9 point 14). Give them room; a real hang still fails.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // Prepares a fresh database, then `npm start` (migrate, seed the demo data, build if needed).
    command: 'npx tsx tests/e2e/support/e2e-server.ts',
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port) },
    timeout: 300_000,
    reuseExistingServer: !isCI,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
})
