// The content editor (/staff/content) through its own loaders and actions, on both database drivers: who may use it,
// what it refuses and says, schedule and publish in UK time, the Welsh version a Welsh force needs, revisions and the
// audit log, what the public pages show afterwards, and that one force's editor never reaches another force's items.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { ukInstant } from '@bluelamp/triage'
import { contextFor, dataOf as wrapped, location, statusOf, TestBrowser } from '../testing/browser.server.ts'
import { setSigningSecret } from '../security/secrets.server.ts'
import { staffData } from '../staff/data.server.ts'
import { hashPassword } from '../staff/password.server.ts'
import { hasRole, signIn, staffHome } from '../staff/session.server.ts'
import { fieldOfPath } from './editor.server.ts'
import { encodeContentImage } from './image-encode.server.ts'
import * as list from '../../routes/staff.content._index.tsx'
import * as create from '../../routes/staff.content.new.$kind.tsx'
import * as edit from '../../routes/staff.content.$id._index.tsx'
import * as preview from '../../routes/staff.content.$id.preview.tsx'
import * as revision from '../../routes/staff.content.$id.revisions.$revisionId.tsx'
import * as queue from '../../routes/staff.queue.tsx'
import * as appealsList from '../../routes/appeals._index.tsx'
import * as appealPage from '../../routes/appeals.$slug.tsx'

const PASSWORD = 'correct horse battery staple'
const host = (force: string) => `${force}.localhost`

/** A loader's or action's data, whether returned plainly or with a status (`data(...)`). */
const dataOf = <T,>(r: unknown): T => (typeof r === 'object' && r !== null && 'init' in r && 'data' in r ? wrapped<T>(r) : (r as T))

type Failure = { errors: { field: string; message: string }[]; values: Record<string, string> }
type Listing = { items: { href: string; title: string }[] }

const appealForm = (overrides: Record<string, string> = {}) => ({
  slug: 'stolen-quad-bike',
  appealKind: 'witnesses',
  reference: 'le-2026-0301',
  status: 'open',
  serviceId: 'general-enquiry',
  'en.title': 'Quad bike stolen from a farm',
  'en.summary': 'Did you see a red quad bike on the move near Melton?',
  'en.body': 'A red quad bike was taken from a farm **overnight**.',
  ...overrides,
})

describe('roles', () => {
  it('keep editors out of reports and let admins edit', () => {
    expect(hasRole({ role: 'editor' }, 'editor')).toBe(true)
    expect(hasRole({ role: 'admin' }, 'editor')).toBe(true)
    expect(hasRole({ role: 'supervisor' }, 'editor')).toBe(false)
    expect(hasRole({ role: 'handler' }, 'editor')).toBe(false)
    expect(hasRole({ role: 'editor' }, 'handler')).toBe(false)
    expect(hasRole({ role: 'editor' }, 'admin')).toBe(false)
    expect(hasRole({ role: 'admin' }, 'supervisor')).toBe(true)
    expect(staffHome({ role: 'editor' })).toBe('/staff/content')
    expect(staffHome({ role: 'handler' })).toBe('/staff/queue')
  })

  it('send each problem to the field it is about', () => {
    expect(fieldOfPath(['text', 'cy'], 'appeal')).toBe('cy.title')
    expect(fieldOfPath(['text', 'en', 'heading'], 'advice')).toBe('en.title')
    expect(fieldOfPath(['text', 'en', 'priorities', 2, 'detail'], 'area')).toBe('en.priorities')
    expect(fieldOfPath(['photo', 'alt', 'cy'], 'appeal')).toBe('photo.alt.cy')
    expect(fieldOfPath(['publication', 'unpublishAt'], 'news')).toBe('unpublishAt.date')
    expect(fieldOfPath(['postcodeDistricts', 0], 'area')).toBe('postcodeDistricts')
  })
})

