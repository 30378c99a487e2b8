import { describe, expect, it } from 'vitest'
import { parseEnv } from '../platform/env.server.ts'
import { shouldSeed } from './seed.server.ts'

describe('demo accounts', () => {
  it("are seeded for the quick start (production on the embedded database in its default folder), never for a deployment", () => {
    expect(shouldSeed(parseEnv({}))).toBe(true)
    expect(shouldSeed(parseEnv({ DATA_DIR: './.data' }))).toBe(true)
    expect(shouldSeed(parseEnv({ DATA_DIR: '/var/lib/bluelamp' }))).toBe(false)
    expect(shouldSeed(parseEnv({ DATABASE_URL: 'postgres://u@h:5432/db' }))).toBe(false)
    expect(shouldSeed(parseEnv({ NODE_ENV: 'development', DATABASE_URL: 'postgres://u@h:5432/db' }))).toBe(true)
    expect(shouldSeed(parseEnv({ SEED_DEMO_STAFF: '0' }))).toBe(false)
    expect(shouldSeed(parseEnv({ SEED_DEMO_STAFF: '1', DATABASE_URL: 'postgres://u@h:5432/db' }))).toBe(true)
  })
})
