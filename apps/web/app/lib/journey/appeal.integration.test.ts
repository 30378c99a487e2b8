// A report given from an appeal's page, through the app's own loaders and actions, on each database driver: the
// reference in the address is carried into the new draft only for a live appeal of this force that takes
// information through this service; the person sees the appeal on every page; the report keeps the reference, the
// force's systems receive it (report.v1) and the staff can find it. Anything else is ignored, and nothing breaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { reports, type Database, type StoredContentItem } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { checkAnswersLoader, confirmationLoader, submitAction, type CheckAnswersData, type ConfirmationData } from './submit.server.ts'
import { questionAction, questionLoader, type QuestionPageData } from './question.server.ts'
import { startAction, startLoader } from './start.server.ts'
import { reportV1 } from '../delivery/backoffice-delivery.server.ts'
import { reportV1Problems } from '../delivery/report-v1.ts'
import { setSigningSecret } from '../security/secrets.server.ts'
import { staffData } from '../staff/data.server.ts'
import { contextFor, dataOf, location, statusOf, TestBrowser, theftForm } from '../testing/browser.server.ts'

const LEICS = 'leicestershire.localhost'

function appeal(reference: string, slug: string, fields: Partial<StoredContentItem> = {}): StoredContentItem {
  return {
    kind: 'appeal',
    slug,
    appealKind: 'witnesses',
    reference,
    text: { en: { title: `Bicycles taken from ${slug}`, summary: 'Did you see it?', body: 'Tell us what you saw.' } },
    status: 'open',
    serviceId: 'theft',
    publication: { status: 'published', publishAt: '2026-11-01T09:00:00Z' },
    updatedAt: '2026-11-01T09:00:00Z',
    ...fields,
  }
}

type StartData = { appeal: { reference: string; title: string | null } | null; startAppeal: string | null }

async function walk(browser: TestBrowser, from: string) {
  const given = theftForm('LE1 6TH')
  let path = from
  for (let guard = 0; guard < 40; guard++) {
    const url = new URL(path, `http://${browser.host}`)
    if (!url.pathname.startsWith('/services/theft/questions/')) break
    const id = decodeURIComponent(url.pathname.slice('/services/theft/questions/'.length))
    if (id === 'danger') {
      const page = dataOf<QuestionPageData>(await browser.get(questionLoader, url.pathname, { serviceId: 'theft', questionId: id }))
      pages.push(page)
    }
    const response = await browser.post(questionAction, url.pathname, { question: id, ...given[id] }, { serviceId: 'theft', questionId: id })
    expect(statusOf(response), `question ${id}`).toBe(302)
    path = location(response)!
  }
  return path
}
let pages: QuestionPageData[] = []

