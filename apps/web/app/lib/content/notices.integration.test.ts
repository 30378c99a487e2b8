// National notices through the app's own loaders and actions, on both database drivers: the national administrator
// signs in on the national host only; publishes a notice to two chosen forces, which shows on their pages (in Welsh
// on a Welsh page) and on no other force's, only between its start and end; bad input is refused field by field with
// what was typed kept; every change is audited and clears the kept pages; "end now" takes it down at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createBackofficeQueries, NATIONAL_SCOPE, type Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { ukDayAndTime } from '@bluelamp/triage'
import { contextFor, dataOf, location, statusOf, TestBrowser } from '../testing/browser.server.ts'
import { setSigningSecret } from '../security/secrets.server.ts'
import { hashPassword } from '../staff/password.server.ts'
import { onClearSharedPages } from '../platform/shared-page.server.ts'
import { noticesFor, refreshNotices, stopNoticeRefresh } from './notices.server.ts'
import { registry } from '../site/site.server.ts'
import * as root from '../../root.tsx'
import * as signInPage from '../../routes/admin._index.tsx'
import * as listPage from '../../routes/admin.notices._index.tsx'
import * as newPage from '../../routes/admin.notices.new.tsx'
import * as editPage from '../../routes/admin.notices.$noticeId.tsx'

const PASSWORD = 'national notices test password'
const NATIONAL = 'localhost'
const LEICS = 'leicestershire.localhost'
const MET = 'metropolitan.localhost'
const DYFED_CY = 'www.heddlu-dyfed-powys.police.uk'

/** The form's date and time fields for an instant, in UK time. */
function moment(prefix: 'starts' | 'ends', at: Date): Record<string, string> {
  const { day, time } = ukDayAndTime(at)
  const [hour, minute] = time.split(':')
  const [year, month, d] = day.split('-')
  return { [`${prefix}-day`]: d!, [`${prefix}-month`]: month!, [`${prefix}-year`]: year!, [`${prefix}-hour`]: hour!, [`${prefix}-minute`]: minute! }
}

const HOUR = 60 * 60 * 1000

function noticeForm(overrides: Record<string, string | string[]> = {}, start = new Date(Date.now() - HOUR), end = new Date(Date.now() + 24 * HOUR)) {
  return {
    titleEn: 'New: report a breach of the rules online',
    bodyEn: 'You can now tell us online about a gathering that breaks the rules.',
    titleCy: 'Newydd: rhoi gwybod am dorri’r rheolau ar-lein',
    bodyCy: 'Gallwch nawr ddweud wrthym ar-lein am gynulliad sy’n torri’r rheolau.',
    audience: 'chosen',
    forces: ['leicestershire', 'dyfed-powys'],
    serviceId: 'general-enquiry',
    linkEn: 'Report it online',
    linkCy: 'Rhoi gwybod ar-lein',
    ...moment('starts', start),
    ...moment('ends', end),
    ...overrides,
  }
}

type RootData = { notices: { id: string; title: string; html: string; link?: { href: string; text: string } }[] }

