import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateReference } from '@bluelamp/triage'
import type { Database } from '@bluelamp/db'
import { confirmationEmailPayload, createMailer, emailHandler, queueResumeEmail, redactEmailPayload, renderEmail, REDACTED, type Mailer } from './mail.server.ts'
import { createOutboxWorker } from '../delivery/outbox-worker.server.ts'
import { memoryDatabase, openDraft } from '../testing/support.server.ts'

let database: Database
let mailDir: string
beforeAll(async () => {
  database = await memoryDatabase()
  mailDir = await mkdtemp(join(tmpdir(), 'bluelamp-mail-'))
})
afterAll(async () => {
  await database.close()
  await rm(mailDir, { recursive: true, force: true })
})

const confirmation = (locale: string) => ({
  ...confirmationEmailPayload({ to: ' person@example.org ', forceName: 'Leicestershire Police', serviceName: 'Report a theft', trackUrl: 'https://leicestershire.example/track' }),
  locale,
  reference: 'LEI-26-7KQ4-XM',
})

async function submit(email: string) {
  const draft = await openDraft(database)
  return database.queries.submitReport('leicestershire', {
    draftId: draft.id,
    idempotencyKey: draft.idempotencyKey,
    generateReference: () => generateReference('LEI', crypto.getRandomValues(new Uint8Array(5)), 2026),
    serviceId: 'theft',
    serviceVersion: '1',
    answers: [{ questionId: 'what', question: 'What was stolen?', answer: 'My secret diary', value: 'My secret diary' }],
    outcome: { type: 'SUBMIT' },
    priority: 'low',
    priorityScore: 10,
    flags: [],
    rationale: [],
    contact: { anonymous: false, name: 'Sam Example', email },
    verification: { email },
    locale: 'en',
    emails: [confirmationEmailPayload({ to: email, forceName: 'Leicestershire Police', serviceName: 'Report a theft', trackUrl: 'http://leicestershire.localhost:3000/track' })],
  })
}

describe('rendering', () => {
  it('renders the confirmation in English: reference, next steps, track link, and no answers', async () => {
    const mail = await renderEmail(confirmation('en'))
    expect(mail.to).toBe('person@example.org')
    expect(mail.subject).toBe('Your report to Leicestershire Police: reference LEI-26-7KQ4-XM')
    expect(mail.text).toContain('Your reference number is LEI-26-7KQ4-XM')
    expect(mail.text).toContain('https://leicestershire.example/track')
    expect(mail.html).toMatch(/<html[^>]* lang="en"/)
    expect(mail.html).toContain('<h1')
    // The text part says what the HTML says: the heading in its own case, the link once, written out.
    expect(mail.text.split('\n')[0]).toBe('We have received your report')
    expect(mail.text.match(/https:\/\/leicestershire\.example\/track/g)).toHaveLength(1)
    expect(mail.text).not.toContain('<')
  })

  it('renders the confirmation and the resume email in Welsh', async () => {
    expect((await renderEmail(confirmation('cy'))).subject).toBe('Eich adroddiad i Leicestershire Police: cyfeirnod LEI-26-7KQ4-XM')
    expect((await renderEmail(confirmation('cy'))).html).toMatch(/<html[^>]* lang="cy"/)
    const resume = await renderEmail({ template: 'draft-resume', to: 'a@example.org', locale: 'cy', data: { forceName: 'Heddlu Dyfed-Powys', link: 'https://x.example/r/abc' } })
    expect(resume.subject).toBe('Parhau â’ch adroddiad i Heddlu Dyfed-Powys')
    expect(resume.text).toContain('https://x.example/r/abc')
  })

  it('escapes everything it puts into HTML', async () => {
    const mail = await renderEmail({ ...confirmation('en'), data: { forceName: '<script>x</script>', serviceName: 'a&b', trackUrl: 'https://e.example/track?a="b"' } })
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&lt;script&gt;')
    expect(mail.html).toContain('href="https://e.example/track?a=&quot;b&quot;"')
  })

  it('refuses payloads it cannot send for good (no retry will help)', async () => {
    await expect(renderEmail({ template: 'nope', to: 'a@example.org' })).rejects.toThrow(/bad email payload/)
    await expect(renderEmail({ template: 'report-confirmation', to: 'not-an-email', reference: 'X' })).rejects.toThrow(/bad email payload/)
    await expect(renderEmail({ template: 'report-confirmation', to: 'a@example.org', data: {} })).rejects.toThrow(/bad confirmation/)
  })
})

describe('redaction of finished rows', () => {
  const at = new Date('2026-03-20T10:00:00Z')
  it("replaces the resume link's token, keeping what was sent, to whom and in which language", async () => {
    const payload = { template: 'draft-resume', to: 'a@example.org', locale: 'cy', data: { forceName: 'Heddlu Dyfed-Powys', link: 'https://dyfed-powys.example/services/theft/resume/abcdefghijklmnopqrstuvwxyz0123456789' } }
    const redacted = redactEmailPayload(payload, at)!
    expect(redacted).toEqual({ ...payload, data: { forceName: 'Heddlu Dyfed-Powys', link: `https://dyfed-powys.example/services/theft/resume/${REDACTED}` }, redactedAt: at.toISOString() })
    expect(JSON.stringify(redacted)).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789')
    await expect(renderEmail(redacted)).rejects.toThrow(/redacted/)
  })

  it('drops a link of any other shape whole', () => {
    const odd = redactEmailPayload({ template: 'draft-resume', to: 'a@example.org', data: { forceName: 'F', link: 'https://x.example/r/secret?t=secret' } }, at)!
    expect(odd.data).toEqual({ forceName: 'F', link: REDACTED })
    expect(redactEmailPayload({ template: 'draft-resume', to: 'a@example.org' }, at)!.data).toEqual({ link: REDACTED })
  })

  it('keeps the confirmation and update emails as they are: their only link is the bare /track page', () => {
    expect(redactEmailPayload(confirmation('en'), at)).toBeUndefined()
    expect(redactEmailPayload({ template: 'report-update', to: 'a@example.org', reference: 'LEI-26-7KQ4-XM', data: { forceName: 'F', trackUrl: 'https://x.example/track' } }, at)).toBeUndefined()
  })
})

