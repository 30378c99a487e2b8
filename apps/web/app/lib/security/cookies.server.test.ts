// Every cookie's attributes, pinned: moving the cookies onto Remix's createCookie changed how the Set-Cookie header is
// written (the order of its attributes), never what it says. Attribute order carries no meaning (RFC 6265), so each
// header is compared as its name, its value's shape and its set of attributes.
import { describe, expect, it } from 'vitest'
import type { AppLoadContext } from '@remix-run/node'
import { csrfCookieFor, csrfCookieName, newCsrfSecret } from './csrf-cookie.server.ts'
import { tokenFor, verifyCsrf } from './csrf.server.ts'
import { cookiesOf, rawCookie } from './cookies.server.ts'
import { parseEnv } from '../platform/env.server.ts'
import { setSigningSecret } from './secrets.server.ts'
import { oneTimeCookie, takeOneTime } from '../staff/once.server.ts'
import { clearStaffCookie, readSessionToken, staffCookieName, staffSessionCookie } from '../staff/session.server.ts'

setSigningSecret('cookie-test-signing-secret-0123456789abcdef')

function header(setCookie: string) {
  const [pair, ...attributes] = setCookie.split('; ')
  const eq = pair!.indexOf('=')
  return { name: pair!.slice(0, eq), value: pair!.slice(eq + 1), attributes: attributes.sort() }
}

const contextFor = (scheme: 'http' | 'https') =>
  ({ services: { env: parseEnv({ PUBLIC_URL_SCHEME: scheme }) } }) as unknown as Pick<AppLoadContext, 'services' | 'site' | 'clientIp'>
const member = { tenantId: 'leicestershire', sessionId: '00000000-0000-4000-8000-000000000000' }
const TOKEN = 'A'.repeat(43)

describe('the cookies’ attributes', () => {
  it('CSRF: the secret as it is, a session cookie, HttpOnly, SameSite=Lax, on every path; __Host- and Secure over HTTPS', async () => {
    const secret = 'b'.repeat(43)
    expect(header(await csrfCookieFor(csrfCookieName({ PUBLIC_URL_SCHEME: 'http' })).serialize(secret))).toEqual({
      name: 'bl_csrf',
      value: secret,
      attributes: ['HttpOnly', 'Path=/', 'SameSite=Lax'],
    })
    expect(header(await csrfCookieFor(csrfCookieName({ PUBLIC_URL_SCHEME: 'https' })).serialize(secret))).toEqual({
      name: '__Host-bl_csrf',
      value: secret,
      attributes: ['HttpOnly', 'Path=/', 'SameSite=Lax', 'Secure'],
    })
  })

  it('staff session: signed, HttpOnly, SameSite=Strict, on every path, for the longest session; __Host- and Secure over HTTPS', async () => {
    const http = header(await staffSessionCookie(contextFor('http').services.env).serialize(TOKEN))
    expect(http).toMatchObject({ name: 'bl_staff', attributes: ['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Strict'] })
    expect(header(await clearStaffCookie(contextFor('http')))).toEqual({ name: 'bl_staff', value: '', attributes: ['HttpOnly', 'Max-Age=0', 'Path=/', 'SameSite=Strict'] })
    const https = header(await staffSessionCookie(contextFor('https').services.env).serialize(TOKEN))
    expect(https).toMatchObject({ name: '__Host-bl_staff', attributes: ['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Strict', 'Secure'] })
    expect(header(await clearStaffCookie(contextFor('https')))).toEqual({ name: '__Host-bl_staff', value: '', attributes: ['HttpOnly', 'Max-Age=0', 'Path=/', 'SameSite=Strict', 'Secure'] })
    expect(staffCookieName({ PUBLIC_URL_SCHEME: 'https' })).toBe('__Host-bl_staff')
  })

  it('one-time message: the ciphertext as it is, HttpOnly, SameSite=Strict, its page’s path only, two minutes; __Secure- and Secure over HTTPS', async () => {
    const path = '/staff/integrations'
    const http = header(await oneTimeCookie(contextFor('http'), member, path, { message: 'staff.keyCreated' }))
    expect(http).toMatchObject({ name: 'bl_staff_once', attributes: ['HttpOnly', 'Max-Age=120', 'Path=/staff/integrations', 'SameSite=Strict'] })
    expect(http.value).toMatch(/^[A-Za-z0-9_-]+$/)
    const https = header(await oneTimeCookie(contextFor('https'), member, path, { message: 'staff.keyCreated' }))
    expect(https).toMatchObject({ name: '__Secure-bl_staff_once', attributes: ['HttpOnly', 'Max-Age=120', 'Path=/staff/integrations', 'SameSite=Strict', 'Secure'] })
    const request = new Request('https://leicestershire.localhost/staff/integrations', { headers: { cookie: `__Secure-bl_staff_once=${https.value}` } })
    const taken = await takeOneTime(request, contextFor('https'), member, path)
    expect(taken.payload).toMatchObject({ message: 'staff.keyCreated' })
    expect(header(taken.clear!)).toEqual({ name: '__Secure-bl_staff_once', value: '', attributes: ['HttpOnly', 'Max-Age=0', 'Path=/staff/integrations', 'SameSite=Strict', 'Secure'] })
  })
})

