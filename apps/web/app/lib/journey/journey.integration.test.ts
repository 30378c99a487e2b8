// The journey at the app level, on each database driver: answers posted through the real actions (CSRF and
// all), drafts saved, deflections counted, and the submission path with idempotency and a database failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppLoadContext } from '@remix-run/node'
import { drafts, deflections, outbox, reportEvents, reports, type Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { eq } from 'drizzle-orm'
import { parseEnv } from '../platform/env.server.ts'
import { resolveSite } from '../site/site.server.ts'
import { setSigningSecret, sign } from '../security/secrets.server.ts'
import { questionAction } from './question.server.ts'
import { confirmationLoader, submitAction } from './submit.server.ts'
import { purgeExpiredDrafts } from './purge.server.ts'

const CSRF_SECRET = 'journey-test-csrf-secret-0123456789abcdefgh' // 43 characters, as issued

const theft: Record<string, Record<string, string | string[]>> = {
  danger: { danger: 'no' },
  'happening-now': { 'happening-now': 'no' },
  how: { how: 'taken' },
  'for-business': { 'for-business': 'no' },
  stolen: { stolen: ['phone', 'money'] },
  value: { value: 'under-100' },
  postcode: { postcode: 'le1 6th' },
  when: { 'when-day': '20', 'when-month': '3', 'when-year': '2026', 'when-time': 'evening' },
  'victim-age': { 'victim-age': '18-to-64' },
  disability: { disability: 'no' },
  repeat: { repeat: 'no' },
  'suspect-known': { 'suspect-known': 'no' },
  'suspect-description': {},
  evidence: { evidence: 'none' },
  details: { details: 'Taken from my bag <script>alert(1)</script>' },
  contact: { 'contact-name': 'Sam Jones', 'contact-email': 'sam@example.com' },
}

/** A browser: a cookie jar, and the actions called the way Remix calls them. */
class Browser {
  cookies = new Map<string, string>([['bl_csrf', CSRF_SECRET]])
  constructor(
    private context: AppLoadContext,
    private host = 'leicestershire.localhost',
  ) {}

  private keep(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, ...value] = pair!.split('=')
      this.cookies.set(name!, value.join('='))
    }
  }

  request(path: string, fields?: Record<string, string | string[]>, options: { csrf?: boolean } = {}) {
    const headers = new Headers({ cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') })
    if (!fields) return new Request(`http://${this.host}${path}`, { headers })
    const body = new URLSearchParams()
    if (options.csrf !== false) body.append('csrf', sign('csrf', CSRF_SECRET))
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v)
    headers.set('content-type', 'application/x-www-form-urlencoded')
    return new Request(`http://${this.host}${path}`, { method: 'POST', headers, body })
  }

  /** Calls a loader or action; a thrown Response (a redirect, a 403) is returned like a returned one. */
  async call<T>(fn: (args: never) => Promise<T>, request: Request, params: Record<string, string>) {
    try {
      const result = await fn({ request, context: this.context, params } as never)
      if (result instanceof Response) this.keep(result)
      return result
    } catch (error) {
      if (error instanceof Response) {
        this.keep(error)
        return error
      }
      // data(…, { status }) thrown by a helper (the 403 and 429 pages).
      if (typeof error === 'object' && error !== null && (error as { type?: string }).type === 'DataWithResponseInit') return error
      throw error
    }
  }

  answer(questionId: string, fields: Record<string, string | string[]>, options: { csrf?: boolean; as?: string } = {}) {
    const path = `/services/theft/questions/${questionId}`
    return this.call(questionAction, this.request(path, { question: options.as ?? questionId, ...fields }, options), {
      serviceId: 'theft',
      questionId,
    })
  }

  declare() {
    return this.call(submitAction, this.request('/services/theft/declaration', { 'declaration-agree': 'yes' }), { serviceId: 'theft' })
  }
}

const location = (r: unknown) => (r instanceof Response ? r.headers.get('location') : null)
const status = (r: unknown) => (r instanceof Response ? r.status : (r as { init?: { status?: number } }).init?.status ?? 200)

function contextFor(database: Database): AppLoadContext {
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: '/tmp/bluelamp-journey-test' })
  const host = 'leicestershire.localhost'
  return {
    env,
    site: resolveSite({ get: (name) => (name.toLowerCase() === 'host' ? host : null) }, env),
    cspNonce: '',
    services: { env, database },
    clientIp: '127.0.0.1',
    csrfSecret: CSRF_SECRET,
  } as AppLoadContext
}