describe('the outbox worker', () => {
  it('sends the confirmation of a submitted report into MAIL_DIR and marks the row delivered; back-office rows are left alone', async () => {
    const { reference } = await submit('victim@example.org')
    const mailer = createMailer({ MAIL_DIR: mailDir, MAIL_FROM: 'bluelamp <no-reply@bluelamp.invalid>' })
    const worker = createOutboxWorker({ database, handlers: { email: emailHandler(mailer) } })
    expect(await worker.tick()).toBe(1)
    const files = await readdir(mailDir)
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(1)
    const json = JSON.parse(await readFile(join(mailDir, files.find((f) => f.endsWith('.json'))!), 'utf8'))
    expect(json.to).toBe('victim@example.org')
    expect(json.text).toContain(reference)
    expect(json.text).not.toContain('secret diary')
    const eml = await readFile(join(mailDir, files.find((f) => f.endsWith('.eml'))!), 'utf8')
    expect(eml).toMatch(/^Content-Type: multipart\/alternative/m)
    // From the force, not the platform.
    expect(eml).toMatch(/^From: Leicestershire Police <no-reply@leics\.police\.uk>$/m)
    expect(json.from).toBe('Leicestershire Police <no-reply@leics.police.uk>')
    const rows = await database.queries.listOutbox('leicestershire')
    expect(rows.find((r) => r.kind === 'email')!.status).toBe('delivered')
    expect(rows.find((r) => r.kind === 'backoffice')!.status).toBe('pending')
    mailer.close()
  })

  it('retries a failed send with backoff, then gives up into the dead-letter state', async () => {
    await queueResumeEmail(database, 'leicestershire', { to: 'later@example.org', link: 'http://leicestershire.localhost/r/t', locale: 'en', forceName: 'Leicestershire Police' })
    let calls = 0
    const broken: Mailer = {
      send: async () => {
        calls++
        throw new Error('connection refused')
      },
      close: () => {},
    }
    const worker = createOutboxWorker({ database, handlers: { email: emailHandler(broken) }, maxAttempts: 3, backoffMs: (n) => n * 1000 })
    const t0 = new Date()
    expect(await worker.tick(t0)).toBe(1)
    expect(await worker.tick(t0)).toBe(0) // not due again yet
    expect(await worker.tick(new Date(t0.getTime() + 1500))).toBe(1)
    expect(await worker.tick(new Date(t0.getTime() + 10_000))).toBe(1)
    expect(await worker.tick(new Date(t0.getTime() + 100_000))).toBe(0)
    expect(calls).toBe(3)
    const row = (await database.queries.listOutbox('leicestershire')).find((r) => (r.payload as { to?: string }).to === 'later@example.org')!
    expect(row.status).toBe('dead')
    expect(row.lastError).toBe('connection refused')
  })

  it('sends a Welsh email from the force’s Welsh name, and a force no longer served from MAIL_FROM', async () => {
    const sent: { to: string; from?: { name: string; address: string } }[] = []
    const recording: Mailer = { send: async (m) => void sent.push({ to: m.to, ...(m.from ? { from: m.from } : {}) }), close: () => {} }
    await queueResumeEmail(database, 'dyfed-powys', { to: 'cy@example.org', link: 'http://dyfed-powys.localhost/services/theft/resume/abcdefghijklmnopqrstuvwxyz', locale: 'cy', forceName: 'Heddlu Dyfed-Powys' })
    await queueResumeEmail(database, 'a-force-gone-since', { to: 'gone@example.org', link: 'http://x.localhost/services/theft/resume/abcdefghijklmnopqrstuvwxyz', locale: 'en', forceName: 'Gone Police' })
    const worker = createOutboxWorker({ database, handlers: { email: emailHandler(recording) } })
    await worker.tick(new Date(Date.now() + 1000))
    expect(sent).toContainEqual({ to: 'cy@example.org', from: { name: 'Heddlu Dyfed-Powys', address: 'no-reply@dyfed-powys.police.uk' } })
    expect(sent).toContainEqual({ to: 'gone@example.org' })
  })

  it('sends a bad payload straight to the dead letters', async () => {
    await database.queries.enqueueOutbox('leicestershire', { kind: 'email', idempotencyKey: 'bad-1', payload: { template: 'unknown', to: 'x@example.org' } })
    const sent: string[] = []
    const worker = createOutboxWorker({ database, handlers: { email: emailHandler({ send: async (m) => void sent.push(m.to), close: () => {} }) } })
    await worker.tick(new Date(Date.now() + 1000))
    const row = (await database.queries.listOutbox('leicestershire')).find((r) => r.idempotencyKey === 'bad-1')!
    expect(row.status).toBe('dead')
    expect(row.attempts).toBe(1)
    expect(sent).not.toContain('x@example.org')
  })
})
