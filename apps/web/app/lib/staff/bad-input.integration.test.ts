// Back-office bad input: wrong passwords (slowdown, throttled per account and address), expired and forged session cookies, a session or API key
// of one force on another force's host, an oversized status update, a CSRF-less POST: each refused with a clear
// status, and recorded. Calls the real loaders and actions, on each database driver.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppLoadContext } from '@remix-run/node'
import { createBackofficeQueries, hashSessionToken, type Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { parseEnv } from '../platform/env.server.ts'
import { submitBareReport } from '../testing/support.server.ts'
import { resolveSite } from '../site/site.server.ts'
import { setSigningSecret, sign } from '../security/secrets.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { readSessionToken, readStaffSession, requireStaff, signIn, SIGN_IN_FLOOR_MS } from './session.server.ts'
import { action as signInAction } from '../../routes/staff._index.tsx'
import { action as statusAction } from '../../routes/api.v1.reports.$reportId.status.ts'
import { MAX_STATUS_BYTES } from '../delivery/api-auth.server.ts'
import { loader as listLoader } from '../../routes/api.v1.reports.ts'
import { loader as reportLoader } from '../../routes/staff.reports.$reportId.tsx'
import { reportV1Problems } from '../delivery/report-v1.ts'

const CSRF_SECRET = 'staff-test-csrf-secret-0123456789abcdefghij'
const PASSWORD = 'correct horse battery staple'

function contextFor(database: Database, force: string, extra: Record<string, string> = {}, clientIp = '127.0.0.1'): AppLoadContext {
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: '/tmp/bluelamp-staff-test', STAFF_THROTTLE_ATTEMPTS: '3', ...extra })
  return {
    env,
    site: resolveSite({ get: (name) => (name.toLowerCase() === 'host' ? `${force}.localhost` : null) }, env),
    cspNonce: '',
    services: { env, database },
    clientIp,
    failure: { databaseUnavailable: false },
    csrfSecret: CSRF_SECRET,
  } as AppLoadContext
}

function form(force: string, fields: Record<string, string>, options: { csrf?: boolean; cookie?: string } = {}) {
  const body = new URLSearchParams(fields)
  if (options.csrf !== false) body.append('csrf', sign('csrf', CSRF_SECRET))
  return new Request(`http://${force}.localhost/staff`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `bl_csrf=${CSRF_SECRET}${options.cookie ? `; ${options.cookie}` : ''}` },
    body,
  })
}

async function settle<T>(promise: Promise<T>): Promise<T | Response> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof Response) return error
    if ((error as { type?: string }).type === 'DataWithResponseInit') return error as never
    throw error
  }
}
const statusOf = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } }).init?.status ?? 200))

