// /staff/integrations: a force's admin manages its API keys and push endpoint. Admins only; one force's admin can
// neither see nor change another's (404); a new key or signing secret is shown once and stored hashed (keys) or
// only in the endpoint row (secrets); a created key authenticates /api/v1 and a revoked one gets 401; a switched-off
// endpoint is sent nothing; every action is audited without its secret; bad input is explained and kept. Calls the
// real loaders and actions, on each database driver.
import type { LookupFunction } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppLoadContext } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { apiKeys, auditLog, createBackofficeQueries, hashApiKey, type Database, type OutboxRow } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { parseEnv } from '../platform/env.server.ts'
import { submitBareReport } from '../testing/support.server.ts'
import { resolveSite } from '../site/site.server.ts'
import { setSigningSecret, sign } from '../security/secrets.server.ts'
import { hashPassword } from './password.server.ts'
import { signIn } from './session.server.ts'
import { backofficeHandler } from '../delivery/backoffice-delivery.server.ts'
import { PermanentDeliveryError } from '../delivery/outbox-worker.server.ts'
import { endpointUrlSchema, isForbiddenHost } from './integrations-schema.ts'
import { action, loader } from '../../routes/staff.integrations.tsx'
import { loader as listLoader } from '../../routes/api.v1.reports.ts'

const CSRF_SECRET = 'integrations-test-csrf-secret-0123456789abc'
const PASSWORD = 'correct horse battery staple'

// Name resolution for this test: one public back office, and a name someone pointed at the metadata service.
const DNS: Record<string, string> = {
  'backoffice.leicestershire.example': '81.2.69.142',
  'elsewhere.example': '81.2.69.143',
  'metadata.leicestershire.example': '169.254.169.254',
}
const testLookup = ((host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  const address = DNS[host]
  if (!address) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }))
  if (options.all) callback(null, [{ address, family: 4 }])
  else callback(null, address, 4)
}) as unknown as LookupFunction

function contextFor(database: Database, force: string, extra: Record<string, string> = {}): AppLoadContext {
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: '/tmp/bluelamp-integrations-test', ...extra })
  return {
    env,
    site: resolveSite({ get: (name) => (name.toLowerCase() === 'host' ? `${force}.localhost` : null) }, env),
    cspNonce: '',
    services: { env, database, lookup: testLookup },
    clientIp: '127.0.0.1',
    csrfSecret: CSRF_SECRET,
  } as AppLoadContext
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
const statusOf = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } | null }).init?.status ?? 200))
type Page = Awaited<ReturnType<typeof loader>>['data']
type Failure = { ok: false; errors: Record<string, string>; values: Record<string, string> }

/** A signed-in member of a force, able to open the page and post its forms. */
async function member(database: Database, force: string, role: string, extra: Record<string, string> = {}) {
  const context = contextFor(database, force, extra)
  const base = `http://${force}.localhost/staff/integrations`
  const result = await signIn(new Request(base, { method: 'POST' }), context, `${role}@${force}.example`, PASSWORD)
  if (result.kind !== 'signed-in') throw new Error(`cannot sign in as ${role}@${force}`)
  const session = result.cookie.split(';')[0]!
  return {
    context,
    async view(once?: string): Promise<{ page: Page; setCookie: string | null } | Response> {
      const request = new Request(base, { headers: { cookie: [session, once].filter(Boolean).join('; ') } })
      const result = await settle(loader({ request, context, params: {} } as never))
      if (result instanceof Response) return result
      return { page: result.data, setCookie: new Headers(result.init?.headers).get('set-cookie') }
    },
    async post(fields: Record<string, string>, options: { csrf?: boolean } = {}) {
      const body = new URLSearchParams(fields)
      if (options.csrf !== false) body.append('csrf', sign('csrf', CSRF_SECRET))
      const request = new Request(base, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `bl_csrf=${CSRF_SECRET}; ${session}` },
        body,
      })
      return settle(action({ request, context, params: {} } as never))
    },
  }
}
type Member = Awaited<ReturnType<typeof member>>

