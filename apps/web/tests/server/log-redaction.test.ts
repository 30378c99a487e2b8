// What the server writes about people: nothing. A person walks a report through the built server with a marker
// string in every field they type (names, emails, phone, free text, control characters that fail validation, a
// field no form has), in the query string, the path, the cookies and the headers; they save for later, track, and
// someone tries the back office and the API. Then no marker may appear anywhere in the server's captured log.
// The embedded database's files, and the emails, may be read by their owner only.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, csrfFrom, drivers, startServer, type RunningServer } from './support.ts'

const SERVICE = 'general-enquiry'
const q = (id: string) => `/services/${SERVICE}/questions/${id}`

// Each marker is a string no code would ever print by itself.
const M = {
  query: 'mkqueryzqxv',
  extraField: 'mkextrafieldzqxv',
  message: 'Mkmessagezqxv the bike was taken from the shed',
  messageNul: 'mkmessagenulzqxv',
  name: 'Mknamezqxv Smith',
  nameNul: 'mknamenulzqxv',
  email: 'mkemailzqxv@example.com',
  phone: '07700900731',
  saveEmail: 'mksaveemailzqxv@example.com',
  trackProof: 'mktrackproofzqxv@example.com',
  trackNul: 'mktracknulzqxv',
  staffEmail: 'mkstaffzqxv@example.com',
  staffPassword: 'mkpasswordzqxv',
  apiKey: 'blk_mkapikeyzqxv',
  userAgent: 'mkuseragentzqxv',
  referer: 'mkrefererzqxv',
  cookie: 'mkcookiezqxv',
  resumeToken: 'mkresumetokenzqxv',
}

for (const driver of drivers()) {
  describe(`the log on ${driver}`, () => {
    let server: RunningServer
    let host: string
    beforeAll(async () => {
      server = await startServer(driver)
      host = `leicestershire.localhost:${server.port}`
    }, 180_000)
    afterAll(async () => {
      await server?.stop()
    })

    it('never holds what a person typed, sent or carried, even when their answers fail', async () => {
      const person = new Browser(server.port, host, { 'user-agent': M.userAgent, referer: `https://${M.referer}.example/` })
      person.cookies.set('marker', M.cookie)
      const first = await person.send(`${q('topic')}?utm=${M.query}`)
      expect(first.status).toBe(200)
      let csrf = csrfFrom(first.body)
      expect((await person.send(q('topic'), { csrf, question: 'topic', topic: 'other', [M.extraField]: M.extraField })).status).toBe(302)

      // Control characters are a field error (never a database error), and the page keeps what was typed.
      const nul = await person.send(q('message'), { csrf, question: 'message', message: `${M.messageNul}\u0000\u001b[2J` })
      expect(nul.status).toBe(400)
      expect(nul.body).toContain('Remove the hidden characters from this answer')
      expect(nul.body).toContain(M.messageNul)
      expect((await person.send(q('message'), { csrf, question: 'message', message: M.message })).status).toBe(302)

      // Saved for later: the resume email goes to the mail folder, never the log.
      const save = await person.send(`/services/${SERVICE}/save`)
      csrf = csrfFrom(save.body)
      expect((await person.send(`/services/${SERVICE}/save`, { csrf, email: M.saveEmail })).status).toBe(200)

      const badContact = await person.send(q('contact'), { csrf, question: 'contact', 'contact-name': `${M.nameNul}\u0000`, 'contact-email': M.email, 'contact-phone': M.phone })
      expect(badContact.status).toBe(400)
      expect(badContact.body).toContain('Remove the hidden characters from this answer')
      expect((await person.send(q('contact'), { csrf, question: 'contact', 'contact-name': M.name, 'contact-email': M.email, 'contact-phone': M.phone })).status).toBe(302)

      const check = await person.send(`/services/${SERVICE}/check-answers`)
      csrf = csrfFrom(check.body)
      const sent = await person.send(`/services/${SERVICE}/check-answers`, { csrf, website: '' })
      expect(sent.status).toBe(302)
      const confirmation = await person.send(`/services/${SERVICE}/confirmation`)
      const reference = /\b[A-Z]{3}-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}\b/.exec(confirmation.body)?.[0]
      expect(reference).toBeDefined()

      // Tracking with a wrong email, and with a control character.
      const track = await person.send('/track')
      csrf = csrfFrom(track.body)
      expect((await person.send('/track', { csrf, reference: reference!, proof: M.trackProof })).status).toBeLessThan(500)
      expect((await person.send('/track', { csrf, reference: reference!, proof: `${M.trackNul}\u0000` })).status).toBeLessThan(500)
      expect((await person.send(`/track?x=%00${M.query}`)).status).toBe(200)

      // A resume link with a made-up token, the back office with a made-up account, the API with a made-up key.
      expect((await person.send(`/services/${SERVICE}/resume/${M.resumeToken}`)).status).toBeLessThan(500)
      const staff = await person.send('/staff')
      const staffCsrf = csrfFrom(staff.body)
      expect((await person.send('/staff', { csrf: staffCsrf, email: M.staffEmail, password: M.staffPassword, next: `/staff/queue?q=${M.query}` })).status).toBe(401)
      expect((await person.send('/staff', { csrf: staffCsrf, email: `${M.staffEmail}\u0000`, password: M.staffPassword })).status).toBe(401)
      expect((await person.send('/api/v1/reports', undefined, { authorization: `Bearer ${M.apiKey}` })).status).toBe(401)
      // And a form posted from elsewhere, which is refused before anything in it is looked at.
      expect((await person.send(q('message'), { csrf: 'forged', question: 'message', message: M.message })).status).toBe(403)

      // Give the outbox worker time to send the emails (and log that it did), then read the log.
      await new Promise((r) => setTimeout(r, 3000))
      const log = server.log()
      expect(log.length).toBeGreaterThan(0)
      for (const [field, marker] of Object.entries(M)) expect(log, `${field} reached the log`).not.toContain(marker)
      expect(log).not.toMatch(/params:|Failed query:/)
    }, 180_000)

    it.runIf(driver === 'pglite')('keeps the data folder and the emails private to their owner (0700 folders, 0600 files)', () => {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [join(dir, e.name), ...walk(join(dir, e.name))] : [join(dir, e.name)]))
      expect(statSync(server.dataDir).mode & 0o777).toBe(0o700)
      const files = [...walk(server.dataDir), ...walk(server.mailDir)]
      expect(files.length).toBeGreaterThan(10)
      const open = files.filter((f) => (statSync(f).mode & 0o077) !== 0)
      expect(open).toEqual([])
    })
  })
}