for (const driver of testDrivers()) {
  describe(`back-office bad input on ${driver.name}`, () => {
    let database: Database
    let reportId: string
    let reference: string
    beforeAll(async () => {
      setSigningSecret('staff-test-signing-secret-0123456789abcdef')
      database = await driver.create()
      const data = createBackofficeQueries(database.db)
      const passwordHash = await hashPassword(PASSWORD)
      for (const force of ['leicestershire', 'metropolitan']) {
        await data.upsertStaff(force, { email: `handler@${force}.example`, name: 'H', role: 'handler', passwordHash })
        await data.createApiKey(force, 'test', `blk_test_${force}_key_0123456789`)
      }
      const submitted = await submitBareReport(database, 'leicestershire', 'k1', 'LEI-26-TEST-01')
      reportId = submitted.reportId
      reference = submitted.reference
    }, 120_000)
    afterAll(() => database?.close())

    it('hashes passwords with scrypt and verifies only the right one', async () => {
      const hash = await hashPassword('secret')
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/)
      expect(await verifyPassword('secret', hash)).toBe(true)
      expect(await verifyPassword('Secret', hash)).toBe(false)
      expect(await verifyPassword('secret', 'scrypt$1$1$1$x$y')).toBe(false)
    })

    it('refuses a CSRF-less sign-in with 403 before checking anything', async () => {
      const context = contextFor(database, 'leicestershire')
      const result = await settle(signInAction({ request: form('leicestershire', { email: 'handler@leicestershire.example', password: PASSWORD }, { csrf: false }), context, params: {} } as never))
      expect(statusOf(result)).toBe(403)
    })

    it('slows down wrong passwords from one address, then refuses that address for that account while the member signs in from elsewhere', async () => {
      const guesser = contextFor(database, 'leicestershire', {}, '203.0.113.7')
      const attempt = (password: string, context = guesser) =>
        settle(signInAction({ request: form('leicestershire', { email: 'handler@leicestershire.example', password }), context, params: {} } as never))
      const started = Date.now()
      expect(statusOf(await attempt('wrong-1'))).toBe(401)
      expect(statusOf(await attempt('wrong-2'))).toBe(401)
      expect(statusOf(await attempt('wrong-3'))).toBe(401)
      // Each refusal waits at least the floor, and each in a row longer: 0, 250, then 500 ms more.
      expect(Date.now() - started).toBeGreaterThanOrEqual(3 * SIGN_IN_FLOOR_MS + 250 + 500)
      // The same address, in a request of its own (the earlier refusals marked their own contexts).
      const again = contextFor(database, 'leicestershire', {}, '203.0.113.7')
      const throttled = await attempt(PASSWORD, again)
      expect(statusOf(throttled)).toBe(429)
      // The page shows an error summary, so its title says "Error: " (the root loader reads this from the context).
      expect(again.pageErrors).toBe(true)
      expect((throttled as { init?: { headers?: Record<string, string> } }).init?.headers?.['Retry-After']).toMatch(/^\d+$/)
      // The member of staff, at their own desk, is not locked out by someone else's guesses.
      const own = await attempt(PASSWORD, contextFor(database, 'leicestershire', {}, '198.51.100.20'))
      expect(statusOf(own)).toBe(302)
      const audit = await createBackofficeQueries(database.db).listAudit('leicestershire')
      expect(audit.entries.filter((e) => e.action === 'sign-in.failed')).toHaveLength(3)
      expect(audit.entries.some((e) => e.action === 'sign-in.throttled' && e.outcome === 'denied')).toBe(true)
    })

    it('answers an unknown, a disabled and a control-character address exactly as a wrong password', async () => {
      const context = contextFor(database, 'leicestershire', {}, '192.0.2.44')
      const answer = async (email: string, password: string) => {
        const result = await settle(signInAction({ request: form('leicestershire', { email, password }), context, params: {} } as never))
        // The page shows the email back as typed (so nothing typed is lost); everything else must be the same.
        const { email: shown, ...rest } = ((result as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
        expect(shown).toBe(email)
        return { status: statusOf(result), rest }
      }
      const data = createBackofficeQueries(database.db)
      const passwordHash = await hashPassword(PASSWORD)
      await data.upsertStaff('leicestershire', { email: 'disabled@leicestershire.example', name: 'D', role: 'handler', passwordHash })
      await data.upsertStaff('leicestershire', { email: 'locked@leicestershire.example', name: 'L', role: 'handler', passwordHash })
      await database.db.execute(sql`update staff set disabled_at = now() where email = 'disabled@leicestershire.example'`)
      await database.db.execute(sql`update staff set locked_until = now() + interval '1 hour' where email = 'locked@leicestershire.example'`)
      const wrong = await answer('handler@leicestershire.example', 'not-it')
      expect(wrong.status).toBe(401)
      expect(await answer('nobody@leicestershire.example', 'not-it')).toEqual(wrong)
      expect(await answer('nul\u0000@leicestershire.example', 'not-it')).toEqual(wrong)
      // The right password for a disabled or locked account says no more than a wrong one.
      expect(await answer('disabled@leicestershire.example', PASSWORD)).toEqual(wrong)
      expect(await answer('locked@leicestershire.example', PASSWORD)).toEqual(wrong)
    })

    it('refuses a forged cookie, an expired session, and a session of another force', async () => {
      const context = contextFor(database, 'metropolitan')
      const signedIn = await signIn(form('metropolitan', {}), context, 'handler@metropolitan.example', PASSWORD)
      expect(signedIn.kind).toBe('signed-in')
      const cookie = signedIn.kind === 'signed-in' ? signedIn.cookie.split(';')[0]! : ''
      const page = (force: string, c: string) => new Request(`http://${force}.localhost/staff/queue`, { headers: { cookie: c } })
      expect(await readStaffSession(page('metropolitan', cookie), context)).toMatchObject({ ok: true })

      const [name, value] = cookie.split('=') as [string, string]
      const forged = `${name}=${value.slice(0, -2)}xx`
      expect(await readStaffSession(page('metropolitan', forged), context)).toEqual({ ok: false, reason: 'forged' })
      const refused = await settle(requireStaff(page('metropolitan', forged), context))
      expect(statusOf(refused)).toBe(302)
      expect((refused as Response).headers.get('location')).toBe('/staff?next=%2Fstaff%2Fqueue&expired=1')
      expect((refused as Response).headers.get('set-cookie')).toMatch(/^bl_staff=; .*Max-Age=0/)

      const later = new Date(Date.now() + 31 * 60_000)
      expect(await readStaffSession(page('metropolitan', cookie), context, later)).toEqual({ ok: false, reason: 'idle' })
      const muchLater = new Date(Date.now() + 13 * 3_600_000)
      expect(await readStaffSession(page('metropolitan', cookie), context, muchLater)).toEqual({ ok: false, reason: 'expired' })

      // Metropolitan's valid cookie presented to Leicestershire's host finds no session there.
      expect(await readStaffSession(page('leicestershire', cookie), contextFor(database, 'leicestershire'))).toEqual({ ok: false, reason: 'unknown' })
      // A revoked session is over.
      const token = (await readSessionToken(page('metropolitan', cookie), context)) as string
      const data = createBackofficeQueries(database.db)
      const live = await data.getSession('metropolitan', hashSessionToken(token))
      if (live.ok) await data.revokeSession('metropolitan', live.session.id)
      expect(await readStaffSession(page('metropolitan', cookie), context)).toEqual({ ok: false, reason: 'revoked' })
    })

    it("gives Metropolitan staff 404 for Leicestershire's report id", async () => {
      const context = contextFor(database, 'metropolitan')
      const signedIn = await signIn(form('metropolitan', {}), context, 'handler@metropolitan.example', PASSWORD)
      const cookie = signedIn.kind === 'signed-in' ? signedIn.cookie.split(';')[0]! : ''
      const request = new Request(`http://metropolitan.localhost/staff/reports/${reportId}`, { headers: { cookie } })
      expect(statusOf(await settle(reportLoader({ request, context, params: { reportId } } as never)))).toBe(404)
    })

    it('API: 401 without a key, 403 for another force’s key, 413 for an oversized status update, 200 for a good one', async () => {
      const lei = contextFor(database, 'leicestershire')
      const get = (key?: string) =>
        new Request('http://leicestershire.localhost/api/v1/reports', { headers: key ? { authorization: `Bearer ${key}` } : {} })
      expect(statusOf(await settle(listLoader({ request: get(), context: lei, params: {} } as never)))).toBe(401)
      expect(statusOf(await settle(listLoader({ request: get('blk_test_metropolitan_key_0123456789'), context: lei, params: {} } as never)))).toBe(403)
      const own = (await listLoader({ request: get('blk_test_leicestershire_key_0123456789'), context: lei, params: {} } as never)) as Response
      expect(own.status).toBe(200)
      const pulled = (await own.json()) as { data: { reference: string }[] }
      expect(pulled.data.map((r) => r.reference)).toEqual([reference])
      // What a force's system pulls is exactly the published contract.
      expect(pulled.data.flatMap(reportV1Problems)).toEqual([])

      const post = (body: string) =>
        new Request(`http://leicestershire.localhost/api/v1/reports/${reference}/status`, {
          method: 'POST',
          headers: { authorization: 'Bearer blk_test_leicestershire_key_0123456789', 'content-type': 'application/json' },
          body,
        })
      const big = JSON.stringify({ status: 'in_review', note: 'x'.repeat(MAX_STATUS_BYTES) })
      expect(statusOf(await settle(statusAction({ request: post(big), context: lei, params: { reportId: reference } } as never)))).toBe(413)
      expect(statusOf(await settle(statusAction({ request: post('{"status":"crime_recorded"}'), context: lei, params: { reportId: reference } } as never)))).toBe(400)
      const ok = (await statusAction({ request: post('{"status":"crime_recorded","crimeNumber":"LE/1/26"}'), context: lei, params: { reportId: reference } } as never)) as Response
      expect(ok.status).toBe(200)
      const view = await database.queries.getReport('leicestershire', reportId)
      expect(view).toMatchObject({ status: 'crime_recorded', crimeNumber: 'LE/1/26' })
      // Metropolitan's key cannot post back to Leicestershire's report through its own host either.
      const met = contextFor(database, 'metropolitan')
      const foreign = new Request(`http://metropolitan.localhost/api/v1/reports/${reference}/status`, {
        method: 'POST',
        headers: { authorization: 'Bearer blk_test_metropolitan_key_0123456789', 'content-type': 'application/json' },
        body: '{"status":"no_further_action"}',
      })
      expect(statusOf(await settle(statusAction({ request: foreign, context: met, params: { reportId: reference } } as never)))).toBe(404)
      const audit = await createBackofficeQueries(database.db).listAudit('leicestershire')
      expect(audit.entries.some((e) => e.action === 'api.refused' && e.outcome === 'denied')).toBe(true)
      expect(audit.entries.some((e) => e.action === 'api.status' && e.outcome === 'denied')).toBe(true)
    })
  })
}
