// Two app processes on one Postgres database, on ports of their own with data and mail folders of their own, as two
// machines behind a load balancer would be: a report started on one is finished on the other, a file uploaded through
// one is downloaded by the force's staff through the other (byte for byte, from the database), and every email the
// report causes is sent once, though both processes run an outbox worker. Postgres only: the embedded database is one
// process's by design, so this suite needs DATABASE_URL (as CI sets it).
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScratchDatabase, type ScratchDatabase } from '@bluelamp/db/testing'
import { Browser, csrfFrom, startServer, type RunningServer } from './support.ts'

const FORCE = 'leicestershire'
const SERVICE = 'theft'
const q = (id: string) => `/services/${SERVICE}/questions/${id}`
const SHARED = { SESSION_SECRET: 'two-instances-share-this-secret-0123456789abcdef', OUTBOX_WORKER: '1' }

/** The theft answers as form fields, up to the evidence question and after it. */
const BEFORE_EVIDENCE: [string, [string, string][]][] = [
  ['danger', [['danger', 'no']]],
  ['happening-now', [['happening-now', 'no']]],
  ['how', [['how', 'taken']]],
  ['for-business', [['for-business', 'no']]],
  ['stolen', [['stolen', 'phone'], ['stolen', 'bag-or-wallet']]],
  ['value', [['value', '100-to-1000']]],
  ['postcode', [['postcode', 'LE1 6TH']]],
  ['where', [['where', 'Outside the library on the High Street']]],
  ['when', [['when-day', '20'], ['when-month', '3'], ['when-year', '2026'], ['when-time', 'evening']]],
  ['victim-age', [['victim-age', '18-to-64']]],
  ['disability', [['disability', 'no']]],
  ['repeat', [['repeat', 'no']]],
  ['suspect-known', [['suspect-known', 'no']]],
  ['suspect-description', [['suspect-description-age', 'About 30']]],
  ['evidence', [['evidence', 'dashcam']]],
]
const AFTER_EVIDENCE: [string, [string, string][]][] = [
  ['details', [['details', 'My phone and wallet were taken from my bag while I waited at the bus stop.']]],
  ['contact', [['contact-name', 'Sam Jones'], ['contact-email', 'sam@example.com']]],
]

/** Answers whatever question the journey is on, from `answers`, until it reaches `until` (or leaves the questions). */
async function answer(person: Browser, answers: [string, [string, string][]][], until: string | null): Promise<string> {
  let path = q(answers[0]![0])
  for (let guard = 0; guard < 30; guard++) {
    const page = await person.send(path)
    expect(page.status, `GET ${path}`).toBe(200)
    const id = /name="question" value="([^"]+)"/.exec(page.body)?.[1]
    if (!id || id === until) return path
    const fields = answers.find(([question]) => question === id)?.[1]
    if (!fields) throw new Error(`no answer for question ${id}`)
    const sent = await person.send(path, [['csrf', csrfFrom(page.body)], ['question', id], ...fields])
    expect(sent.status, `question ${id} was accepted`).toBe(302)
    path = new URL(sent.headers.get('location')!, 'http://x').pathname
  }
  throw new Error('the journey did not end')
}

const jsonEmails = (server: RunningServer) =>
  readdirSync(server.mailDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(server.mailDir, name), 'utf8')) as { id: string; to: string; subject: string; text: string })

const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)
  } catch {
    return []
  }
}