/** Posts, expects the redirect back to the page, and opens it with the one-time cookie it set. */
async function postAndFollow(m: Member, fields: Record<string, string>) {
  const response = await m.post(fields)
  expect(statusOf(response)).toBe(302)
  expect((response as Response).headers.get('location')).toBe('/staff/integrations')
  const once = (response as Response).headers.get('set-cookie')!.split(';')[0]!
  expect(once).toMatch(/^bl_staff_once=[A-Za-z0-9_-]+$/)
  const followed = await m.view(once)
  if (followed instanceof Response) throw new Error(`page answered ${followed.status}`)
  return { ...followed, once }
}

describe('push endpoint addresses', () => {
  const dev = endpointUrlSchema({ allowLocalHttp: true })
  const prod = endpointUrlSchema({ allowLocalHttp: false })
  const message = (schema: typeof dev, url: string) => {
    const parsed = schema.safeParse({ url })
    return parsed.success ? 'ok' : parsed.error.issues[0]!.message
  }
  it('accepts https, and http only for this machine outside production', () => {
    expect(message(prod, 'https://backoffice.example.police.uk/bluelamp')).toBe('ok')
    expect(message(prod, 'https://10.2.3.4/in')).toBe('ok')
    expect(message(prod, 'http://backoffice.example/in')).toBe('staff.endpointUrlHttps')
    expect(message(dev, 'http://backoffice.example/in')).toBe('staff.endpointUrlHttps')
    expect(message(dev, 'http://localhost:9999/in')).toBe('ok')
    expect(message(prod, 'http://localhost:9999/in')).toBe('staff.endpointUrlHttps')
    expect(message(prod, 'https://localhost/in')).toBe('staff.endpointUrlLocal')
    expect(message(prod, 'https://169.254.169.254/latest')).toBe('staff.endpointUrlLocal')
    expect(message(prod, 'ftp://backoffice.example/')).toBe('staff.endpointUrlInvalid')
    expect(message(prod, 'backoffice.example')).toBe('staff.endpointUrlInvalid')
    expect(message(prod, 'https://user:pw@backoffice.example/')).toBe('staff.endpointUrlCredentials')
    expect(message(prod, 'https://backoffice.example/#x')).toBe('staff.endpointUrlFragment')
    expect(message(prod, '   ')).toBe('staff.endpointUrlMissing')
    expect(message(prod, `https://b.example/${'x'.repeat(2000)}`)).toBe('staff.endpointUrlTooLong')
    for (const host of ['127.0.0.1', '[::1]', '[::ffff:7f00:1]', '[fe80::1]', '0.0.0.0', 'api.localhost']) expect(isForbiddenHost(host), host).toBe(true)
    for (const host of ['10.0.0.1', '192.168.1.1', 'backoffice.example']) expect(isForbiddenHost(host), host).toBe(false)
  })
})

