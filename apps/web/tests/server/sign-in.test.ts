// Staff sign-in against the built server: a wrong password for a real account and any password for an address with
// no account get the same status, the same page and the same time (medians of many attempts, interleaved, each from
// an address of its own so no slowdown applies); and guesses from one address never lock the member of staff out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, csrfFrom, drivers, median, startServer, type RunningServer } from './support.ts'

const FORCE = 'dyfed-powys'
const KNOWN = `handler@${FORCE}.example`
const PASSWORD = 'demo-password-1'
const ROUNDS = 15

for (const driver of drivers()) {
  describe(`staff sign-in on ${driver}`, () => {
    let server: RunningServer
    let host: string
    let address = 0
    // Each attempt from an address of its own (the server trusts X-Forwarded-For here, as behind a load balancer).
    const browser = () => new Browser(server.port, host, { 'x-forwarded-for': `198.51.100.${++address % 250}`, 'accept-language': 'en' })

    beforeAll(async () => {
      server = await startServer(driver, { TRUST_PROXY: '1', STAFF_SIGN_IN_RATE_LIMIT: '1000' })
      host = `${FORCE}.localhost:${server.port}`
    }, 180_000)
    afterAll(async () => {
      await server?.stop()
    })

    async function attempt(who: Browser, email: string, password: string) {
      const form = await who.send('/staff')
      const csrf = csrfFrom(form.body)
      const started = performance.now()
      const answer = await who.send('/staff', { csrf, next: '/staff/queue', email, password })
      return { ...answer, ms: performance.now() - started }
    }

    /** The page with what differs by design taken out: the email typed (shown back), the form's token and the
     * per-response nonce on inline scripts. */
    const normalised = (body: string, email: string) =>
      body
        .replaceAll(email, '<email>')
        .replace(/name="csrf" value="[^"]+"/g, 'name="csrf"')
        .replace(/nonce="[^"]+"/g, 'nonce')

    it('answers a wrong password and an unknown address alike: status, page and time within 20%', async () => {
      const known: number[] = []
      const unknown: number[] = []
      let knownPage = ''
      let unknownPage = ''
      // Warm both paths once (the first scrypt of a process, the first page render), then interleave.
      await attempt(browser(), KNOWN, 'warm-up-wrong')
      await attempt(browser(), `nobody-0@${FORCE}.example`, 'warm-up-wrong')
      for (let i = 1; i <= ROUNDS; i++) {
        const a = await attempt(browser(), KNOWN, `wrong-${i}`)
        const unknownEmail = `nobody-${i}@${FORCE}.example`
        const b = await attempt(browser(), unknownEmail, `wrong-${i}`)
        expect(a.status).toBe(401)
        expect(b.status).toBe(401)
        knownPage = normalised(a.body, KNOWN)
        unknownPage = normalised(b.body, unknownEmail)
        expect(unknownPage).toBe(knownPage)
        known.push(a.ms)
        unknown.push(b.ms)
      }
      const [k, u] = [median(known), median(unknown)]
      console.info(`[${driver}] sign-in refused in a median of ${k.toFixed(0)} ms (known account) and ${u.toFixed(0)} ms (unknown)`)
      expect(Math.abs(k - u) / Math.max(k, u)).toBeLessThan(0.2)
      expect(knownPage).toContain('The email address or password is not right')
    }, 300_000)

    it('slows and then refuses one address guessing at an account, while its member signs in from elsewhere', async () => {
      const guesser = browser()
      const statuses: number[] = []
      let last: Awaited<ReturnType<typeof attempt>> | undefined
      for (let i = 0; i < 6; i++) {
        last = await attempt(guesser, KNOWN, `guess-${i}`)
        statuses.push(last.status)
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
      expect(last!.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(last!.body).toContain('Too many attempts to sign in from here')
      // Even the right password is refused from that address for now…
      expect((await attempt(guesser, KNOWN, PASSWORD)).status).toBe(429)
      // …and an address with no account is throttled alike (nothing says whether the account exists).
      const other = browser()
      for (let i = 0; i < 5; i++) await attempt(other, `nobody-x@${FORCE}.example`, `guess-${i}`)
      expect((await attempt(other, `nobody-x@${FORCE}.example`, 'again')).status).toBe(429)
      // The member of staff, at their own desk, signs in as usual.
      const own = await attempt(browser(), KNOWN, PASSWORD)
      expect(own.status).toBe(302)
      expect(own.headers.get('location')).toBe('/staff/queue')
    }, 300_000)
  })
}
