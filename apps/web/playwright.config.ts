import { CHROMIUM_ARGS, chromiumPath } from '@bluelamp/config/chromium'
import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3311)
const CHROMIUM = chromiumPath()

/**
 * End-to-end tests run the production build in Debian's Chromium. Each run gets a fresh embedded
 * database (or a new database on the Postgres of DATABASE_URL, dropped afterwards) and a fresh mail folder.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://leicestershire.localhost:${PORT}`,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `tsx tests/e2e/start-server.ts`,
    url: `http://localhost:${PORT}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PORT: String(PORT), E2E_PORT: String(PORT) },
    stdout: 'pipe',
    stderr: 'pipe',
    // The starter stops the server, then drops the run's Postgres database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
