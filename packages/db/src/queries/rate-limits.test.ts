import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import { testDrivers } from '../testing.ts'
import { rateWindow, slidingLimit } from './rate-limits.ts'

/** The limiter's arithmetic over an in-memory table, as hitRateLimit and peekRateLimit do it over the database's. */
function limiter(limit: number, windowMs: number) {
  const counts = new Map<number, number>()
  const seen = (at: number) => {
    const now = new Date(at)
    const window = rateWindow(now, windowMs)
    return { now, window, count: counts.get(window.start.getTime()) ?? 0, previous: counts.get(window.previousStart.getTime()) ?? 0 }
  }
  return {
    hit(at: number) {
      const { now, window, count, previous } = seen(at)
      counts.set(window.start.getTime(), count + 1)
      return slidingLimit(window, limit, count + 1, previous, now)
    },
    /** When the next hit would be allowed, as a refusal reports it. */
    resetAt(at: number) {
      const { now, window, count, previous } = seen(at)
      return slidingLimit(window, limit, count, previous, now).resetAt.getTime()
    },
    /** Whether a hit at `at` would be allowed, without counting it. */
    wouldAllow(at: number) {
      const { now, window, count, previous } = seen(at)
      return slidingLimit(window, limit, count + 1, previous, now).allowed
    },
  }
}

describe('the sliding window', () => {
  it('lets a burst through up to its limit wherever it falls, a window boundary included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1_000, max: 3_600_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (limit, windowMs, hits, windowIndex, position) => {
          const limited = limiter(limit, windowMs)
          // Hits 1 ms apart from anywhere in a window: across a boundary for some of them.
          const first = windowIndex * windowMs + Math.floor(position * windowMs) - Math.floor(hits / 2)
          const allowed = Array.from({ length: hits }, (_, i) => limited.hit(first + i).allowed)
          const spanIsShort = hits * (hits + limit) < windowMs
          if (spanIsShort) expect(allowed.filter(Boolean)).toHaveLength(Math.min(hits, limit))
          // Once refused, a burst stays refused.
          expect(allowed.indexOf(false) === -1 || !allowed.slice(allowed.indexOf(false)).includes(true)).toBe(true)
        },
      ),
    )
  })

  it('says exactly when the next hit is allowed: at resetAt, and not a millisecond before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1_000, max: 3_600_000 }),
        fc.array(fc.integer({ min: 0, max: 7_200_000 }), { minLength: 1, maxLength: 60 }),
        (limit, windowMs, offsets) => {
          const times = offsets.sort((a, b) => a - b).map((offset) => 1_790_000_000_000 + offset)
          const limited = limiter(limit, windowMs)
          times.forEach((at) => limited.hit(at))
          const last = times.at(-1)!
          const resetAt = limited.resetAt(last)
          expect(resetAt).toBeGreaterThanOrEqual(last)
          expect(limited.wouldAllow(resetAt)).toBe(true)
          if (resetAt > last) expect(limited.wouldAllow(resetAt - 1)).toBe(false)
        },
      ),
    )
  })
})

describe.each(testDrivers())('rate limits on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })

  it('allows up to the limit, then refuses until enough of the window has slid past', async () => {
    const key = `submit:${randomUUID()}`
    const now = new Date('2025-05-05T10:00:30Z')
    const results = []
    for (let i = 0; i < 4; i++) results.push(await database.queries.hitRateLimit(key, 3, 60_000, now))
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    // In the next window these four count for what is left of them: 1 + 4 × ½ ≤ 3 half-way through it.
    expect(results[3]).toMatchObject({ count: 4, previous: 0, remaining: 0, resetAt: new Date('2025-05-05T10:01:30Z') })
    const early = await database.queries.hitRateLimit(key, 3, 60_000, new Date('2025-05-05T10:01:00Z'))
    expect(early).toMatchObject({ allowed: false, count: 1, previous: 4 })
    const due = await database.queries.hitRateLimit(key, 3, 60_000, new Date('2025-05-05T10:01:45Z'))
    expect(due).toMatchObject({ allowed: true, count: 2, previous: 4 })
    // A window's row is kept while it still counts as the previous one, and purged after.
    expect(await database.queries.purgeRateLimits(new Date('2025-05-05T10:01:59Z'))).toBe(0)
    expect(await database.queries.purgeRateLimits(new Date('2025-05-05T10:02:00Z'))).toBe(1)
  })

  it('does not forget a burst at a window boundary', async () => {
    const key = `track:${randomUUID()}`
    const before = new Date('2025-05-05T10:59:59.900Z')
    const after = new Date('2025-05-05T11:00:00.100Z')
    const first = [] as boolean[]
    for (let i = 0; i < 3; i++) first.push((await database.queries.hitRateLimit(key, 3, 600_000, before)).allowed)
    const straddling = await database.queries.hitRateLimit(key, 3, 600_000, after)
    expect(first).toEqual([true, true, true])
    expect(straddling).toMatchObject({ allowed: false, count: 1, previous: 3 })
    expect(await database.queries.peekRateLimit(key, 3, 600_000, after)).toMatchObject({ allowed: false, count: 1, previous: 3 })
  })

  it('counts concurrent hits exactly', async () => {
    const key = `track:${randomUUID()}`
    const now = new Date()
    const results = await Promise.all(
      Array.from({ length: 15 }, () => database.queries.hitRateLimit(key, 10, 60_000, now)),
    )
    expect(results.filter((r) => r.allowed)).toHaveLength(10)
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
  })

  it('counts a run of failures that lapses a window after its last one, whatever the clock', async () => {
    const key = `staff-sign-in-failures:${randomUUID()}`
    const windowMs = 15 * 60_000
    const start = new Date('2025-05-05T10:14:58Z')
    // Failures a second apart across a quarter-hour boundary stay one run.
    for (let i = 0; i < 5; i++) {
      const at = new Date(start.getTime() + i * 1000)
      expect(await database.queries.hitFailureRun(key, windowMs, at)).toMatchObject({ count: i + 1 })
    }
    const lastAt = new Date(start.getTime() + 4000)
    const lapsesAt = new Date(lastAt.getTime() + windowMs)
    expect(await database.queries.peekFailureRun(key, new Date(lapsesAt.getTime() - 1))).toEqual({ count: 5, lapsesAt })
    expect(await database.queries.peekFailureRun(key, lapsesAt)).toMatchObject({ count: 0 })
    // After it lapses, the next failure starts a new run; clearing forgets the run at once.
    expect(await database.queries.hitFailureRun(key, windowMs, lapsesAt)).toMatchObject({ count: 1 })
    expect(await database.queries.hitFailureRun(key, windowMs, lapsesAt)).toMatchObject({ count: 2 })
    await database.queries.clearRateLimit(key)
    expect(await database.queries.peekFailureRun(key, lapsesAt)).toMatchObject({ count: 0 })
  })
})
