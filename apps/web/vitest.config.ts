import { sharedWorkers } from '@bluelamp/config/vitest'
import { defineConfig } from 'vitest/config'

// One file replaces a module (it mocks the force registry to add a new force), so it runs isolated in a process of
// its own; every other file shares the workers' modules.
const ISOLATED = ['app/lib/site/new-force.integration.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    poolOptions: sharedWorkers.poolOptions,
    projects: [
      { extends: true, test: { name: 'shared', include: ['app/**/*.test.{ts,tsx}', 'server/**/*.test.ts'], exclude: ISOLATED, pool: sharedWorkers.pool } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, pool: 'forks' } },
    ],
  },
})
