import { describe, expect, it } from 'vitest'
import { requireCsrf, verifyCsrf } from './csrf.server.ts'
import { newCsrfSecret } from './csrf-cookie.server.ts'
import { csrfPair } from '../testing/support.server.ts'

function post(cookie: string | null, token: string | null, headers: Record<string, string> = {}) {
  const form = new FormData()
  if (token !== null) form.set('csrf', token)
  const request = new Request('http://leicestershire.localhost/track', {
    method: 'POST',
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  })
  return { request, form }
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    return error as { type: string; init: { status: number }; data: { reason: string } }
  }
  throw new Error('expected a rejection')
}

describe('CSRF: signed double-submit token', () => {
  it('accepts the token issued for the browser’s cookie', async () => {
    const { cookie, token } = csrfPair()
    const { request, form } = post(cookie, token)
    expect(verifyCsrf(request, form)).toBe(true)
    await expect(requireCsrf(request, form)).resolves.toBeUndefined()
  })

  it('refuses a missing token with a 403 the error page recognises', async () => {
    const { cookie } = csrfPair()
    const { request, form } = post(cookie, null)
    const error = await rejection(requireCsrf(request, form))
    expect(error.init.status).toBe(403)
    expect(error.data.reason).toBe('csrf')
  })

  it('refuses a forged token, another browser’s token, and a token without its cookie', () => {
    const { cookie, token } = csrfPair()
    expect(verifyCsrf(...args(post(cookie, 'forged-token-value')))).toBe(false)
    expect(verifyCsrf(...args(post(cookie, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))))).toBe(false)
    expect(verifyCsrf(...args(post(`bl_csrf=${newCsrfSecret()}`, token)))).toBe(false)
    expect(verifyCsrf(...args(post(null, token)))).toBe(false)
    expect(verifyCsrf(...args(post('bl_csrf=not-a-secret', token)))).toBe(false)
  })

  it('refuses a POST the browser says came from another site, even with a valid pair', () => {
    const { cookie, token } = csrfPair()
    expect(verifyCsrf(...args(post(cookie, token, { 'sec-fetch-site': 'cross-site' })))).toBe(false)
    expect(verifyCsrf(...args(post(cookie, token, { 'sec-fetch-site': 'same-origin' })))).toBe(true)
  })
})

function args({ request, form }: { request: Request; form: FormData }): [Request, FormData] {
  return [request, form]
}