describe('secrets as a list', () => {
  it('keeps a staff session signed under the previous secret, and signs new ones under the current', async () => {
    const context = contextFor('http')
    const old = (await staffSessionCookie(context.services.env).serialize(TOKEN)).split(';')[0]!
    const request = (cookie: string) => new Request('http://leicestershire.localhost/staff/queue', { headers: { cookie } })
    setSigningSecret('the-new-signing-secret-0123456789abcdefghij', ['cookie-test-signing-secret-0123456789abcdef'])
    try {
      expect(await readSessionToken(request(old), context)).toBe(TOKEN)
      const fresh = (await staffSessionCookie(context.services.env).serialize(TOKEN)).split(';')[0]!
      expect(fresh).not.toBe(old)
      setSigningSecret('the-new-signing-secret-0123456789abcdefghij')
      // Once the old secret is dropped, its cookies are forged; the new one's still verify.
      expect(await readSessionToken(request(old), context)).toBe('forged')
      expect(await readSessionToken(request(fresh), context)).toBe(TOKEN)
    } finally {
      setSigningSecret('cookie-test-signing-secret-0123456789abcdef')
    }
  })

  it('keeps a form opened before the change good: its token under the previous secret is still accepted', () => {
    const secret = newCsrfSecret()
    const token = tokenFor(secret)
    const post = () => new Request('http://leicestershire.localhost/track', { method: 'POST', headers: { cookie: `bl_csrf=${secret}` } })
    const form = { get: (name: string) => (name === 'csrf' ? token : null) }
    setSigningSecret('the-new-signing-secret-0123456789abcdefghij', ['cookie-test-signing-secret-0123456789abcdef'])
    try {
      expect(verifyCsrf(post(), form)).toBe(true)
      expect(tokenFor(secret)).not.toBe(token)
      setSigningSecret('the-new-signing-secret-0123456789abcdefghij')
      expect(verifyCsrf(post(), form)).toBe(false)
    } finally {
      setSigningSecret('cookie-test-signing-secret-0123456789abcdef')
    }
  })

  it('tells no cookie, an empty one and a forged one apart', async () => {
    const context = contextFor('http')
    const request = (cookie?: string) => new Request('http://leicestershire.localhost/staff/queue', { headers: cookie ? { cookie } : {} })
    expect(await readSessionToken(request(), context)).toBeNull()
    expect(await readSessionToken(request('bl_staff='), context)).toBeNull()
    expect(await readSessionToken(request(`bl_staff=${TOKEN}.forged`), context)).toBe('forged')
    expect(await readSessionToken(request('bl_staff=%E0%A4%A'), context)).toBe('forged')
  })
})

describe('reading raw cookies', () => {
  it('reads every cookie as sent, the first of a repeated name, and skips a pair with no value', () => {
    expect(cookiesOf('bl_csrf=abc; lang=ImN5Ig%3D%3D; bl_csrf=other; stray; =x')).toEqual({ bl_csrf: 'abc', lang: 'ImN5Ig%3D%3D', '': 'x' })
    expect(cookiesOf(null)).toEqual({})
  })

  it('gives back what it was given, and nothing else, through createCookie', async () => {
    const cookie = rawCookie('raw', { path: '/' })
    expect(await cookie.parse(`raw=${'x'.repeat(43)}`)).toBe('x'.repeat(43))
    expect(await cookie.parse('other=1')).toBeNull()
    expect(await cookie.serialize('abc-_09')).toBe('raw=abc-_09; Path=/; SameSite=Lax')
  })
})
