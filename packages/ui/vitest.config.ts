import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Timeouts catch hangs, not slowness: CI runs several suites side by side on two cores.
    testTimeout: 30_000,
  },
})