for (const driver of testDrivers()) {
  describe(`reports given from an appeal on ${driver.name}`, () => {
    let database: Database
    beforeAll(async () => {
      setSigningSecret('a test signing secret of at least thirty-two characters')
      database = await driver.create()
      await database.queries.saveContentItem('leicestershire', appeal('LE-2026-0900', 'market-street'), 'staff:test')
      await database.queries.saveContentItem('leicestershire', appeal('LE-2026-0901', 'closed-one', { status: 'closed' }), 'staff:test')
      await database.queries.saveContentItem('leicestershire', appeal('LE-2026-0902', 'past-closing', { closesOn: '2026-01-31' }), 'staff:test')
      await database.queries.saveContentItem('leicestershire', appeal('LE-2026-0903', 'a-draft', { publication: { status: 'draft' } }), 'staff:test')
      await database.queries.saveContentItem('leicestershire', appeal('LE-2026-0904', 'other-service', { serviceId: 'general-enquiry' }), 'staff:test')
      await database.queries.saveContentItem('metropolitan', appeal('MP-2026-0900', 'met-one'), 'staff:test')
    })
    afterAll(() => database.close())

    const leicestershire = () => new TestBrowser(contextFor(database, LEICS), LEICS)

    it('links a report started from a live appeal, shows the appeal on the way, stores it and delivers it', async () => {
      const browser = leicestershire()
      const start = dataOf<StartData>(await browser.get(startLoader, '/services/theft?appeal=le-2026-0900', { serviceId: 'theft' }))
      expect(start.appeal).toEqual({ reference: 'LE-2026-0900', title: 'Bicycles taken from market-street', lang: 'en' })
      expect(start.startAppeal).toBe('LE-2026-0900')

      const started = await browser.post(startAction, '/services/theft', { intent: 'start', appeal: 'LE-2026-0900' }, { serviceId: 'theft' })
      expect(location(started)).toBe('/services/theft/questions/danger')
      pages = []
      expect(await walk(browser, location(started)!)).toBe('/services/theft/check-answers')
      expect(pages[0]?.appeal?.reference).toBe('LE-2026-0900')

      const check = dataOf<CheckAnswersData>(await browser.get(checkAnswersLoader, '/services/theft/check-answers', { serviceId: 'theft' }))
      expect(check.appeal).toMatchObject({ reference: 'LE-2026-0900', title: 'Bicycles taken from market-street' })
      const sent = await browser.post(submitAction, '/services/theft/declaration', { 'declaration-agree': 'yes' }, { serviceId: 'theft' })
      expect(location(sent)).toBe('/services/theft/confirmation')
      const { reference } = dataOf<ConfirmationData>(await browser.get(confirmationLoader, '/services/theft/confirmation', { serviceId: 'theft' }))

      const [report] = await database.db.select().from(reports).where(eq(reports.reference, reference))
      expect(report?.appealReference).toBe('LE-2026-0900')
      const delivery = await staffData(database).getReportForDelivery('leicestershire', report!.id)
      const v1 = reportV1(delivery!.report, delivery!.evidence)
      expect(v1.appeal).toEqual({ reference: 'LE-2026-0900' })
      expect(reportV1Problems(JSON.parse(JSON.stringify(v1)))).toEqual([])

      const linked = await staffData(database).listQueue('leicestershire', { status: 'all', appeal: 'any' })
      expect(linked.rows.map((r) => [r.reference, r.appealReference])).toEqual([[reference, 'LE-2026-0900']])
      expect((await staffData(database).listQueue('leicestershire', { status: 'all', appeal: 'LE-2026-0900' })).total).toBe(1)
      expect((await staffData(database).listQueue('leicestershire', { status: 'all', appeal: 'LE-2026-0901' })).total).toBe(0)
    })

    it('ignores a bogus, closed, past-closing, unpublished, other-service or other-force reference, and the report goes as usual', async () => {
      for (const given of ['NOT A REF <script>', 'LE-2026-9999', 'LE-2026-0901', 'LE-2026-0902', 'LE-2026-0903', 'LE-2026-0904', 'MP-2026-0900']) {
        const browser = leicestershire()
        const start = await browser.get(startLoader, `/services/theft?appeal=${encodeURIComponent(given)}`, { serviceId: 'theft' })
        expect(statusOf(start), given).toBe(200)
        expect(dataOf<StartData>(start), given).toMatchObject({ appeal: null, startAppeal: null })
        // The form's word is not taken either: the same reference posted is checked again, and ignored.
        const started = await browser.post(startAction, '/services/theft', { intent: 'start', appeal: given }, { serviceId: 'theft' })
        expect(location(started), given).toBe('/services/theft/questions/danger')
        if (given !== 'MP-2026-0900') continue
        // One of them all the way: the report is sent, with no appeal.
        pages = []
        expect(await walk(browser, '/services/theft/questions/danger')).toBe('/services/theft/check-answers')
        expect(pages[0]?.appeal).toBeNull()
        await browser.post(submitAction, '/services/theft/declaration', { 'declaration-agree': 'yes' }, { serviceId: 'theft' })
        const { reference } = dataOf<ConfirmationData>(await browser.get(confirmationLoader, '/services/theft/confirmation', { serviceId: 'theft' }))
        const [report] = await database.db.select().from(reports).where(eq(reports.reference, reference))
        expect(report?.appealReference).toBeNull()
        const delivery = await staffData(database).getReportForDelivery('leicestershire', report!.id)
        expect('appeal' in reportV1(delivery!.report, delivery!.evidence)).toBe(false)
      }
    })

    it("starting again from an appeal's page links the new draft; a draft with answers is kept unless the person starts again", async () => {
      const browser = leicestershire()
      await browser.post(startAction, '/services/theft', { intent: 'start' }, { serviceId: 'theft' })
      await browser.post(questionAction, '/services/theft/questions/danger', { question: 'danger', danger: 'no' }, { serviceId: 'theft', questionId: 'danger' })
      // "Start now" from the appeal with answers already given: back to where the report had got to, unlinked.
      const again = await browser.post(startAction, '/services/theft', { intent: 'start', appeal: 'LE-2026-0900' }, { serviceId: 'theft' })
      expect(location(again)).toBe('/services/theft/questions/happening-now')
      expect(dataOf<StartData>(await browser.get(startLoader, '/services/theft', { serviceId: 'theft' })).appeal).toBeNull()
      // "Start again" from the appeal: a new draft, linked.
      const restarted = await browser.post(startAction, '/services/theft', { intent: 'restart', appeal: 'LE-2026-0900' }, { serviceId: 'theft' })
      expect(location(restarted)).toBe('/services/theft/questions/danger')
      expect(dataOf<StartData>(await browser.get(startLoader, '/services/theft', { serviceId: 'theft' })).appeal?.reference).toBe('LE-2026-0900')
    })
  })
}
