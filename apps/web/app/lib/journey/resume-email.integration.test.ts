// "Save and come back later" end to end at the app level, on each database driver: the save page queues the resume
// email, the outbox worker sends it, and the row that stays in the outbox no longer holds the draft's token once
// the email is delivered or given up on, while a row waiting for a retry still does. The link in the email works,
// and neither the token nor the link reaches the logs.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AppLoadContext } from '@remix-run/node'
import { outbox, type Database, type OutboxRow } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { eq } from 'drizzle-orm'
import { parseEnv } from '../platform/env.server.ts'
import { resolveSite } from '../site/site.server.ts'
import { setSigningSecret, sign } from '../security/secrets.server.ts'
import { questionAction } from './question.server.ts'
import { resumeAction, resumeLoader, saveAction } from './start.server.ts'
import { emailHandler, REDACTED, RESUME_TEMPLATE, type Mailer, type RenderedEmail } from '../mail/mail.server.ts'
import { createOutboxWorker, type OutboxWorker } from '../delivery/outbox-worker.server.ts'
import { logger } from '../platform/logger.server.ts'

const CSRF_SECRET = 'resume-test-csrf-secret-0123456789abcdefghi' // 43 characters, as issued
const HOST = 'leicestershire.localhost'

/** A browser with a cookie jar that calls loaders and actions the way Remix does. */
class Browser {
  cookies = new Map<string, string>([['bl_csrf', CSRF_SECRET]])
  constructor(private context: AppLoadContext) {}

  /** A GET, or with `fields` a form POST carrying the CSRF token. */
  request(path: string, fields?: Record<string, string>) {
    const headers = new Headers({ cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') })
    if (!fields) return new Request(`http://${HOST}${path}`, { headers })
    const body = new URLSearchParams({ csrf: sign('csrf', CSRF_SECRET), ...fields })
    headers.set('content-type', 'application/x-www-form-urlencoded')
    return new Request(`http://${HOST}${path}`, { method: 'POST', headers, body })
  }

  /** The draft token this browser holds for the theft service (Remix cookies are base64 JSON). */
  draftToken(): string | undefined {
    const raw = this.cookies.get('draft-theft')
    return raw ? (JSON.parse(Buffer.from(decodeURIComponent(raw), 'base64').toString('utf8')) as string) : undefined
  }

  async call(fn: (args: never) => Promise<unknown>, request: Request, params: Record<string, string>): Promise<unknown> {
    let result: unknown
    try {
      result = await fn({ request, context: this.context, params } as never)
    } catch (error) {
      result = error
    }
    if (result instanceof Response) {
      for (const header of result.headers.getSetCookie()) {
        const [name, ...value] = header.split(';')[0]!.split('=')
        this.cookies.set(name!, value.join('='))
      }
    }
    return result
  }

  /** Answers the first question (so there is a draft) and asks for the resume email. */
  async saveFor(email: string) {
    const answered = await this.call(questionAction, this.request('/services/theft/questions/danger', { question: 'danger', danger: 'no' }), {
      serviceId: 'theft',
      questionId: 'danger',
    })
    expect((answered as Response).status).toBe(302)
    const saved = (await this.call(saveAction, this.request('/services/theft/save', { email }), { serviceId: 'theft' })) as { data: { sentTo: string | null } }
    expect(saved.data.sentTo).toBe(email)
  }
}

function contextFor(database: Database): AppLoadContext {
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: '/tmp/bluelamp-resume-test' })
  return {
    env,
    site: resolveSite({ get: (name) => (name.toLowerCase() === 'host' ? HOST : null) }, env),
    cspNonce: '',
    services: { env, database },
    clientIp: '127.0.0.1',
    csrfSecret: CSRF_SECRET,
  } as AppLoadContext
}

/** A mailer that keeps what it sends, failing the first `failures` sends (a transient fault, e.g. SMTP down). */
function recordingMailer(failures = 0) {
  const sent: (RenderedEmail & { to: string })[] = []
  let calls = 0
  const mailer: Mailer = {
    async send(message) {
      calls++
      if (calls <= failures) throw new Error('connect ECONNREFUSED 127.0.0.1:25')
      sent.push(message)
    },
    close: () => {},
  }
  return { mailer, sent, calls: () => calls }
}

const LINK = /https?:\/\/\S+\/services\/theft\/resume\/([A-Za-z0-9_-]{20,100})/

