import { defineConfig } from 'vitest/config'

// Most files run in vmThreads: each file gets a fresh VM context inside a reused worker, instead of a new process
// and a new jsdom per file, which made up most of this suite's time on a two-core machine. The quick-exit files
// replace `window.location`, which a VM context does not allow, so they run in ordinary forks.
const EXIT_FILES = ['src/exit-this-page/**/*.test.{ts,tsx}']

export default defineConfig({
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    // Timeouts catch hangs, not slowness: CI runs several suites side by side on two cores.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'components', include: ['src/**/*.test.{ts,tsx}'], exclude: EXIT_FILES, pool: 'vmThreads' } },
      { extends: true, test: { name: 'quick-exit', include: EXIT_FILES, pool: 'forks' } },
    ],
  },
})