describe.runIf(Boolean(process.env.DATABASE_URL))('two app processes on one Postgres database', () => {
  let scratch: ScratchDatabase
  let db: pg.Client
  let one: RunningServer
  let two: RunningServer
  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL!, { prefix: 'bluelamp_srv_', staleSeconds: 3600 })
    // One after the other, as a rolling deployment brings them up: the first migrates, the second finds it done.
    one = await startServer('postgres', { ...SHARED, DATABASE_URL: scratch.databaseUrl })
    two = await startServer('postgres', { ...SHARED, DATABASE_URL: scratch.databaseUrl })
    db = new pg.Client({ connectionString: scratch.databaseUrl })
    await db.connect()
  }, 300_000)
  afterAll(async () => {
    await db?.end()
    await one?.stop()
    await two?.stop()
    await scratch?.drop()
  })

  it('finishes on one a report started on the other, serves its evidence through either, and sends each email once', async () => {
    expect(one.port).not.toBe(two.port)
    // The person's browser talks to the first machine, then the load balancer sends it to the second.
    const onOne = new Browser(one.port, `${FORCE}.localhost:${one.port}`)
    const atEvidence = await answer(onOne, BEFORE_EVIDENCE, 'evidence-files')
    expect(atEvidence).toBe(q('evidence-files'))

    // Dashcam footage, stored as sent: an MP4 header and three and a bit chunks of the database store.
    const video = Buffer.concat([Buffer.from('\x00\x00\x00\x20ftypisom\x00\x00\x02\x00', 'latin1'), randomBytes(3 * 256 * 1024 + 4321)])
    const form = await onOne.send(q('evidence-files'))
    const uploaded = await onOne.upload(q('evidence-files'), { csrf: csrfFrom(form.body), question: 'evidence-files' }, { field: 'files', filename: 'dashcam.mp4', type: 'video/mp4', bytes: video })
    expect(uploaded.status, uploaded.body.slice(0, 500)).toBe(302)
    // The file is in the database, not on the first machine's disk.
    expect(filesUnder(join(one.dataDir, 'uploads'))).toEqual([])

    const onTwo = new Browser(two.port, `${FORCE}.localhost:${two.port}`)
    onTwo.cookies = new Map(onOne.cookies)
    // The second machine knows the draft: its evidence page lists the file uploaded through the first.
    expect((await onTwo.send(q('evidence-files'))).body).toContain('dashcam.mp4')
    await answer(onTwo, AFTER_EVIDENCE, null)
    const check = await onTwo.send(`/services/${SERVICE}/check-answers`)
    expect(check.status).toBe(200)
    expect(check.body).toContain('1 file attached')
    const declaration = await onTwo.send(`/services/${SERVICE}/declaration`)
    expect(declaration.status).toBe(200)
    const sent = await onTwo.send(`/services/${SERVICE}/declaration`, { csrf: csrfFrom(declaration.body), 'declaration-agree': 'yes', website: '' })
    expect(sent.status).toBe(302)
    const confirmation = await onTwo.send(`/services/${SERVICE}/confirmation`)
    const reference = /\b[A-Z]{3}-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}\b/.exec(confirmation.body)?.[0]
    expect(reference, confirmation.body.slice(0, 500)).toBeDefined()

    const { rows: reports } = await db.query<{ id: string }>('select id from reports where reference = $1', [reference])
    expect(reports).toHaveLength(1)
    const reportId = reports[0]!.id
    const { rows: files } = await db.query<{ id: string; sha256: string; size_bytes: number }>('select id, sha256, size_bytes from evidence where report_id = $1', [reportId])
    expect(files).toHaveLength(1)
    expect(files[0]).toMatchObject({ sha256: createHash('sha256').update(video).digest('hex'), size_bytes: video.length })

    // A handler signs in on the second machine and downloads the file uploaded through the first.
    const handler = new Browser(two.port, `${FORCE}.localhost:${two.port}`)
    const signIn = await handler.send('/staff')
    const signedIn = await handler.send('/staff', { csrf: csrfFrom(signIn.body), next: '/staff/queue', email: `handler@${FORCE}.example`, password: 'demo-password-1' })
    expect(signedIn.status).toBe(302)
    const report = await handler.send(`/staff/reports/${reportId}`)
    expect(report.status).toBe(200)
    expect(report.body).toContain(`/staff/reports/${reportId}/evidence/${files[0]!.id}`)
    const download = await handler.send(`/staff/reports/${reportId}/evidence/${files[0]!.id}`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('video/mp4')
    expect(download.headers.get('content-disposition')).toContain('attachment')
    expect(download.bytes.equals(video)).toBe(true)
    // And through the first machine too: neither has the file on disk.
    const handlerOnOne = new Browser(one.port, `${FORCE}.localhost:${one.port}`)
    handlerOnOne.cookies = new Map(handler.cookies)
    expect((await handlerOnOne.send(`/staff/reports/${reportId}/evidence/${files[0]!.id}`)).bytes.equals(video)).toBe(true)
    expect([...filesUnder(join(one.dataDir, 'uploads')), ...filesUnder(join(two.dataDir, 'uploads'))]).toEqual([])

    // Both workers poll the one outbox: every email (this database has only this report's) is delivered, each on one
    // attempt, and written once between the two mail folders.
    const deadline = Date.now() + 60_000
    let outbox: { id: string; status: string; attempts: number }[] = []
    for (;;) {
      outbox = (await db.query('select id, status, attempts from outbox where kind = $1', ['email'])).rows
      if (outbox.length > 0 && outbox.every((row) => row.status === 'delivered')) break
      if (Date.now() > deadline) throw new Error(`the outbox was not delivered: ${JSON.stringify(outbox)}`)
      await new Promise((r) => setTimeout(r, 250))
    }
    // Give both workers a few more polls, in which a second delivery would show.
    await new Promise((r) => setTimeout(r, 4000))
    outbox = (await db.query('select id, status, attempts from outbox where kind = $1', ['email'])).rows
    expect(outbox.every((row) => row.status === 'delivered' && row.attempts === 1)).toBe(true)
    const emails = [...jsonEmails(one), ...jsonEmails(two)]
    expect(emails.length).toBe(outbox.length)
    expect(new Set(emails.map((email) => email.id)).size).toBe(emails.length)
    expect(emails.map((email) => email.to)).toContain('sam@example.com')
  }, 300_000)
})
