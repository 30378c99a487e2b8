// Malformed and hostile requests against the built server, on each database: the probes that once gave 500s or
// stack traces, then hundreds of generated ones (fast-check over methods, hosts, headers, content types, bodies and
// paths). Every answer must be below 500 and show nothing of the server's insides, and the server must still be
// ready afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Browser, csrfFrom, drivers, header, leaksIn, rawRequest, startServer, type RawResponse, type RunningServer } from './support.ts'

const FORCE = 'leicestershire'
const API_KEY = 'blk_demo_leicestershire_key'

function req(lines: string[], body = ''): string {
  return `${lines.join('\r\n')}\r\n\r\n${body}`
}

function expectSafe(response: RawResponse, what: string) {
  expect(response.incomplete, `${what}: a whole response`).toBe(false)
  expect(response.status, `${what}: status ${response.status}`).toBeGreaterThanOrEqual(200)
  expect(response.status, `${what}: status ${response.status}\n${response.body.slice(0, 500)}`).toBeLessThan(500)
  expect(leaksIn(response.body), `${what}: shows the server's insides\n${response.body.slice(0, 800)}`).toBeUndefined()
}

for (const driver of drivers()) {
  describe(`hostile requests on ${driver}`, () => {
    let server: RunningServer
    let host: string
    const send = (raw: string, method = 'GET') => rawRequest(server.port, raw, method)

    beforeAll(async () => {
      server = await startServer(driver)
      host = `${FORCE}.localhost:${server.port}`
    }, 180_000)
    afterAll(async () => {
      await server?.stop()
    })

    it.each([
      ['leicestershire.localhost:99999', 400],
      ['a@evil.example', 400],
      ['exa mple', 400],
      ['[::1', 400],
      ['[8c.]', 400],
      ['leicestershire.localhost:0', 400],
      ['', 400],
    ])('answers Host: %s with %i and no stack', async (value, status) => {
      const response = await send(req(['GET / HTTP/1.1', `Host: ${value}`, 'Connection: close']))
      expectSafe(response, `Host ${value}`)
      expect(response.status).toBe(status)
    })

    it('ignores X-Forwarded-Host (and its port) without TRUST_PROXY', async () => {
      const response = await send(req(['GET / HTTP/1.1', `Host: ${host}`, 'X-Forwarded-Host: x:99999', 'Connection: close']))
      expectSafe(response, 'X-Forwarded-Host x:99999')
      expect(response.status).toBe(200)
      expect(response.body).toContain(`data-theme="${FORCE}"`)
      // The national finder sends a person to their force at the address they used, never at a port they were told.
      const find = await send(req([`GET /find?postcode=LE1%201AA HTTP/1.1`, `Host: localhost:${server.port}`, 'X-Forwarded-Host: localhost:7777', 'Connection: close']))
      expectSafe(find, '/find with X-Forwarded-Host')
      expect(header(find, 'location') ?? '').not.toContain('7777')
    })

    it('answers TRACE, PUT, PATCH and DELETE with 405 and Allow, and OPTIONS with Allow', async () => {
      for (const method of ['TRACE', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'CONNECT']) {
        const target = method === 'CONNECT' ? `${host}` : '/services/theft/questions/when'
        const response = await send(req([`${method} ${target} HTTP/1.1`, `Host: ${host}`, 'Content-Length: 0', 'Connection: close']), method)
        // Node closes a CONNECT (a proxy's method) without an answer: nothing to leak, nothing to 500.
        if (method === 'CONNECT') expect(response.status === 0 || response.status < 500).toBe(true)
        else expectSafe(response, method)
        if (method !== 'CONNECT') {
          expect(response.status, method).toBe(405)
          expect(header(response, 'allow'), method).toBe('GET, HEAD, POST')
          expect(response.body).toContain('This page cannot do that')
        }
      }
      const options = await send(req(['OPTIONS /track HTTP/1.1', `Host: ${host}`, 'Connection: close']), 'OPTIONS')
      expect(options.status).toBe(204)
      expect(header(options, 'allow')).toBe('GET, HEAD, POST')
    })

    it('answers a form posted from another site (or Origin: null) with 403 and the form-from-elsewhere page, not a 500', async () => {
      for (const origin of ['null', 'http://evil.example', 'not a url', `http://${host}.evil.example`]) {
        const body = 'reference=ABC'
        const response = await send(
          req(['POST /track HTTP/1.1', `Host: ${host}`, `Origin: ${origin}`, 'Content-Type: application/x-www-form-urlencoded', `Content-Length: ${body.length}`, 'Connection: close'], body),
          'POST',
        )
        expectSafe(response, `Origin ${origin}`)
        expect(response.status, origin).toBe(403)
        expect(response.body, origin).toContain('the form was sent from elsewhere')
      }
      // The same form from its own site, with its token, is read as usual (the track page answers it).
      const person = new Browser(server.port, host, { origin: `http://${host}` })
      const page = await person.send('/track')
      const own = await person.send('/track', { csrf: csrfFrom(page.body), reference: 'ABC', verifier: 'sam@example.com' })
      expect(own.status).toBeLessThan(500)
      expect(own.status).not.toBe(403)
      expect(own.body).not.toContain('the form was sent from elsewhere')
    })

    it('answers a form posted to a route that takes no posts with 405 in the force’s frame, not Remix’s error', async () => {
      const body = 'a=1'
      const response = await send(
        req(['POST /language?to=cy&returnTo=/ HTTP/1.1', `Host: ${host}`, 'Content-Type: application/x-www-form-urlencoded', `Content-Length: ${body.length}`, 'Connection: close'], body),
        'POST',
      )
      expectSafe(response, 'POST /language')
      expect(response.status).toBe(405)
      expect(header(response, 'allow')).toBe('GET, HEAD')
      expect(response.body).toContain('This page cannot do that')
    })

    it('answers a text/plain, JSON or type-less body posted to a form with 415, in the force’s frame', async () => {
      for (const type of ['text/plain', 'application/json', 'application/xml', '']) {
        const body = type === 'application/json' ? '{"a":1}' : 'a=1'
        const response = await send(
          req(['POST /services/theft/questions/when HTTP/1.1', `Host: ${host}`, ...(type ? [`Content-Type: ${type}`] : []), `Content-Length: ${body.length}`, 'Connection: close'], body),
          'POST',
        )
        expectSafe(response, `POST ${type}`)
        expect(response.status, type).toBe(415)
        expect(response.body).toContain(`data-theme="${FORCE}"`)
      }
    })

    it('answers malformed multipart with 400, not a parser error', async () => {
      for (const path of ['/track', '/services/theft/questions/evidence-files']) {
        for (const body of ['--x\r\nbroken', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated', 'no boundary at all']) {
          const response = await send(
            req([`POST ${path} HTTP/1.1`, `Host: ${host}`, 'Content-Type: multipart/form-data; boundary=x', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'], body),
            'POST',
          )
          expectSafe(response, `multipart to ${path}`)
          expect([400, 403]).toContain(response.status)
        }
      }
    })

    it('reads since and limit strictly on the API, and answers its errors and 405s in JSON', async () => {
      const api = async (path: string, method = 'GET', extra: string[] = []) => {
        const response = await send(req([`${method} ${path} HTTP/1.1`, `Host: ${host}`, `Authorization: Bearer ${API_KEY}`, ...extra, 'Connection: close']), method)
        expectSafe(response, `${method} ${path}`)
        return { ...response, json: JSON.parse(response.body || 'null') as { error?: string } | null }
      }
      for (const since of ['0000-01-01', '2020-02-31', '2020-13-01', '2020-01-01T25:00:00Z', '99999-01-01', 'not-a-time']) {
        const response = await api(`/api/v1/reports?since=${since}`)
        expect(response.status, since).toBe(400)
        expect(response.json?.error).toBe('bad_since')
      }
      for (const limit of ['1e2', '0', '-1', '201', '10.5', ' 10', '0x10']) {
        const response = await api(`/api/v1/reports?limit=${encodeURIComponent(limit)}`)
        expect(response.status, limit).toBe(400)
        expect(response.json?.error).toBe('bad_limit')
      }
      expect((await api('/api/v1/reports?since=2026-01-01&limit=100')).status).toBe(200)
      const wrongMethod = await send(req(['POST /api/v1/reports HTTP/1.1', `Host: ${host}`, `Authorization: Bearer ${API_KEY}`, 'Content-Type: application/json', 'Content-Length: 2', 'Connection: close'], '{}'), 'POST')
      expect(wrongMethod.status).toBe(405)
      expect(JSON.parse(wrongMethod.body)).toMatchObject({ error: 'method_not_allowed' })
      expect(header(wrongMethod, 'allow')).toBe('GET, HEAD')
      const getStatus = await api('/api/v1/reports/LEI-26-0000-00/status')
      expect(getStatus.status).toBe(405)
      expect(getStatus.json).toMatchObject({ error: 'method_not_allowed' })
      const put = await api('/api/v1/reports', 'PUT', ['Content-Length: 0'])
      expect(put.status).toBe(405)
      expect(put.json).toMatchObject({ error: 'method_not_allowed' })
      const text = await api('/api/v1/reports/x/status', 'POST', ['Content-Type: text/plain', 'Content-Length: 0'])
      expect(text.status).toBe(415)
      expect(text.json).toMatchObject({ error: 'unsupported_media_type' })
      // One nosniff, not two.
      expect(header(getStatus, 'x-content-type-options')).toBe('nosniff')
    })

    it('sends Permissions-Policy, and Retry-After with a 429', async () => {
      const browser = new Browser(server.port, host, { 'x-forwarded-for': '203.0.113.9' })
      const page = await browser.send('/track')
      expect(page.headers.get('permissions-policy')).toMatch(/camera=\(\)/)
      const csrf = csrfFrom(page.body)
      let last = { status: 0, headers: new Headers(), body: '' }
      for (let i = 0; i < 12 && last.status !== 429; i++) last = await browser.send('/track', { csrf, reference: 'LEI-26-0000-00', proof: 'someone@example.com' })
      expect(last.status).toBe(429)
      expect(last.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(last.body).toContain('You have tried too many times')
    })

    it('answers a HEAD as its GET without the body, a data address with a foreign Origin included', async () => {
      for (const [path, origin] of [['/services/theft/questions/when.data', 'Origin: null'], ['/services/theft/questions/when.data', 'Origin: http://evil.example'], ['/track', 'Origin: null']] as const) {
        const response = await send(req([`HEAD ${path} HTTP/1.1`, `Host: ${host}`, origin, 'Content-Type: multipart/form-data', 'Content-Length: 0', 'Connection: close']), 'HEAD')
        expectSafe(response, `HEAD ${path} with ${origin}`)
        expect(response.body, `HEAD ${path}`).toBe('')
      }
      const get = await send(req(['GET /track HTTP/1.1', `Host: ${host}`, 'Connection: close']))
      const head = await send(req(['HEAD /track HTTP/1.1', `Host: ${host}`, 'Connection: close']), 'HEAD')
      expect(head.status).toBe(get.status)
      expect(header(head, 'content-type')).toBe(header(get, 'content-type'))
    })

    it('answers a request target that is not a path, and paths the router cannot decode, below 500', async () => {
      for (const target of ['http://evil.example/', '*', '/%', '/services/%E0%A4%A/questions/x', '/services/theft/questions/%00', `/${'a'.repeat(7000)}`, '/..%2f..%2fetc/passwd', '/assets/%2e%2e/%2e%2e/package.json']) {
        const response = await send(req([`GET ${target} HTTP/1.1`, `Host: ${host}`, 'Connection: close']))
        expectSafe(response, `GET ${target.slice(0, 60)}`)
      }
    })

    it(`answers ${320} generated malformed requests below 500 with nothing of its insides, and stays ready`, async () => {
      const methods = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'get', 'BREW')
      const hosts = fc.oneof(
        fc.constantFrom(host, `localhost:${server.port}`, `metropolitan.localhost:${server.port}`, `dyfed-powys.localhost:${server.port}`, `nowhere.localhost:${server.port}`, 'constructor.localhost', `${FORCE}.localhost.:${server.port}`),
        fc.constantFrom('a@b', 'x:99999', '[::1', '[::1]:70000', 'exa mple', '', ':80', '-.-', `${'a'.repeat(300)}.localhost`, 'LEICESTERSHIRE.LOCALHOST'),
        fc.stringMatching(/^[a-z0-9.:[\]@-]{0,40}$/),
      )
      const paths = fc.oneof(
        fc.constantFrom(
          '/',
          '/services',
          '/services/theft',
          '/services/theft/questions/when',
          '/services/theft/questions/evidence-files',
          '/services/theft/check-answers',
          '/services/theft/declaration',
          '/services/theft/save',
          '/services/theft/resume/abc',
          '/services/general-enquiry/questions/topic',
          '/track',
          '/find?postcode=LE1',
          '/language?to=cy&returnTo=//evil.example',
          '/staff',
          '/staff/queue',
          '/staff/integrations',
          '/staff/reports/00000000-0000-0000-0000-000000000000',
          '/api/v1/reports',
          '/api/v1/reports/x/status',
          '/problem/unavailable',
          '/problem/nothing',
          '/request-too-large',
          '/healthz',
          '/readyz',
          '/favicon.svg',
          '/services/theft/questions/when.data',
          '/__manifest?p=/x',
        ),
        fc
          .array(fc.oneof(fc.constantFrom('services', 'theft', 'questions', '..', '%00', '%ff', '%', '%2e%2e', 'api', 'v1', '.data', '~', 'Ω'), fc.stringMatching(/^[A-Za-z0-9._~%-]{0,12}$/)), { maxLength: 6 })
          .map((segments) => `/${segments.map((s) => (s === 'Ω' ? '%CE%A9' : s)).join('/')}`),
      ).chain((path) => fc.oneof(fc.constant(path), fc.stringMatching(/^[A-Za-z0-9=&%._~+-]{0,30}$/).map((q) => `${path}?${q}`)))
      const contentTypes = fc.constantFrom(
        undefined,
        'application/x-www-form-urlencoded',
        'application/x-www-form-urlencoded; charset=utf-16',
        'multipart/form-data; boundary=zz',
        'multipart/form-data',
        'multipart/form-data; boundary="a b"',
        'application/json',
        'text/plain',
        'text/xml',
        'application/octet-stream',
        '*/*',
        ';;;',
      )
      const bodies = fc.oneof(
        fc.constant(''),
        fc.string({ maxLength: 200 }),
        fc.constantFrom(
          'csrf=x&question=when&when-day=31&when-month=2&when-year=0000',
          'a=%&b=%zz&c=%E0%A4%A',
          '--zz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\nx\r\n--zz\r\nContent-Disposition: form-data; name="files"; filename="a.gif"\r\n\r\nGIF89a<script>\r\n--zz--\r\n',
          '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated',
          '{"status":"crime_recorded","crimeNumber":"\\u0000"}',
          '{"a":',
          'name=\u0000\u0001\u001b[31m',
        ),
        fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      )
      const extraHeaders = fc.array(
        fc.oneof(
          fc.constantFrom(
            'Cookie: bl_csrf=; lang=%E0%A4%A; bl_staff=AAAA.forged; bl_draft=../../etc',
            'Cookie: lang=eyJ4Ijp0cnVlfQ%3D%3D',
            'Cookie: =; ;;; bl_csrf',
            'Accept-Language: cy;q=x, *;q=-1',
            'X-Forwarded-Host: x:99999',
            'X-Forwarded-For: 999.1.1.1, not-an-ip',
            'X-Forwarded-Proto: gopher',
            'Forwarded: for=unknown;host=evil.example;proto=https',
            'Sec-Fetch-Site: cross-site',
            'Range: bytes=0-0,5-1',
            'If-None-Match: *',
            'Authorization: Bearer blk_demo_leicestershire_key',
            'Authorization: Basic Og==',
            'X-Api-Key: ../../',
            'Accept: application/json',
            'Origin: null',
            'Referer: javascript:alert(1)',
            'Expect: 100-continue',
            'Content-Encoding: gzip',
            'Transfer-Encoding: gzip',
          ),
          fc
            .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), fc.stringMatching(/^[ -~]{0,60}$/))
            .filter(([name]) => !/^(host|content-length|transfer-encoding|connection)$/i.test(name))
            .map(([name, value]) => `${name}: ${value}`),
        ),
        { maxLength: 4 },
      )
      const requests = fc.record({ method: methods, host: hosts, path: paths, type: contentTypes, body: bodies, headers: extraHeaders, chunked: fc.boolean() })

      let sent = 0
      await fc.assert(
        fc.asyncProperty(requests, async (r) => {
          const body = Buffer.from(r.body, 'latin1')
          const framing = r.chunked && body.length > 0 ? ['Transfer-Encoding: chunked'] : [`Content-Length: ${body.length}`]
          const payload = r.chunked && body.length > 0 ? `${body.length.toString(16)}\r\n${r.body}\r\n0\r\n\r\n` : r.body
          const lines = [`${r.method} ${r.path} HTTP/1.1`, `Host: ${r.host}`, ...(r.type ? [`Content-Type: ${r.type}`] : []), ...r.headers, ...framing, 'Connection: close']
          const response = await send(req(lines, payload), r.method.toUpperCase())
          sent++
          expectSafe(response, `${lines.join(' | ')}`)
        }),
        { numRuns: 320, endOnFailure: true },
      )
      expect(sent).toBeGreaterThanOrEqual(300)
      expect((await fetch(`http://127.0.0.1:${server.port}/readyz`)).status).toBe(200)
      // The log says what was refused or failed without a stack's worth of anything personal.
      expect(server.log()).not.toMatch(/"level":50.*"event":"request-failed"/)
    }, 300_000)
  })
}
