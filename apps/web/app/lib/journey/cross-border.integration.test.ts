// A report made on Leicestershire's site about another force's area, through the app's own loaders and actions, on
// each database driver: the person is told which force will receive it and why, keeps every answer, and the report is
// stored under the receiving force with that force's reference, in its queue and not Leicestershire's, with its
// email from that force. A district on a border asks which force area it happened in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { drafts, outbox, reports, type Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { FORCE_AREA_QUESTION } from '@bluelamp/triage'
import { checkAnswersLoader, confirmationLoader, submitAction, type CheckAnswersData, type ConfirmationData } from './submit.server.ts'
import { questionAction, questionLoader, type QuestionPageData } from './question.server.ts'
import { receivingForceLoader, type ReceivingForcePageData } from './view.server.ts'
import { emailHandler, type Mailer } from '../mail/mail.server.ts'
import { setSigningSecret } from '../security/secrets.server.ts'
import { staffData } from '../staff/data.server.ts'
import { contextFor, dataOf, location, statusOf, TestBrowser, theftForm } from '../testing/browser.server.ts'
import { createOutboxWorker } from '../delivery/outbox-worker.server.ts'

const answers = (postcode: string) => theftForm(postcode)

/** Answers each question the app sends the browser to, reading the page about the receiving force on the way. */
async function walk(browser: TestBrowser, given: Record<string, Record<string, string | string[]>>) {
  let path = '/services/theft/questions/danger'
  const receivingPages: ReceivingForcePageData[] = []
  const asked: string[] = []
  for (let guard = 0; guard < 40; guard++) {
    const url = new URL(path, `http://${browser.host}`)
    if (url.pathname.startsWith('/services/theft/questions/')) {
      const id = decodeURIComponent(url.pathname.slice('/services/theft/questions/'.length))
      const fields = given[id]
      if (!fields) break
      asked.push(id)
      const response = await browser.post(questionAction, url.pathname, { question: id, ...fields }, { serviceId: 'theft', questionId: id })
      expect(statusOf(response), `question ${id}`).toBe(302)
      path = location(response)!
    } else if (url.pathname === '/services/theft/receiving-force') {
      const page = dataOf<ReceivingForcePageData>(await browser.get(receivingForceLoader, path, { serviceId: 'theft' }))
      receivingPages.push(page)
      path = page.next
    } else break
  }
  return { path, asked, receivingPages }
}