for (const driver of testDrivers()) {
  describe(`national notices on ${driver.name}`, () => {
    let database: Database
    let cleared = 0
    let stopListening: () => void
    const browser = (host: string) => new TestBrowser(contextFor(database, host), host)
    const noticesOn = async (host: string) => dataOf<RootData>({ data: await browser(host).get(root.loader, '/', {}) }).notices

    async function signedIn(): Promise<TestBrowser> {
      const admin = browser(NATIONAL)
      const result = await admin.post(signInPage.action, '/admin', { email: 'national@national.example', password: PASSWORD, next: '/admin/notices' }, {})
      expect(location(result)).toBe('/admin/notices')
      return admin
    }

    beforeAll(async () => {
      setSigningSecret('national-notices-test-signing-secret-0123')
      database = await driver.create()
      const staff = createBackofficeQueries(database.db)
      const passwordHash = await hashPassword(PASSWORD)
      await staff.upsertStaff(NATIONAL_SCOPE, { email: 'national@national.example', name: 'National Admin', role: 'admin', passwordHash })
      await staff.upsertStaff('leicestershire', { email: 'national@national.example', name: 'Leics Admin', role: 'admin', passwordHash })
      stopNoticeRefresh()
      stopListening = onClearSharedPages(() => (cleared += 1))
    })
    beforeEach(() => stopNoticeRefresh())
    afterAll(async () => {
      stopListening?.()
      stopNoticeRefresh()
      await database?.close()
    })

    it('has its back office on the national host only, behind its own sign-in', async () => {
      // A force's host has no /admin, and a force's staff cannot sign in to it.
      for (const host of [LEICS, MET]) {
        expect(statusOf(await browser(host).get(signInPage.loader, '/admin', {}))).toBe(404)
        expect(statusOf(await browser(host).get(listPage.loader, '/admin/notices', {}))).toBe(404)
      }
      // Not signed in: to the sign-in page, coming back afterwards.
      expect(location(await browser(NATIONAL).get(listPage.loader, '/admin/notices', {}))).toBe('/admin?next=%2Fadmin%2Fnotices')
      // The national account's session is the national host's only: the same cookie on a force's host is nobody's.
      const admin = await signedIn()
      const leics = browser(LEICS)
      leics.cookies = new Map(admin.cookies)
      expect(statusOf(await leics.get(listPage.loader, '/admin/notices', {}))).toBe(404)
      const list = await admin.get(listPage.loader, '/admin/notices', {})
      expect(statusOf(list)).toBe(200)
    })

    it('publishes a notice to two chosen forces: shown on theirs (Welsh on a Welsh page), not on a third, and audited', async () => {
      const admin = await signedIn()
      const before = cleared
      const result = await admin.post(newPage.action, '/admin/notices/new', noticeForm(), {})
      expect(location(result)).toBe('/admin/notices?done=published')
      expect(cleared).toBeGreaterThan(before)

      const leics = await noticesOn(LEICS)
      const published = leics.find((n) => n.title === 'New: report a breach of the rules online')
      expect(published).toMatchObject({ link: { href: '/services/general-enquiry', text: 'Report it online' } })
      expect(published!.html).toContain('You can now tell us online')
      const welsh = (await noticesOn(DYFED_CY)).find((n) => n.id === published!.id)
      expect(welsh).toMatchObject({ title: 'Newydd: rhoi gwybod am dorri’r rheolau ar-lein', link: { text: 'Rhoi gwybod ar-lein' } })
      expect((await noticesOn(MET)).map((n) => n.id)).not.toContain(published!.id)
      // Not on the national site, and not in a force's back office.
      expect(await noticesOn(NATIONAL)).toEqual([])
      expect(dataOf<RootData>({ data: await browser(LEICS).get(root.loader, '/staff/queue', {}) }).notices).toEqual([])

      const audit = await createBackofficeQueries(database.db).listAudit(NATIONAL_SCOPE, {})
      expect(JSON.stringify(audit)).toContain('notice.publish')
    })

    it('shows a notice only between its start and end', async () => {
      const admin = await signedIn()
      const start = new Date(Date.now() + 2 * HOUR)
      const end = new Date(Date.now() + 5 * HOUR)
      await admin.post(newPage.action, '/admin/notices/new', noticeForm({ titleEn: 'Later notice', audience: 'all', forces: [] }, start, end), {})
      const tenant = registry.tenants.metropolitan!
      const titles = async (at: Date) => (await noticesFor(database, tenant, 'en', at)).map((n) => n.title)
      expect(await titles(new Date())).not.toContain('Later notice')
      expect(await titles(new Date(start.getTime() + 60_000))).toContain('Later notice')
      expect(await titles(new Date(end.getTime() + 60_000))).not.toContain('Later notice')
      // Every force: a force the form did not name gets it too.
      expect((await noticesFor(database, registry.tenants['avon-and-somerset']!, 'en', new Date(start.getTime() + 60_000))).map((n) => n.title)).toContain('Later notice')
    })

    it('clears kept pages on a refresh when a notice starts or ends by its clock, and only then', async () => {
      const admin = await signedIn()
      const start = new Date(Date.now() + 3 * HOUR)
      const end = new Date(Date.now() + 4 * HOUR)
      await admin.post(newPage.action, '/admin/notices/new', noticeForm({ titleEn: 'By the clock' }, start, end), {})
      // The form takes whole minutes: the notice starts and ends within the minute before these.
      const MINUTE = 60_000
      await refreshNotices(database, { now: new Date(start.getTime() - 5 * MINUTE) })
      const before = cleared
      // Nothing started or ended since the last refresh: kept pages stay.
      await refreshNotices(database, { now: new Date(start.getTime() - 3 * MINUTE) })
      expect(cleared).toBe(before)
      // It started: kept pages (rendered without it) go.
      await refreshNotices(database, { now: new Date(start.getTime() + MINUTE) })
      expect(cleared).toBe(before + 1)
      // It ended: they go again.
      await refreshNotices(database, { now: new Date(end.getTime() + MINUTE) })
      expect(cleared).toBe(before + 2)
    })

    it('refuses bad input field by field and keeps what was typed', async () => {
      const admin = await signedIn()
      const refused = async (fields: Record<string, string | string[]>) => {
        const result = await admin.post(newPage.action, '/admin/notices/new', fields, {})
        expect(statusOf(result)).toBe(400)
        return dataOf<{ errors: Record<string, { key: string }>; values: Record<string, string> }>(result)
      }
      const noWelsh = await refused(noticeForm({ titleCy: '', bodyCy: '   ' }))
      expect(noWelsh.errors).toMatchObject({ titleCy: { key: 'notices.errors.titleCyMissing' }, bodyCy: { key: 'notices.errors.bodyCyMissing' } })
      expect(noWelsh.values.titleEn).toBe('New: report a breach of the rules online')
      expect((await refused(noticeForm({ forces: [] }))).errors.forces?.key).toBe('notices.errors.forcesMissing')
      expect((await refused(noticeForm({ forces: ['no-such-force'] }))).errors.forces?.key).toBe('notices.errors.forcesMissing')
      expect((await refused(noticeForm({ audience: 'everyone' }))).errors.audience?.key).toBe('notices.errors.audienceMissing')
      expect((await refused(noticeForm({ linkCy: '' }))).errors.linkCy?.key).toBe('notices.errors.linkCyMissing')
      expect((await refused(noticeForm({ serviceId: 'no-such-service' }))).errors.serviceId?.key).toBe('notices.errors.serviceUnknown')
      expect((await refused(noticeForm({ 'starts-month': '13' }))).errors['starts-day']?.key).toBe('notices.errors.startDateInvalid')
      expect((await refused(noticeForm({ 'ends-hour': '25' }))).errors['endsTime-hour']?.key).toBe('notices.errors.endTimeInvalid')
      // 01:30 on the morning the clocks go forward does not exist in the UK.
      const skipped = await refused(noticeForm({ 'starts-day': '28', 'starts-month': '3', 'starts-year': '2027', 'starts-hour': '1', 'starts-minute': '30' }))
      expect(skipped.errors['startsTime-hour']?.key).toBe('notices.errors.startSkipped')
      const backwards = await refused(noticeForm({}, new Date(Date.now() + 5 * HOUR), new Date(Date.now() + 2 * HOUR)))
      expect(backwards.errors['ends-day']?.key).toBe('notices.errors.endBeforeStart')
      const over = await refused(noticeForm({}, new Date(Date.now() - 5 * HOUR), new Date(Date.now() - 2 * HOUR)))
      expect(over.errors['ends-day']?.key).toBe('notices.errors.endPassed')
      const script = await refused(noticeForm({ bodyEn: 'Click [here](javascript:alert(1))' }))
      expect(script.errors.bodyEn?.key).toBe('notices.errors.markdownEn')
      expect((await refused(noticeForm({ titleEn: 'x'.repeat(121) }))).errors.titleEn?.key).toBe('notices.errors.titleTooLong')
      // No CSRF token: refused before anything is read.
      const request = new Request(`http://${NATIONAL}/admin/notices/new`, {
        method: 'POST',
        headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ titleEn: 'x' }),
      })
      expect(statusOf(await admin.call(newPage.action, request, {}))).toBe(403)
    })

    it('changes a notice and ends it now: gone from every page at once', async () => {
      const admin = await signedIn()
      await admin.post(newPage.action, '/admin/notices/new', noticeForm({ titleEn: 'To end', forces: ['metropolitan'] }), {})
      const shown = (await noticesOn(MET)).find((n) => n.title === 'To end')!
      expect(shown).toBeDefined()
      const edit = await admin.get(editPage.loader, `/admin/notices/${shown.id}`, { noticeId: shown.id })
      expect(dataOf<{ values: Record<string, string> }>({ data: edit }).values).toMatchObject({ titleEn: 'To end', audience: 'chosen', forces: 'metropolitan' })
      expect(location(await admin.post(editPage.action, `/admin/notices/${shown.id}`, noticeForm({ titleEn: 'Changed', forces: ['metropolitan'] }), { noticeId: shown.id }))).toBe('/admin/notices?done=changed')
      expect((await noticesOn(MET)).find((n) => n.id === shown.id)?.title).toBe('Changed')
      expect(statusOf(await admin.get(editPage.loader, '/admin/notices/nope', { noticeId: 'nope' }))).toBe(404)

      const before = cleared
      expect(location(await admin.post(listPage.action, '/admin/notices', { intent: 'end', id: shown.id }, {}))).toBe('/admin/notices?done=ended')
      expect(cleared).toBeGreaterThan(before)
      expect((await noticesOn(MET)).map((n) => n.id)).not.toContain(shown.id)
      expect(location(await admin.post(listPage.action, '/admin/notices', { intent: 'end', id: shown.id }, {}))).toBe('/admin/notices?done=not-ended')
      const list = dataOf<{ notices: { id: string; status: string }[] }>({ data: await admin.get(listPage.loader, '/admin/notices', {}) })
      expect(list.notices.find((n) => n.id === shown.id)?.status).toBe('ended')
    })
  })
}
