import { sharedWorkers } from '@bluelamp/config/vitest'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    ...sharedWorkers,
    include: ['src/**/*.test.ts'],
    // Starting PGlite (a WASM Postgres) and migrating takes a second or two per database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