for (const driver of testDrivers()) {
  describe(`journeys on ${driver.name}`, () => {
    let database: Database
    let context: AppLoadContext
    beforeAll(async () => {
      setSigningSecret('a test signing secret of at least thirty-two characters')
      database = await driver.create()
      context = contextFor(database)
    })
    afterAll(() => database.close())

    async function answerAll(browser: Browser) {
      for (const [id, fields] of Object.entries(theft)) {
        const response = await browser.answer(id, fields)
        expect(status(response), `question ${id}`).toBe(302)
      }
    }

    it('answers are saved per step, and the report is written with its event and outbox rows in one go', async () => {
      const browser = new Browser(context)
      const first = await browser.answer('danger', { danger: 'no' })
      expect(location(first)).toBe('/services/theft/questions/happening-now')
      const cookie = (first as Response).headers.getSetCookie().find((c) => c.startsWith('draft-theft='))!
      expect(cookie).toMatch(/HttpOnly/i)
      expect(cookie).toMatch(/SameSite=Lax/i)
      expect(cookie).toMatch(/Path=\/services\/theft/)

      await answerAll(browser)
      const [draft] = await database.db.select().from(drafts).where(eq(drafts.tenantId, 'leicestershire'))
      expect(draft!.answers).toMatchObject({ postcode: 'LE1 6TH', stolen: ['phone', 'money'], when: { date: '2026-03-20', timeOfDay: 'evening' } })
      // Only the hash of the cookie's token is stored.
      expect(draft!.tokenHash).toMatch(/^[0-9a-f]{64}$/)
      expect(cookie).not.toContain(draft!.tokenHash)

      const sent = await browser.declare()
      expect(location(sent)).toBe('/services/theft/confirmation')
      const rows = await database.db.select().from(reports).where(eq(reports.tenantId, 'leicestershire'))
      expect(rows).toHaveLength(1)
      const report = rows[0]!
      expect(report.reference).toMatch(/^LEI-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}$/)
      expect(report.serviceVersion).toMatch(/^\d+$/)
      expect(report.contact).toEqual({ anonymous: false, name: 'Sam Jones', email: 'sam@example.com' })
      expect(report.emailHash).toMatch(/^[0-9a-f]{64}$/)
      expect(report.postcodeHash).toMatch(/^[0-9a-f]{64}$/)
      expect(report.flags).toEqual(expect.any(Array))
      expect(report.answers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ questionId: 'details', question: 'What happened?', value: 'Taken from my bag <script>alert(1)</script>' }),
        ]),
      )
      const events = await database.db.select().from(reportEvents).where(eq(reportEvents.reportId, report.id))
      expect(events.map((e) => e.kind)).toEqual(['submitted'])
      const queued = await database.db.select().from(outbox).where(eq(outbox.reportId, report.id))
      expect(queued.map((o) => o.kind).sort()).toEqual(['backoffice', 'email'])
      const [submitted] = await database.db.select().from(drafts).where(eq(drafts.id, draft!.id))
      expect(submitted!.submittedReportId).toBe(report.id)
      expect(submitted!.answers).toEqual({})

      const confirmation = (await browser.call(confirmationLoader, browser.request('/services/theft/confirmation'), { serviceId: 'theft' })) as {
        data: { reference: string }
      }
      expect(confirmation.data.reference).toBe(report.reference)
    })

    it('the same draft sent twice at once, and again later, gives one report and one reference', async () => {
      const browser = new Browser(context)
      await answerAll(browser)
      const before = (await database.db.select().from(reports)).length
      // Five at once: whichever saves the declaration after another has sent the report must not start a new draft.
      const sent = await Promise.all(Array.from({ length: 5 }, () => browser.declare()))
      for (const response of sent) expect(location(response)).toBe('/services/theft/confirmation')
      expect(location(await browser.declare())).toBe('/services/theft/confirmation')
      expect((await database.db.select().from(reports)).length).toBe(before + 1)
    })

    it('a database failure while sending says try again and keeps the draft, and trying again works', async () => {
      const browser = new Browser(context)
      await answerAll(browser)
      const real = database.queries.submitReport
      database.queries.submitReport = () => Promise.reject(new Error('connection terminated unexpectedly'))
      let failed: unknown
      try {
        failed = await browser.declare()
      } finally {
        database.queries.submitReport = real
      }
      expect(status(failed)).toBe(503)
      expect((failed as { data: { failed: boolean } }).data.failed).toBe(true)
      const open = await database.db.select().from(drafts)
      const mine = open.find((d) => d.submittedReportId === null && (d.answers as { details?: string }).details !== undefined)
      expect(mine).toBeDefined()
      expect(location(await browser.declare())).toBe('/services/theft/confirmation')
    })

    it('sending over the submission limit gets the 429 page and writes nothing; under it, the same draft is sent', async () => {
      const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: '/tmp/bluelamp-journey-test', SUBMISSION_RATE_LIMIT: '2' })
      const limited = { ...context, services: { ...context.services, env }, clientIp: '198.51.100.77' } as AppLoadContext
      for (let i = 0; i < 2; i++) {
        const browser = new Browser(limited)
        await answerAll(browser)
        expect(location(await browser.declare())).toBe('/services/theft/confirmation')
      }
      const browser = new Browser(limited)
      await answerAll(browser)
      const before = (await database.db.select().from(reports)).length
      const refused = await browser.declare()
      expect(status(refused)).toBe(429)
      expect(refused).toMatchObject({ data: { reason: 'rate-limited' }, init: { headers: { 'Retry-After': expect.stringMatching(/^\d+$/) } } })
      expect((await database.db.select().from(reports)).length).toBe(before)
      const open = await database.db.select().from(drafts)
      expect(open.some((d) => d.submittedReportId === null && (d.answers as { details?: string }).details !== undefined)).toBe(true)
      // The count is per address: the same person from another address sends the same draft.
      const elsewhere = new Browser({ ...limited, clientIp: '198.51.100.78' } as AppLoadContext)
      elsewhere.cookies = browser.cookies
      expect(location(await elsewhere.declare())).toBe('/services/theft/confirmation')
      expect((await database.db.select().from(reports)).length).toBe(before + 1)
    })

    it('counts each deflection once per draft, with no personal data', async () => {
      const browser = new Browser(context)
      expect(location(await browser.answer('danger', { danger: 'yes' }))).toBe('/services/theft/emergency')
      expect(location(await browser.answer('danger', { danger: 'yes' }))).toBe('/services/theft/emergency')
      await browser.answer('danger', { danger: 'no' })
      await browser.answer('happening-now', { 'happening-now': 'no' })
      expect(location(await browser.answer('how', { how: 'tricked' }))).toBe('/services/theft/redirect')
      const counts = await database.db.select().from(deflections).where(eq(deflections.tenantId, 'leicestershire'))
      expect(counts.map(({ serviceId, outcome, agency, count }) => ({ serviceId, outcome, agency, count })).sort((x, y) => x.outcome.localeCompare(y.outcome))).toEqual([
        { serviceId: 'theft', outcome: 'EMERGENCY', agency: '', count: 1 },
        { serviceId: 'theft', outcome: 'REDIRECT', agency: 'action-fraud', count: 1 },
      ])
    })

    it('a tampered or unauthenticated post stores nothing', async () => {
      const browser = new Browser(context)
      await browser.answer('danger', { danger: 'no' })
      const tampered = await browser.answer('happening-now', { 'happening-now': 'no' }, { as: 'danger' })
      expect(status(tampered)).toBe(400)
      const skipped = await browser.answer('value', { value: 'over-1000' })
      expect(location(skipped)).toBe('/services/theft/questions/happening-now?problem=not-on-path')
      const badOption = await browser.answer('happening-now', { 'happening-now': 'perhaps' })
      expect(status(badOption)).toBe(400)
      const forged = await browser.answer('happening-now', { 'happening-now': 'no' }, { csrf: false })
      expect(status(forged)).toBe(403)
      const token = browser.cookies.get('draft-theft')!
      const all = await database.db.select().from(drafts)
      const mine = all.filter((d) => JSON.stringify(d.answers).includes('"danger":"no"') && !('happening-now' in d.answers))
      expect(mine.length).toBeGreaterThan(0)
      expect(token).toBeTruthy()
    })

    it('expired drafts are purged', async () => {
      const old = await database.queries.createDraft('leicestershire', {
        serviceId: 'theft',
        serviceVersion: '1',
        tokenHash: 'f'.repeat(64),
        now: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000),
      })
      const result = await purgeExpiredDrafts({ env: context.env, database })
      expect(result.drafts).toBeGreaterThanOrEqual(1)
      expect((await database.db.select().from(drafts).where(eq(drafts.id, old.id))).length).toBe(0)
    })
  })
}
