import { CHROMIUM_ARGS, chromiumPath } from '@bluelamp/config/chromium'
import { defineConfig } from '@playwright/test'
import { BASE_PORT, PORT, WORKERS } from './tests/e2e/ports.ts'

const CHROMIUM = chromiumPath()

/**
 * End-to-end tests run the production build in Debian's Chromium. Each worker has a server of its own (ports.ts),
 * and each server a fresh embedded database (or a new database on the Postgres of DATABASE_URL, dropped afterwards)
 * and a fresh mail folder. A spec file runs whole in one worker, so a spec sees only its own and its worker's earlier
 * files' reports. This file is read again in each worker, where PORT is that worker's server.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: WORKERS,
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
  webServer: Array.from({ length: WORKERS }, (_, n) => ({
    command: `tsx tests/e2e/start-server.ts`,
    url: `http://localhost:${BASE_PORT + n}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PORT: String(BASE_PORT + n), E2E_PORT: String(BASE_PORT + n) },
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    // The starter stops the server, then drops the run's Postgres database.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
  })),
})
