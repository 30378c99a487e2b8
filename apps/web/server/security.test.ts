import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { parseEnv } from '../app/lib/platform/env.server.ts'

// The Express layer alone, with a stand-in for Remix that reports what reached it.
async function serve(vars: Record<string, string>) {
  const env = parseEnv({ FORM_MAX_BYTES: '1000', UPLOAD_MAX_FILE_BYTES: '2000', UPLOAD_MAX_FILES: '2', ...vars })
  const app = createApp(env, { ready: async () => true })
  app.all('*', (req, res) => {
    res.type('text/html').send(`<p>${req.method} ${req.originalUrl} csrf=${String(res.locals.csrfSecret ?? '')}</p>`)
  })
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

let plain: { server: Server; url: string }
let https: { server: Server; url: string }
beforeAll(async () => {
  plain = await serve({ NODE_ENV: 'production' })
  https = await serve({ NODE_ENV: 'production', PUBLIC_URL_SCHEME: 'https' })
})
afterAll(() => {
  plain.server.close()
  https.server.close()
})

describe('security headers', () => {
  it('sets CSP with a fresh nonce per request, nosniff, frame-ancestors none, Referrer-Policy and no-store', async () => {
    const [a, b] = await Promise.all([fetch(`${plain.url}/track`), fetch(`${plain.url}/track`)])
    const csp = a.headers.get('content-security-policy')!
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("form-action 'self'")
    expect(csp).not.toBe(b.headers.get('content-security-policy'))
    expect(a.headers.get('x-content-type-options')).toBe('nosniff')
    expect(a.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(a.headers.get('cache-control')).toBe('no-store')
    expect(a.headers.get('strict-transport-security')).toBeNull()
    expect(a.headers.get('x-powered-by')).toBeNull()
  })

  it('sets HSTS only when the site is served over HTTPS', async () => {
    const res = await fetch(`${https.url}/`)
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })
})

describe('the CSRF cookie', () => {
  it('gives a browser without one an HttpOnly SameSite=Lax cookie, and keeps an existing one', async () => {
    const first = await fetch(`${plain.url}/services`)
    const cookie = first.headers.get('set-cookie')!
    expect(cookie).toMatch(/^bl_csrf=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/)
    const secret = cookie.split(';')[0]!.split('=')[1]
    const again = await fetch(`${plain.url}/services`, { headers: { cookie: `bl_csrf=${secret}` } })
    expect(again.headers.get('set-cookie')).toBeNull()
    expect(await again.text()).toContain(`csrf=${secret}`)
  })

  it('is Secure and host-only (__Host-) over HTTPS', async () => {
    const res = await fetch(`${https.url}/`)
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-bl_csrf=.+; Path=\/; HttpOnly; Secure; SameSite=Lax$/)
  })

  it('is not set on static files', async () => {
    const res = await fetch(`${plain.url}/favicon.svg`)
    expect(res.headers.get('set-cookie')).toBeNull()
  })
})

describe('body-size limits', () => {
  it('lets a form within FORM_MAX_BYTES through', async () => {
    const res = await fetch(`${plain.url}/track`, { method: 'POST', body: new URLSearchParams({ a: 'x'.repeat(900) }) })
    expect(await res.text()).toContain('POST /track')
  })

  it('sends an oversized form to the 413 page without reading it', async () => {
    const res = await fetch(`${plain.url}/track`, { method: 'POST', body: new URLSearchParams({ a: 'x'.repeat(5000) }) })
    expect(await res.text()).toContain('GET /request-too-large')
  })

  const upload = '/services/theft/questions/evidence-files'

  it('bounds multipart bodies on the evidence pages by the upload limits', async () => {
    const small = new FormData()
    small.set('files', new Blob([new Uint8Array(1500)]), 'a.jpg')
    expect(await (await fetch(`${plain.url}${upload}`, { method: 'POST', body: small })).text()).toContain(`POST ${upload}`)
    const big = new FormData()
    for (let i = 0; i < 3; i++) big.append('files', new Blob([new Uint8Array(2000)]), `${i}.jpg`)
    big.append('files', new Blob([new Uint8Array(70_000)]), 'x.jpg')
    expect(await (await fetch(`${plain.url}${upload}`, { method: 'POST', body: big })).text()).toContain('GET /request-too-large')
  })

  it('holds multipart bodies everywhere else to the form limit', async () => {
    const small = new FormData()
    small.set('files', new Blob([new Uint8Array(1500)]), 'a.jpg')
    expect(await (await fetch(`${plain.url}/track`, { method: 'POST', body: small })).text()).toContain('GET /request-too-large')
    expect(await (await fetch(`${plain.url}/services/theft/questions/when`, { method: 'POST', body: small })).text()).toContain('GET /request-too-large')
  })

  it('lets a body of unknown length (chunked) through to be counted as it streams', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('a=1'))
        controller.close()
      },
    })
    const res = await fetch(`${plain.url}/track`, { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/x-www-form-urlencoded' } } as RequestInit)
    expect(await res.text()).toContain('POST /track')
  })
})
