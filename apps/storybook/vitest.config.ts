import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // One browser per file; files run one after another so they do not compete for CPU.
    fileParallelism: false,
    testTimeout: 120_000,
  },
})