for (const driver of testDrivers()) {
  describe(`the content editor on ${driver.name}`, () => {
    let database: Database

    /** A browser signed in as `role` of `force`, on that force's host. */
    async function signedIn(force: string, role: string) {
      const browser = new TestBrowser(contextFor(database, host(force)), host(force))
      const result = await signIn(new Request(`http://${host(force)}/staff`, { method: 'POST' }), browser.context, `${role}@${force}.example`, PASSWORD)
      if (result.kind !== 'signed-in') throw new Error(`cannot sign in as ${role}@${force}`)
      const [name, ...value] = result.cookie.split(';')[0]!.split('=')
      browser.cookies.set(name!, value.join('='))
      return browser
    }
    const idFrom = (r: unknown) => /^\/staff\/content\/([0-9a-f-]{36})\?done=/.exec(location(r) ?? '')?.[1]
    const audits = async (force: string) => (await staffData(database).listAudit(force, { limit: 200 })).entries

    beforeAll(async () => {
      setSigningSecret('editor-test-signing-secret-0123456789abcdef')
      database = await driver.create()
      const passwordHash = await hashPassword(PASSWORD)
      for (const force of ['leicestershire', 'metropolitan', 'dyfed-powys']) {
        for (const role of ['handler', 'admin', 'editor'] as const) {
          await staffData(database).upsertStaff(force, { email: `${role}@${force}.example`, name: `${role} of ${force}`, role, passwordHash })
        }
      }
    }, 120_000)
    afterAll(() => database?.close())

    it('is for editors and admins: a handler gets 403 on the list and on a post, an editor gets no reports', async () => {
      const handler = await signedIn('leicestershire', 'handler')
      expect(statusOf(await handler.get(list.loader, '/staff/content', {}))).toBe(403)
      expect(statusOf(await handler.post(create.action, '/staff/content/new/appeal', appealForm({ slug: 'by-a-handler' }), { kind: 'appeal' }))).toBe(403)
      expect((await database.queries.listContentForEditor('leicestershire')).some((r) => r.slug === 'by-a-handler')).toBe(false)
      const editor = await signedIn('leicestershire', 'editor')
      expect(statusOf(await editor.get(queue.loader, '/staff/queue', {}))).toBe(403)
      expect(statusOf(await editor.get(list.loader, '/staff/content', {}))).toBe(200)
      const admin = await signedIn('leicestershire', 'admin')
      expect(statusOf(await admin.get(list.loader, '/staff/content', {}))).toBe(200)
      expect(statusOf(await admin.get(queue.loader, '/staff/queue', {}))).toBe(200)
      // Not signed in: a page sends to sign in, a post is refused.
      const nobody = new TestBrowser(contextFor(database, host('leicestershire')), host('leicestershire'))
      expect(location(await nobody.get(list.loader, '/staff/content', {}))).toBe('/staff?next=%2Fstaff%2Fcontent')
    })

    it('takes a photo only from the force’s own picture library, and offers only that library', async () => {
      const add = async (force: string, id: string, altEn: string) => {
        const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#884422' } }).png().toBuffer()
        const encoded = await encodeContentImage(png, 60_000_000)
        if (!encoded.ok) throw new Error(encoded.reason)
        await database.queries.addContentImage(force, { id, altEn, filename: `${id}.png`, createdBy: 'staff:test', variants: encoded.variants })
      }
      await add('leicestershire', 'img-leics-quad-bike', 'A red quad bike')
      await add('metropolitan', 'img-met-only-photo', 'A photo of the Metropolitan Police')
      const editor = await signedIn('leicestershire', 'editor')
      const form = dataOf<{ pictures: { id: string; alt: string }[] }>(await editor.get(create.loader, '/staff/content/new/appeal', { kind: 'appeal' }))
      expect(form.pictures).toEqual(expect.arrayContaining([{ id: 'img-leics-quad-bike', alt: 'A red quad bike' }]))
      expect(form.pictures.map((p) => p.id)).not.toContain('img-met-only-photo')
      // Another force's picture, or an id of nothing, is refused on its field, and what was typed comes back.
      for (const id of ['img-met-only-photo', 'img-no-such-picture']) {
        const refused = await editor.post(create.action, '/staff/content/new/appeal', appealForm({ slug: `quad-photo-${id}`, 'photo.id': id, 'photo.alt.en': 'A quad bike' }), { kind: 'appeal' })
        expect(statusOf(refused)).toBe(400)
        expect(dataOf<Failure>(refused).errors).toEqual([{ field: 'photo-id', message: 'Choose a picture from your force’s picture library' }])
        expect(dataOf<Failure>(refused).values['photo.id']).toBe(id)
      }
      const saved = await editor.post(create.action, '/staff/content/new/appeal', appealForm({ slug: 'quad-with-photo', 'photo.id': 'img-leics-quad-bike', 'photo.alt.en': 'A quad bike' }), { kind: 'appeal' })
      expect(idFrom(saved)).toBeDefined()
    })

    it('refuses an item its schema refuses, naming each field, and gives back everything typed', async () => {
      const editor = await signedIn('leicestershire', 'editor')
      const typed = appealForm({ 'en.title': '', reference: 'not a reference!', closesOn: '2026-02-30', 'en.body': 'Kept  exactly\n\nas typed ' })
      const result = await editor.post(create.action, '/staff/content/new/appeal', typed, { kind: 'appeal' })
      expect(statusOf(result)).toBe(400)
      const failure = dataOf<Failure>(result)
      const fields = failure.errors.map((e) => e.field)
      expect(fields).toEqual(expect.arrayContaining(['en-title', 'reference', 'closesOn']))
      expect(failure.errors.find((e) => e.field === 'en-title')?.message).toBe('Enter the title (English)')
      expect(failure.values).toMatchObject({ reference: 'not a reference!', 'en.summary': typed['en.summary'], 'en.body': 'Kept  exactly\n\nas typed ', closesOn: '2026-02-30' })
      // An address that is not a slug, and a time that is not one.
      const bad = await editor.post(create.action, '/staff/content/new/news', { slug: 'Not A Slug', 'en.title': 'T', 'en.summary': 'S', 'en.body': 'B', 'publishAt.date': '2026-13-01', 'publishAt.time': '09:00' }, { kind: 'news' })
      expect(dataOf<Failure>(bad).errors.map((e) => e.field)).toEqual(['publishAt-date'])
      const refused = (await audits('leicestershire')).filter((e) => e.action === 'content-item.save' && e.outcome === 'denied')
      expect(refused.length).toBeGreaterThanOrEqual(2)
    })

    it('drafts, previews, schedules and publishes an appeal, with a revision and an audit entry for each change', async () => {
      const editor = await signedIn('leicestershire', 'editor')
      const created = await editor.post(create.action, '/staff/content/new/appeal', appealForm(), { kind: 'appeal' })
      const id = idFrom(created)!
      expect(location(created)).toBe(`/staff/content/${id}?done=created`)
      const stored = await database.queries.getContentItemById('leicestershire', id)
      expect(stored?.item).toMatchObject({ reference: 'LE-2026-0301', publication: { status: 'draft' } })
      const page = await editor.get(edit.loader, `/staff/content/${id}`, { id })
      expect(page).toMatchObject({ state: 'draft', values: { reference: 'LE-2026-0301', 'en.title': 'Quad bike stolen from a farm' } })

      // The preview is the public appeal page's own view of the draft, while the public page is 404.
      const shown = (await editor.get(preview.loader, `/staff/content/${id}/preview`, { id })) as { preview: { kind: string; view: { title: string; reference: string; html: string } } }
      expect(shown.preview.kind).toBe('appeal')
      expect(shown.preview.view).toMatchObject({ title: 'Quad bike stolen from a farm', reference: 'LE-2026-0301' })
      expect(shown.preview.view.html).toContain('<strong>overnight</strong>')
      const visitor = new TestBrowser(contextFor(database, host('leicestershire')), host('leicestershire'))
      expect(statusOf(await visitor.get(appealPage.loader, '/appeals/stolen-quad-bike', { slug: 'stolen-quad-bike' }))).toBe(404)

      // A time already past cannot be scheduled; a future one, typed in UK time, is stored in UTC.
      const past = await editor.post(edit.action, `/staff/content/${id}`, appealForm({ intent: 'schedule', 'publishAt.date': '2026-01-05', 'publishAt.time': '09:00' }), { id })
      expect(dataOf<Failure>(past).errors.map((e) => e.field)).toEqual(['publishAt-date'])
      const scheduled = await editor.post(edit.action, `/staff/content/${id}`, appealForm({ intent: 'schedule', 'publishAt.date': '2099-07-01', 'publishAt.time': '09:30' }), { id })
      expect(location(scheduled)).toBe(`/staff/content/${id}?done=scheduled`)
      const later = await database.queries.getContentItemById('leicestershire', id)
      expect(later?.item.publication).toEqual({ status: 'published', publishAt: ukInstant('2099-07-01', '09:30')!.toISOString() })
      expect(later?.item.publication.publishAt).toBe('2099-07-01T08:30:00.000Z')
      expect(await editor.get(edit.loader, `/staff/content/${id}`, { id })).toMatchObject({ state: 'scheduled', values: { 'publishAt.date': '2099-07-01', 'publishAt.time': '09:30' } })
      expect(dataOf<Listing>(await visitor.get(appealsList.loader, '/appeals', {})).items.map((i) => i.href)).not.toContain('/appeals/stolen-quad-bike')

      const published = await editor.post(edit.action, `/staff/content/${id}`, appealForm({ intent: 'publish' }), { id })
      expect(location(published)).toBe(`/staff/content/${id}?done=published`)
      expect(dataOf<Listing>(await visitor.get(appealsList.loader, '/appeals', {})).items.map((i) => i.href)).toContain('/appeals/stolen-quad-bike')
      expect(statusOf(await visitor.get(appealPage.loader, '/appeals/stolen-quad-bike', { slug: 'stolen-quad-bike' }))).toBe(200)
      // Not on another force's site.
      const met = new TestBrowser(contextFor(database, host('metropolitan')), host('metropolitan'))
      expect(dataOf<Listing>(await met.get(appealsList.loader, '/appeals', {})).items.map((i) => i.href)).not.toContain('/appeals/stolen-quad-bike')
      expect(statusOf(await met.get(appealPage.loader, '/appeals/stolen-quad-bike', { slug: 'stolen-quad-bike' }))).toBe(404)

      // Every save is a revision with who saved it; an old one can be read back.
      const history = ((await editor.get(edit.loader, `/staff/content/${id}`, { id })) as { history: { id: string; who: string; state: string }[] }).history
      expect(history.map((h) => h.who)).toEqual(['editor of leicestershire', 'editor of leicestershire', 'editor of leicestershire'])
      const first = history.at(-1)!
      expect(await editor.get(revision.loader, `/staff/content/${id}/revisions/${first.id}`, { id, revisionId: first.id })).toMatchObject({ who: 'editor of leicestershire', values: { 'en.title': 'Quad bike stolen from a farm' } })
      const actions = (await audits('leicestershire')).filter((e) => e.targetId === id && e.outcome === 'ok').map((e) => e.action)
      expect(actions.sort()).toEqual(['content-item.create', 'content-item.publish', 'content-item.schedule'])

      // Unpublished: gone from the public site at once, kept for the editor with its history.
      const down = await editor.post(edit.action, `/staff/content/${id}`, { intent: 'unpublish' }, { id })
      expect(location(down)).toBe(`/staff/content/${id}?done=unpublished`)
      expect(statusOf(await visitor.get(appealPage.loader, '/appeals/stolen-quad-bike', { slug: 'stolen-quad-bike' }))).toBe(404)
      expect(await editor.get(edit.loader, `/staff/content/${id}`, { id })).toMatchObject({ state: 'unpublished' })
      expect((await audits('leicestershire')).some((e) => e.targetId === id && e.action === 'content-item.unpublish')).toBe(true)
      expect(await database.queries.listContentRevisions('leicestershire', id)).toHaveLength(4)
    })

    it('forgets the force’s kept public pages when what the public sees changes', async () => {
      const editor = await signedIn('leicestershire', 'editor')
      const forgotten: string[] = []
      editor.context.sharedPages = { forgetForce: (force) => (forgotten.push(force), 0) }
      const created = await editor.post(create.action, '/staff/content/new/news', { slug: 'cache-story', 'en.title': 'T', 'en.summary': 'S', 'en.body': 'B' }, { kind: 'news' })
      const id = idFrom(created)!
      // A draft changes nothing the public sees.
      expect(forgotten).toEqual([])
      await editor.post(edit.action, `/staff/content/${id}`, { intent: 'publish', 'en.title': 'T', 'en.summary': 'S', 'en.body': 'B' }, { id })
      await editor.post(edit.action, `/staff/content/${id}`, { intent: 'unpublish' }, { id })
      expect(forgotten).toEqual(['leicestershire', 'leicestershire'])
    })

    it('on a Welsh force, refuses to publish without the Welsh version, and publishes with it', async () => {
      const editor = await signedIn('dyfed-powys', 'editor')
      const english = appealForm({ slug: 'stolen-sheep', reference: 'DP-2026-0101' })
      const created = await editor.post(create.action, '/staff/content/new/appeal', english, { kind: 'appeal' })
      const id = idFrom(created)!
      // A draft may be English only; publishing it may not.
      const refused = await editor.post(edit.action, `/staff/content/${id}`, { ...english, intent: 'publish' }, { id })
      expect(statusOf(refused)).toBe(400)
      const failure = dataOf<Failure>(refused)
      expect(failure.errors).toEqual([{ field: 'cy-title', message: 'Dyfed-Powys Police offers every page in Welsh. Add the Welsh version before publishing.' }])
      expect(failure.values['en.title']).toBe(english['en.title'])
      expect((await database.queries.getContentItemById('dyfed-powys', id))?.item.publication.status).toBe('draft')
      // The message is in Welsh on the Welsh site.
      const cy = new TestBrowser(contextFor(database, 'www.heddlu-dyfed-powys.police.uk'), 'www.heddlu-dyfed-powys.police.uk')
      cy.cookies = new Map(editor.cookies)
      const refusedCy = dataOf<Failure>(await cy.post(edit.action, `/staff/content/${id}`, { ...english, intent: 'publish' }, { id }))
      expect(refusedCy.errors[0]?.message).toMatch(/^Mae Heddlu Dyfed-Powys yn cynnig pob tudalen yn Gymraeg/)

      const welsh = { 'cy.title': 'Defaid wedi’u dwyn', 'cy.summary': 'Welsoch chi drelar o ddefaid?', 'cy.body': 'Cafodd defaid eu dwyn.' }
      const published = await editor.post(edit.action, `/staff/content/${id}`, { ...english, ...welsh, intent: 'publish' }, { id })
      expect(location(published)).toBe(`/staff/content/${id}?done=published`)
      expect((await database.queries.getContentItemById('dyfed-powys', id))?.item.text).toMatchObject({ cy: { title: 'Defaid wedi’u dwyn' } })
    })

    it('never lets one force’s editor read or change another force’s item: 404 everywhere, nothing changed', async () => {
      const leics = await signedIn('leicestershire', 'editor')
      const created = await leics.post(create.action, '/staff/content/new/appeal', appealForm({ slug: 'leics-only', reference: 'LE-2026-0999' }), { kind: 'appeal' })
      const id = idFrom(created)!
      const before = await database.queries.getContentItemById('leicestershire', id)
      const [rev] = await database.queries.listContentRevisions('leicestershire', id)
      for (const role of ['editor', 'admin']) {
        const met = await signedIn('metropolitan', role)
        expect(statusOf(await met.get(edit.loader, `/staff/content/${id}`, { id }))).toBe(404)
        expect(statusOf(await met.get(preview.loader, `/staff/content/${id}/preview`, { id }))).toBe(404)
        expect(statusOf(await met.get(revision.loader, `/staff/content/${id}/revisions/${rev!.id}`, { id, revisionId: rev!.id }))).toBe(404)
        expect(statusOf(await met.post(edit.action, `/staff/content/${id}`, appealForm({ intent: 'publish', slug: 'leics-only', reference: 'LE-2026-0999', 'en.title': 'Changed by another force' }), { id }))).toBe(404)
        expect(statusOf(await met.post(edit.action, `/staff/content/${id}`, { intent: 'unpublish' }, { id }))).toBe(404)
        const listed = (await met.get(list.loader, '/staff/content', {})) as { sections: { rows: { id: string }[] }[] }
        expect(listed.sections.flatMap((s) => s.rows).some((r) => r.id === id)).toBe(false)
      }
      expect(await database.queries.getContentItemById('leicestershire', id)).toEqual(before)
      expect(await database.queries.listContentRevisions('leicestershire', id)).toHaveLength(1)
      // A session of one force is no session on another force's host.
      const stolen = new TestBrowser(contextFor(database, host('metropolitan')), host('metropolitan'))
      stolen.cookies = new Map(leics.cookies)
      expect(location(await stolen.get(edit.loader, `/staff/content/${id}`, { id }))).toMatch(/^\/staff\?next=/)
      // Not an id at all.
      expect(statusOf(await leics.get(edit.loader, '/staff/content/nope', { id: 'nope' }))).toBe(404)
    })

    it('keeps a force to one contact page', async () => {
      const editor = await signedIn('metropolitan', 'editor')
      const first = await editor.post(create.action, '/staff/content/new/contact', { 'en.title': 'Contact us', 'en.summary': 'How to reach us.', 'en.body': 'Call 101.', showForceContacts: 'yes' }, { kind: 'contact' })
      const id = idFrom(first)!
      expect(location(await editor.get(create.loader, '/staff/content/new/contact', { kind: 'contact' }))).toBe(`/staff/content/${id}`)
      const second = await editor.post(create.action, '/staff/content/new/contact', { 'en.title': 'Another', 'en.summary': 'S', 'en.body': 'B' }, { kind: 'contact' })
      expect(dataOf<Failure>(second).errors.map((e) => e.field)).toEqual(['en-title'])
      expect(statusOf(await editor.get(create.loader, '/staff/content/new/story', { kind: 'story' }))).toBe(404)
    })
  })
}