for (const driver of testDrivers()) {
  describe(`/staff/integrations on ${driver.name}`, () => {
    let database: Database
    let leiAdmin: Member
    let metAdmin: Member
    beforeAll(async () => {
      setSigningSecret('integrations-test-signing-secret-0123456789')
      database = await driver.create()
      const data = createBackofficeQueries(database.db)
      const passwordHash = await hashPassword(PASSWORD)
      for (const force of ['leicestershire', 'metropolitan']) {
        for (const role of ['handler', 'supervisor', 'admin'] as const) {
          await data.upsertStaff(force, { email: `${role}@${force}.example`, name: `${role} of ${force}`, role, passwordHash })
        }
      }
      leiAdmin = await member(database, 'leicestershire', 'admin')
      metAdmin = await member(database, 'metropolitan', 'admin')
    }, 120_000)
    afterAll(() => database?.close())

    it('is for admins only: handlers and supervisors get 403 on the page and its actions, and it is audited', async () => {
      for (const role of ['handler', 'supervisor']) {
        const m = await member(database, 'leicestershire', role)
        expect(statusOf(await m.view())).toBe(403)
        expect(statusOf(await m.post({ intent: 'create-key', name: 'Sneaky' }))).toBe(403)
      }
      const { entries } = await createBackofficeQueries(database.db).listAudit('leicestershire')
      expect(entries.filter((e) => e.action === 'access.denied' && (e.detail as { path?: string }).path === '/staff/integrations')).toHaveLength(4)
      expect((await createBackofficeQueries(database.db).listApiKeys('leicestershire')).map((k) => k.name)).not.toContain('Sneaky')
    })

    it('refuses a form without its CSRF token, and an unknown action', async () => {
      expect(statusOf(await leiAdmin.post({ intent: 'create-key', name: 'No token' }, { csrf: false }))).toBe(403)
      expect(statusOf(await leiAdmin.post({ intent: 'delete-everything' }))).toBe(400)
    })

    it('shows a new key once, stores only its hash, and the key works on /api/v1 until it is revoked', async () => {
      const created = await postAndFollow(leiAdmin, { intent: 'create-key', name: '  Case system  ' })
      expect(created.page.once).toMatchObject({ message: 'staff.keyCreated', vars: { name: 'Case system' }, secret: { kind: 'api-key' } })
      const key = created.page.once!.secret!.value
      expect(key).toMatch(/^blk_[A-Za-z0-9_-]{43}$/)
      // The GET that showed it cleared the cookie; the page shown again (a reload) has no secret.
      expect(created.setCookie).toMatch(/^bl_staff_once=; Max-Age=0; Path=\/staff\/integrations; HttpOnly; SameSite=Strict$/)
      const again = (await leiAdmin.view()) as { page: Page }
      expect(again.page.once).toBeNull()
      expect(JSON.stringify(again.page)).not.toContain(key)
      const listed = again.page.keys.find((k) => k.name === 'Case system')!
      expect(listed).toMatchObject({ prefix: key.slice(0, 10), lastUsedAt: null, revokedAt: null })
      // The cookie is bound to the member's force and session: another admin's session cannot read it.
      const other = await member(database, 'leicestershire', 'admin')
      expect(((await other.view(created.once)) as { page: Page }).page.once).toBeNull()
      expect(((await metAdmin.view(created.once)) as { page: Page }).page.once).toBeNull()

      // Stored hashed.
      const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, listed.id))
      expect(row!.keyHash).toBe(hashApiKey(key))
      expect(JSON.stringify(row)).not.toContain(key.slice(10))

      // It authenticates the pull API on its own force's host, and the use is recorded.
      const api = (force: string) => new Request(`http://${force}.localhost/api/v1/reports`, { headers: { authorization: `Bearer ${key}` } })
      const lei = contextFor(database, 'leicestershire')
      expect(statusOf(await settle(listLoader({ request: api('leicestershire'), context: lei, params: {} } as never)))).toBe(200)
      expect(statusOf(await settle(listLoader({ request: api('metropolitan'), context: contextFor(database, 'metropolitan'), params: {} } as never)))).toBe(403)
      const used = ((await leiAdmin.view()) as { page: Page }).page.keys.find((k) => k.id === listed.id)!
      expect(used.lastUsedAt).not.toBeNull()

      // Metropolitan's admin cannot see it or revoke it: 404, audited as denied, and the key still works.
      expect(((await metAdmin.view()) as { page: Page }).page.keys.map((k) => k.id)).not.toContain(listed.id)
      expect(statusOf(await metAdmin.post({ intent: 'revoke-key', keyId: listed.id }))).toBe(404)
      expect(statusOf(await metAdmin.post({ intent: 'revoke-key', keyId: 'not-a-uuid' }))).toBe(404)
      expect(statusOf(await settle(listLoader({ request: api('leicestershire'), context: lei, params: {} } as never)))).toBe(200)
      const metAudit = await createBackofficeQueries(database.db).listAudit('metropolitan')
      expect(metAudit.entries.some((e) => e.action === 'api-key.revoke' && e.outcome === 'denied' && e.targetId === listed.id)).toBe(true)

      // Leicestershire's admin revokes it: 401 from then on.
      const revoked = await postAndFollow(leiAdmin, { intent: 'revoke-key', keyId: listed.id })
      expect(revoked.page.once).toEqual({ message: 'staff.keyRevoked', vars: { name: 'Case system' } })
      expect(revoked.page.keys.find((k) => k.id === listed.id)!.revokedAt).not.toBeNull()
      expect(statusOf(await settle(listLoader({ request: api('leicestershire'), context: lei, params: {} } as never)))).toBe(401)
      expect(statusOf(await leiAdmin.post({ intent: 'revoke-key', keyId: listed.id }))).toBe(404)
    })

    it('explains a bad key name and keeps what was typed', async () => {
      const cases: [string, string][] = [
        ['', 'staff.keyNameMissing'],
        ['x'.repeat(61), 'staff.keyNameTooLong'],
        ['<script>alert(1)</script>', 'staff.keyNameInvalid'],
      ]
      for (const [name, error] of cases) {
        const result = await leiAdmin.post({ intent: 'create-key', name })
        expect(statusOf(result)).toBe(400)
        expect((result as unknown as { data: Failure }).data).toMatchObject({ ok: false, errors: { name: error }, values: { name } })
      }
    })

    it('adds, switches off and on, re-addresses, re-keys and removes the push endpoint; its secret is shown once', async () => {
      const data = createBackofficeQueries(database.db)
      // Bad addresses are explained, and what was typed is kept.
      const bad = await leiAdmin.post({ intent: 'add-endpoint', url: 'http://backoffice.example/in' })
      expect(statusOf(bad)).toBe(400)
      expect((bad as unknown as { data: Failure }).data).toMatchObject({ errors: { url: 'staff.endpointUrlHttps' }, values: { url: 'http://backoffice.example/in' } })
      const prodAdmin = await member(database, 'leicestershire', 'admin', { NODE_ENV: 'production' })
      const local = await prodAdmin.post({ intent: 'add-endpoint', url: 'http://localhost:9999/in' })
      expect((local as unknown as { data: Failure }).data.errors).toEqual({ url: 'staff.endpointUrlHttps' })
      // A name that leads to the cloud's metadata service is refused when it is saved, and the attempt is audited.
      const metadata = await prodAdmin.post({ intent: 'add-endpoint', url: 'https://metadata.leicestershire.example/latest' })
      expect((metadata as unknown as { data: Failure }).data).toMatchObject({ errors: { url: 'staff.endpointUrlRefused' }, values: { url: 'https://metadata.leicestershire.example/latest' } })
      expect((await data.listAudit('leicestershire')).entries.some((e) => e.action === 'endpoint.add' && e.outcome === 'denied')).toBe(true)
      expect(await data.getBackofficeEndpoint('leicestershire')).toBeNull()

      const added = await postAndFollow(leiAdmin, { intent: 'add-endpoint', url: 'https://backoffice.leicestershire.example/bluelamp' })
      expect(added.page.once).toMatchObject({ message: 'staff.endpointAdded', secret: { kind: 'endpoint' } })
      const secret = added.page.once!.secret!.value
      expect((await data.getBackofficeEndpoint('leicestershire'))?.secret).toBe(secret)
      expect(added.page.endpoint).toEqual({ url: 'https://backoffice.leicestershire.example/bluelamp', disabledAt: null })
      expect(((await leiAdmin.view()) as { page: Page }).page.once).toBeNull()
      const twice = await leiAdmin.post({ intent: 'add-endpoint', url: 'https://elsewhere.example/' })
      expect((twice as unknown as { data: Failure }).data.errors).toEqual({ url: 'staff.endpointExists' })

      // Metropolitan sees no endpoint and cannot change Leicestershire's.
      expect(((await metAdmin.view()) as { page: Page }).page.endpoint).toBeNull()
      for (const intent of ['disable-endpoint', 'rotate-endpoint', 'remove-endpoint']) expect(statusOf(await metAdmin.post({ intent }))).toBe(404)
      expect(statusOf(await metAdmin.post({ intent: 'change-endpoint', url: 'https://evil.example/' }))).toBe(404)
      expect((await data.getBackofficeEndpoint('leicestershire'))?.url).toBe('https://backoffice.leicestershire.example/bluelamp')

      // Switched off: the delivery handler sends nothing and the row becomes a dead letter to send again later.
      const off = await postAndFollow(leiAdmin, { intent: 'disable-endpoint' })
      expect(off.page.endpoint?.disabledAt).not.toBeNull()
      const { reportId } = await submitBareReport(database, 'leicestershire', 'integrations-1', 'LEI-26-INTG-01')
      // Name resolution is this test's: the force's name leads to this machine, where production never sends.
      let lookups = 0
      const lookup = ((_host: string, _options: unknown, callback: (e: null, a: { address: string; family: number }[] | string, f?: number) => void) => {
        lookups++
        const opts = _options as { all?: boolean }
        if (opts.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
        else callback(null, '127.0.0.1', 4)
      }) as unknown as LookupFunction
      const handler = backofficeHandler(database, { policyFor: () => ({ allowedNetworks: [], allowLoopback: false, lookup }) })
      const row = { id: 'x', tenantId: 'leicestershire', reportId, payload: { reportId }, idempotencyKey: 'k' } as unknown as OutboxRow
      await expect(handler(row)).rejects.toBeInstanceOf(PermanentDeliveryError)
      expect(lookups).toBe(0)
      await postAndFollow(leiAdmin, { intent: 'enable-endpoint' })
      await expect(handler(row)).rejects.toThrow('the endpoint’s address is not a public one: not sent')
      expect(lookups).toBe(1)

      const moved = await postAndFollow(leiAdmin, { intent: 'change-endpoint', url: 'https://backoffice.leicestershire.example/v2' })
      expect(moved.page.endpoint?.url).toBe('https://backoffice.leicestershire.example/v2')
      const rotated = await postAndFollow(leiAdmin, { intent: 'rotate-endpoint' })
      const newSecret = rotated.page.once!.secret!.value
      expect(newSecret).not.toBe(secret)
      expect((await data.getBackofficeEndpoint('leicestershire'))?.secret).toBe(newSecret)
      const removed = await postAndFollow(leiAdmin, { intent: 'remove-endpoint' })
      expect(removed.page.endpoint).toBeNull()
      expect(statusOf(await leiAdmin.post({ intent: 'remove-endpoint' }))).toBe(404)

      // Every action is in the force's audit log, with the actor, and no secret anywhere in it.
      const entries = await database.db.select().from(auditLog).where(eq(auditLog.tenantId, 'leicestershire'))
      const actions = entries.filter((e) => e.outcome === 'ok' && e.actor.startsWith('staff:')).map((e) => e.action)
      for (const a of ['integrations.view', 'api-key.create', 'api-key.revoke', 'endpoint.add', 'endpoint.disable', 'endpoint.enable', 'endpoint.change', 'endpoint.rotate', 'endpoint.remove']) {
        expect(actions, a).toContain(a)
      }
      const text = JSON.stringify(entries)
      expect(text).not.toContain(secret)
      expect(text).not.toContain(newSecret)
      expect(entries.find((e) => e.action === 'endpoint.change')?.detail).toEqual({ from: 'https://backoffice.leicestershire.example/bluelamp', to: 'https://backoffice.leicestershire.example/v2' })
    })
  })
}
