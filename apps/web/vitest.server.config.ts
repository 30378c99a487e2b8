import { defineConfig } from 'vitest/config'

// The hostile-request, log, limit and fault suites: each file starts the built production server (build/server.js)
// on a database of its own, so `pnpm build` comes first (turbo's test:server depends on build). Files run one at a
// time: each server is a whole production process, and several at once on a small machine would measure each other.
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
