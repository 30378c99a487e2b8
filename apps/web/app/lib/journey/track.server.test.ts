import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateReference } from '@bluelamp/triage'
import type { Database } from '@bluelamp/db'
import { MIN_RESPONSE_MS, trackReport } from './track.server.ts'
import { hitLimit, requireWithinLimit } from '../security/rate-limit.server.ts'
import { memoryDatabase, openDraft, csrfPair } from '../testing/support.server.ts'
import { parseEnv } from '../platform/env.server.ts'

let database: Database
let reference: string
beforeAll(async () => {
  database = await memoryDatabase()
  const draft = await openDraft(database)
  ;({ reference } = await database.queries.submitReport('leicestershire', {
    draftId: draft.id,
    idempotencyKey: draft.idempotencyKey,
    generateReference: () => generateReference('LEI', crypto.getRandomValues(new Uint8Array(5)), 2026),
    serviceId: 'theft',
    serviceVersion: '1',
    answers: [],
    outcome: { type: 'SUBMIT' },
    priority: 'low',
    priorityScore: 1,
    flags: [],
    rationale: [],
    contact: null,
    verification: { email: 'Person@Example.org', postcode: 'LE1 6AB' },
    locale: 'en',
  }))
})
afterAll(() => database.close())

describe('track my report', () => {
  it('finds the report by reference and email or postcode, however typed', async () => {
    const typed = reference.toLowerCase().replace(/-/g, ' ')
    for (const proof of ['person@example.org', ' PERSON@example.ORG', 'le16ab', 'LE1 6AB']) {
      const result = await trackReport(database, 'leicestershire', { reference: typed, proof })
      expect(result.kind, proof).toBe('found')
      if (result.kind === 'found') expect(result.view.events.map((e) => e.kind)).toEqual(['submitted'])
    }
  })

  it('gives the same answer, after at least the same time, for a wrong reference and a wrong email', async () => {
    const other = generateReference('LEI', new Uint8Array([1, 2, 3, 4, 5]), 2026)
    const cases = [
      { reference: other, proof: 'person@example.org' },
      { reference, proof: 'someone@example.org' },
      { reference, proof: 'LE1 7ZZ' },
    ]
    for (const input of cases) {
      const started = Date.now()
      const result = await trackReport(database, 'leicestershire', input)
      expect(Date.now() - started).toBeGreaterThanOrEqual(MIN_RESPONSE_MS - 5)
      expect(result).toEqual({ kind: 'not-found', values: { reference: input.reference, proof: '' } })
    }
  })

  it('another force cannot see the report', async () => {
    expect((await trackReport(database, 'metropolitan', { reference, proof: 'person@example.org' })).kind).toBe('not-found')
  })

  it('says what is wrong with a missing or mistyped reference before looking anything up', async () => {
    const swapped = reference.slice(0, 7) + reference[8] + reference[7] + reference.slice(9)
    expect(await trackReport(database, 'leicestershire', { reference: swapped, proof: 'x@example.org' })).toMatchObject({ kind: 'invalid', errors: { reference: 'referenceInvalid' } })
    expect(await trackReport(database, 'leicestershire', { reference: '', proof: '' })).toMatchObject({ kind: 'invalid', errors: { reference: 'referenceMissing', proof: 'proofMissing' } })
  })
})

describe('per-IP rate limits', () => {
  it('allows up to the limit per window, then throws a 429 with Retry-After; other addresses are unaffected', async () => {
    csrfPair() // sets the signing secret
    const env = parseEnv({ TRACK_RATE_LIMIT: '3', TRACK_RATE_WINDOW_SECONDS: '600' })
    const context = { clientIp: '203.0.113.9', services: { env, database } }
    const request = new Request('http://leicestershire.localhost/track', { method: 'POST' })
    for (let i = 0; i < 3; i++) await expect(requireWithinLimit(request, context, 'track')).resolves.toBeUndefined()
    const error = await requireWithinLimit(request, context, 'track').catch((e: unknown) => e as { init: { status: number; headers: Record<string, string> }; data: { reason: string; retryAfterMinutes: number } })
    expect(error).toMatchObject({ init: { status: 429 }, data: { reason: 'rate-limited' } })
    const retryAfter = Number(error!.init.headers['Retry-After'])
    // Four hits in this window (the refused one counts): the next is allowed half-way through the next window, when
    // 1 + 4 × ½ ≤ 3, so between 300 and 900 seconds from now wherever in this window the test runs.
    expect(retryAfter).toBeGreaterThan(300)
    expect(retryAfter).toBeLessThanOrEqual(900)
    expect((await hitLimit({ ...context, clientIp: '203.0.113.10' }, 'track')).allowed).toBe(true)
    // Submissions have their own count.
    expect((await hitLimit(context, 'submission')).allowed).toBe(true)
  })
})