for (const driver of testDrivers()) {
  describe(`reports for another force on ${driver.name}`, () => {
    let database: Database
    beforeAll(async () => {
      setSigningSecret('a test signing secret of at least thirty-two characters')
      database = await driver.create()
    })
    afterAll(() => database.close())

    const leicestershire = () => new TestBrowser(contextFor(database, 'leicestershire.localhost'), 'leicestershire.localhost')

    it('sends a Leicestershire report about Manchester to Greater Manchester Police, with its reference, queue and email', async () => {
      const browser = leicestershire()
      const { path, asked, receivingPages } = await walk(browser, answers('M1 1AE'))
      expect(path).toBe('/services/theft/check-answers')
      // Told once, right after the postcode, which force and why; then on with every question.
      expect(receivingPages).toHaveLength(1)
      expect(receivingPages[0]).toMatchObject({
        routing: { force: 'Greater Manchester Police', changeText: 'postcode', changeHref: '/services/theft/questions/postcode?change=1' },
        next: '/services/theft/questions/when',
      })
      expect(receivingPages[0]!.routing.why).toContain('M1 1AE is in the Greater Manchester Police area')
      expect(asked.slice(asked.indexOf('postcode'))).toEqual(['postcode', 'when', 'victim-age', 'disability', 'repeat', 'suspect-known', 'suspect-description', 'evidence', 'details', 'contact'])

      const check = dataOf<CheckAnswersData>(await browser.get(checkAnswersLoader, '/services/theft/check-answers', { serviceId: 'theft' }))
      expect(check.routing?.force).toBe('Greater Manchester Police')
      const sent = await browser.post(submitAction, '/services/theft/declaration', { 'declaration-agree': 'yes' }, { serviceId: 'theft' })
      expect(location(sent)).toBe('/services/theft/confirmation')

      const confirmation = dataOf<ConfirmationData>(await browser.get(confirmationLoader, '/services/theft/confirmation', { serviceId: 'theft' }))
      expect(confirmation.reference).toMatch(/^GMP-\d{2}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/)
      expect(confirmation.forceName).toBe('Greater Manchester Police')
      expect(confirmation.receivedElsewhere).toEqual({ trackUrl: 'http://greater-manchester.localhost/track' })
      expect(confirmation.rows?.find((r) => r.questionId === 'details')?.answer).toBe('My phone was taken from my pocket on Market Street.')

      const [report] = await database.db.select().from(reports).where(eq(reports.reference, confirmation.reference))
      expect(report).toMatchObject({ tenantId: 'greater-manchester', transferredFromTenant: 'leicestershire', status: 'received', locale: 'en' })
      expect(report!.outcome).toMatchObject({ type: 'SUBMIT', route: { forceId: 'greater-manchester', postcode: 'M1 1AE' } })
      const staff = staffData(database)
      const gmp = await staff.listQueue('greater-manchester')
      expect(gmp.rows.find((r) => r.reference === confirmation.reference)).toMatchObject({ transferredFromTenant: 'leicestershire' })
      expect((await staff.listQueue('leicestershire')).rows.map((r) => r.reference)).not.toContain(confirmation.reference)
      const detail = await staff.getReportDetail('greater-manchester', report!.id)
      expect(detail?.events[0]).toMatchObject({ kind: 'submitted', body: { from: 'leicestershire', to: 'greater-manchester' } })
      expect(await staff.getReportDetail('leicestershire', report!.id)).toBeNull()

      // The draft stays Leicestershire's, closed; a second send of it gives the same report.
      const [draft] = await database.db.select().from(drafts).where(eq(drafts.submittedReportId, report!.id))
      expect(draft!.tenantId).toBe('leicestershire')
      expect(location(await browser.post(submitAction, '/services/theft/declaration', { 'declaration-agree': 'yes' }, { serviceId: 'theft' }))).toBe('/services/theft/confirmation')
      expect(await database.db.select().from(reports).where(eq(reports.idempotencyKey, report!.idempotencyKey))).toHaveLength(1)

      // The confirmation email is Greater Manchester Police's: its row, its name, its site, its sender.
      const [email] = await database.db.select().from(outbox).where(eq(outbox.reportId, report!.id)).then((rows) => rows.filter((r) => r.kind === 'email'))
      expect(email).toMatchObject({ tenantId: 'greater-manchester', payload: { data: { forceName: 'Greater Manchester Police', trackUrl: 'http://greater-manchester.localhost/track' } } })
      const sentMail: Parameters<Mailer['send']>[0][] = []
      const worker = createOutboxWorker({ database, handlers: { email: emailHandler({ send: async (m) => void sentMail.push(m), close: () => {} }) } })
      await worker.tick(new Date(Date.now() + 1000))
      const mine = sentMail.find((m) => m.text.includes(confirmation.reference))!
      expect(mine.from).toEqual({ name: 'Greater Manchester Police', address: 'no-reply@gmp.police.uk' })
      expect(mine.subject).toContain('Greater Manchester Police')
    })

    it('asks which force area for a district on a border, and sends it to the one chosen', async () => {
      const browser = leicestershire()
      const given = answers('LE12 9AA')
      const first = await walk(browser, given)
      expect(first.path).toBe(`/services/theft/questions/${FORCE_AREA_QUESTION}`)
      const page = dataOf<QuestionPageData>(await browser.get(questionLoader, first.path, { serviceId: 'theft', questionId: FORCE_AREA_QUESTION }))
      expect(page.question).toMatchObject({ id: FORCE_AREA_QUESTION, type: 'single-choice' })
      const options = 'options' in page.question ? page.question.options : []
      expect(options.map((o) => o.value)).toEqual(['leicestershire', 'nottinghamshire', 'not-sure'])
      expect(options[1]!.hint?.en).toContain('Covers parts of')

      // Nothing chosen, or a force that is not on this border: the error, and nothing saved.
      const empty = await browser.post(questionAction, first.path, { question: FORCE_AREA_QUESTION }, { serviceId: 'theft', questionId: FORCE_AREA_QUESTION })
      expect(statusOf(empty)).toBe(400)
      const wrong = await browser.post(questionAction, first.path, { question: FORCE_AREA_QUESTION, [FORCE_AREA_QUESTION]: 'greater-manchester' }, { serviceId: 'theft', questionId: FORCE_AREA_QUESTION })
      expect(statusOf(wrong)).toBe(400)

      const rest = await walk(browser, { ...given, [FORCE_AREA_QUESTION]: { [FORCE_AREA_QUESTION]: 'nottinghamshire' } })
      expect(rest.receivingPages.map((p) => [p.routing.force, p.routing.changeText])).toEqual([['Nottinghamshire Police', 'area']])
      expect(rest.path).toBe('/services/theft/check-answers')
      const check = dataOf<CheckAnswersData>(await browser.get(checkAnswersLoader, '/services/theft/check-answers', { serviceId: 'theft' }))
      expect(check.rows.map((r) => r.questionId).slice(6, 8)).toEqual(['postcode', FORCE_AREA_QUESTION])
      expect(check.rows.find((r) => r.questionId === FORCE_AREA_QUESTION)?.answer).toBe('Nottinghamshire Police')
      await browser.post(submitAction, '/services/theft/declaration', { 'declaration-agree': 'yes' }, { serviceId: 'theft' })
      const confirmation = dataOf<ConfirmationData>(await browser.get(confirmationLoader, '/services/theft/confirmation', { serviceId: 'theft' }))
      expect(confirmation.reference).toMatch(/^NOT-/)
      expect(confirmation.forceName).toBe('Nottinghamshire Police')
      const [report] = await database.db.select().from(reports).where(eq(reports.reference, confirmation.reference))
      expect(report).toMatchObject({ tenantId: 'nottinghamshire', transferredFromTenant: 'leicestershire' })
      expect(report!.answers).toEqual(expect.arrayContaining([expect.objectContaining({ questionId: FORCE_AREA_QUESTION, question: 'Which police force area did it happen in?', answer: 'Nottinghamshire Police' })]))
    })

    it('keeps a border report here when the person chooses this force or does not know', async () => {
      for (const choice of ['leicestershire', 'not-sure']) {
        const browser = leicestershire()
        const run = await walk(browser, { ...answers('LE12 9AA'), [FORCE_AREA_QUESTION]: { [FORCE_AREA_QUESTION]: choice } })
        expect(run.receivingPages).toEqual([])
        await browser.post(submitAction, '/services/theft/declaration', { 'declaration-agree': 'yes' }, { serviceId: 'theft' })
        const confirmation = dataOf<ConfirmationData>(await browser.get(confirmationLoader, '/services/theft/confirmation', { serviceId: 'theft' }))
        expect(confirmation.reference).toMatch(/^LEI-/)
        expect(confirmation.receivedElsewhere).toBeNull()
      }
    })

    it('says so again when the postcode is changed to yet another force, and not at all when it comes home', async () => {
      const browser = leicestershire()
      await walk(browser, answers('M1 1AE'))
      const toNotts = await browser.post(questionAction, '/services/theft/questions/postcode?change=1', { question: 'postcode', postcode: 'NG1 1AA' }, { serviceId: 'theft', questionId: 'postcode' })
      expect(location(toNotts)).toBe(`/services/theft/receiving-force?next=${encodeURIComponent('/services/theft/check-answers')}`)
      const home = await browser.post(questionAction, '/services/theft/questions/postcode?change=1', { question: 'postcode', postcode: 'LE1 6TH' }, { serviceId: 'theft', questionId: 'postcode' })
      expect(location(home)).toBe('/services/theft/check-answers')
      // With no other force to name, the page sends the person back to where they are.
      expect(location(await browser.get(receivingForceLoader, '/services/theft/receiving-force?next=/services/theft/check-answers', { serviceId: 'theft' }))).toBe('/services/theft/check-answers')
      // A `next` that leaves the journey is ignored.
      await browser.post(questionAction, '/services/theft/questions/postcode?change=1', { question: 'postcode', postcode: 'M1 1AE' }, { serviceId: 'theft', questionId: 'postcode' })
      const page = dataOf<ReceivingForcePageData>(await browser.get(receivingForceLoader, '/services/theft/receiving-force?next=https://evil.example/', { serviceId: 'theft' }))
      expect(page.next).toBe('/services/theft/check-answers')
    })
  })
}