for (const driver of testDrivers()) {
  describe(`resume links in the outbox on ${driver.name}`, () => {
    let database: Database
    let context: AppLoadContext
    /** Everything logged through the server logger and the console while a test runs. */
    let logged: string[]
    beforeAll(async () => {
      setSigningSecret('a test signing secret of at least thirty-two characters')
      database = await driver.create()
      context = contextFor(database)
    })
    afterAll(() => database.close())
    beforeAll(() => {
      logged = []
      const keep = (...args: unknown[]) => void logged.push(JSON.stringify(args, (_k, v: unknown) => (v instanceof Error ? `${v.message}\n${v.stack}` : v)))
      for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) vi.spyOn(logger, level).mockImplementation(keep as never)
      for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation(keep)
    })
    afterEach(() => {
      logged.length = 0
    })
    afterAll(() => vi.restoreAllMocks())

    async function rowFor(to: string): Promise<OutboxRow> {
      const rows = await database.db.select().from(outbox).where(eq(outbox.tenantId, 'leicestershire'))
      const row = rows.find((r) => r.payload.template === RESUME_TEMPLATE && r.payload.to === to)
      expect(row, `outbox row for ${to}`).toBeDefined()
      return row!
    }

    const worker = (mailer: Mailer, options: { maxAttempts?: number } = {}): OutboxWorker =>
      createOutboxWorker({ database, handlers: { email: emailHandler(mailer) }, backoffMs: () => 1000, ...options })

    it('after delivery the row no longer holds the token, and the delivered email held a link that works', async () => {
      const browser = new Browser(context)
      await browser.saveFor('resume-delivered@example.org')
      const queued = await rowFor('resume-delivered@example.org')
      const token = LINK.exec(String((queued.payload.data as { link: string }).link))![1]!
      expect(browser.draftToken()).toBe(token)

      const { mailer, sent } = recordingMailer()
      await worker(mailer).tick(new Date(Date.now() + 1000))
      expect(sent).toHaveLength(1)
      const [, emailed] = LINK.exec(sent[0]!.text)!
      expect(emailed).toBe(token)
      expect(sent[0]!.html).toContain(`/services/theft/resume/${token}`)

      const done = await rowFor('resume-delivered@example.org')
      expect(done.status).toBe('delivered')
      expect(done.deliveredAt).toBeInstanceOf(Date)
      expect(JSON.stringify(done)).not.toContain(token)
      // What was sent, to whom, in which language and when stays readable.
      expect(done.payload).toMatchObject({
        template: RESUME_TEMPLATE,
        to: 'resume-delivered@example.org',
        locale: 'en',
        data: { forceName: expect.any(String), link: `http://${HOST}/services/theft/resume/${REDACTED}` },
        redactedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      })

      // The emailed link, opened in another browser, picks the draft up where it was.
      const elsewhere = new Browser(context)
      const opened = (await elsewhere.call(resumeLoader, elsewhere.request(`/services/theft/resume/${emailed}`), { serviceId: 'theft', token: emailed! })) as Response
      expect(opened.status).toBe(302)
      expect(opened.headers.get('location')).toBe('/services/theft/questions/happening-now')
      expect(elsewhere.draftToken()).toBe(token)

      // A redacted row sent again (an admin re-queue) is a dead letter at once, never an email with a broken link.
      await database.db.update(outbox).set({ status: 'dead' }).where(eq(outbox.id, done.id))
      expect(await database.queries.requeueDeadOutbox('leicestershire', done.id)).toBe(true)
      const again = recordingMailer()
      await worker(again.mailer).tick(new Date(Date.now() + 1000))
      expect(again.calls()).toBe(0)
      expect(await rowFor('resume-delivered@example.org')).toMatchObject({ status: 'dead', lastError: expect.stringMatching(/redacted/) })

      expect(logged.join('\n')).not.toContain(token)
    })

    it('a retry after a transient failure still has the link, until it is delivered', async () => {
      const browser = new Browser(context)
      await browser.saveFor('resume-retry@example.org')
      const token = LINK.exec(String(((await rowFor('resume-retry@example.org')).payload.data as { link: string }).link))![1]!

      const { mailer, sent, calls } = recordingMailer(1)
      const w = worker(mailer)
      const t0 = new Date(Date.now() + 1000)
      expect(await w.tick(t0)).toBe(1)
      expect(calls()).toBe(1)
      const waiting = await rowFor('resume-retry@example.org')
      expect(waiting.status).toBe('pending')
      expect(waiting.lastError).toMatch(/ECONNREFUSED/)
      expect((waiting.payload.data as { link: string }).link).toContain(`/resume/${token}`)
      expect(waiting.payload.redactedAt).toBeUndefined()

      expect(await w.tick(new Date(t0.getTime() + 5000))).toBe(1)
      expect(sent).toHaveLength(1)
      expect(LINK.exec(sent[0]!.text)![1]).toBe(token)
      const done = await rowFor('resume-retry@example.org')
      expect(done.status).toBe('delivered')
      expect(JSON.stringify(done)).not.toContain(token)

      expect(logged.join('\n')).not.toContain(token)
    })

    it('a row given up on (a dead letter) no longer holds the token either', async () => {
      const browser = new Browser(context)
      await browser.saveFor('resume-dead@example.org')
      const token = LINK.exec(String(((await rowFor('resume-dead@example.org')).payload.data as { link: string }).link))![1]!

      const { mailer, sent } = recordingMailer(Number.POSITIVE_INFINITY)
      const w = worker(mailer, { maxAttempts: 2 })
      const t0 = new Date(Date.now() + 1000)
      await w.tick(t0)
      expect((await rowFor('resume-dead@example.org')).payload.data).toMatchObject({ link: expect.stringContaining(token) })
      await w.tick(new Date(t0.getTime() + 5000))
      expect(sent).toHaveLength(0)
      const dead = await rowFor('resume-dead@example.org')
      expect(dead.status).toBe('dead')
      expect(dead.attempts).toBe(2)
      expect(JSON.stringify(dead)).not.toContain(token)
      expect(dead.payload).toMatchObject({ template: RESUME_TEMPLATE, to: 'resume-dead@example.org', redactedAt: expect.any(String) })

      expect(logged.join('\n')).not.toContain(token)
    })

    it('another method on the resume link is refused without the link reaching the logs', async () => {
      const browser = new Browser(context)
      await browser.saveFor('resume-post@example.org')
      const token = LINK.exec(String(((await rowFor('resume-post@example.org')).payload.data as { link: string }).link))![1]!
      const posted = (await browser.call(resumeAction, browser.request(`/services/theft/resume/${token}`, {}), { serviceId: 'theft', token })) as Response
      expect(posted.status).toBe(405)
      expect(posted.headers.get('allow')).toBe('GET, HEAD')
      expect(logged.join('\n')).not.toContain(token)
    })
  })
}
