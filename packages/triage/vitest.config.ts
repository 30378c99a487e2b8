import { sharedWorkers } from '@bluelamp/config/vitest'
import { defineConfig } from 'vitest/config'

// Generous timeouts: CI runs many packages' suites side by side on two cores, and a property test or a
// generator run can take several times longer there than on a quiet machine. Timeouts catch hangs, not slowness.
export default defineConfig({ test: { ...sharedWorkers, testTimeout: 60_000, hookTimeout: 120_000 } })
