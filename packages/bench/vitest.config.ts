import { sharedWorkers } from '@bluelamp/config/vitest'
import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { ...sharedWorkers, include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } })
