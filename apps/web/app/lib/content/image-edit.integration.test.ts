// One picture of the library (/staff/images/<id>) through its own loader and action, signed in through the sign-in
// page, on both database drivers: its descriptions corrected (the upload's rules, the Welsh one on a Welsh force), its
// file replaced under the same id (the pages load it from new addresses, the old ones lead to it), and deleted only
// once no page uses it; each change audited with who made it and the force's kept pages forgotten; a form without its
// CSRF token refused; and another force's editor or administrator finds nothing to read or change.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { contextFor, CSRF_SECRET, dataOf, location, statusOf, TestBrowser } from '../testing/browser.server.ts'
import { setSigningSecret, sign } from '../security/secrets.server.ts'
import { staffData } from '../staff/data.server.ts'
import { hashPassword } from '../staff/password.server.ts'
import { liveAppeal } from '../testing/support.server.ts'
import { appealLoader } from './content.server.ts'
import { encodeContentImage } from './image-encode.server.ts'
import { imageFileLoader } from './images.server.ts'
import * as library from '../../routes/staff.images.tsx'
import * as picture from '../../routes/staff.images_.$imageId.tsx'
import * as signInPage from '../../routes/staff._index.tsx'

const PASSWORD = 'correct horse battery staple'
const host = (force: string) => `${force}.localhost`

type Page = {
  image: { id: string; altEn: string; altCy: string | null; revision: number; widths: number[]; shown: { src: string } | null }
  uses: { id: string; kind: string; title: string; state: string; href: string }[]
  errors: Record<string, string>
  values: { altEn: string; altCy: string }
  done: string | null
}
/** A loader's or action's data, whether returned plainly or with a status (`data(...)`). */
const pageOf = (r: unknown): Page => (typeof r === 'object' && r !== null && 'init' in r && 'data' in r ? dataOf<Page>(r) : (r as Page))

async function png(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer()
}

/** The picture form's file post, multipart as the browser sends it: the token first, then the intent and the file. */
function filePost(browser: TestBrowser, id: string, file: { name: string; type: string; bytes: Buffer } | null) {
  const form = new FormData()
  form.append('csrf', sign('csrf', CSRF_SECRET))
  form.append('intent', 'replace')
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const request = new Request(`http://${browser.host}/staff/images/${id}`, { method: 'POST', headers: { cookie }, body: form })
  return browser.call(picture.action, request, { imageId: id })
}

for (const driver of testDrivers()) {
  describe(`one picture of the library on ${driver.name}`, () => {
    let database: Database
    const forgotten: string[] = []

    /** A browser of `force`'s host, signed in as its `role` through the sign-in page. */
    async function member(force: string, role: string): Promise<TestBrowser> {
      const browser = new TestBrowser(contextFor(database, host(force)), host(force))
      browser.context.sharedPages = { forgetForce: (tenantId) => (forgotten.push(tenantId), 0) }
      const result = await browser.post(signInPage.action, '/staff', { email: `${role}@${force}.example`, password: PASSWORD }, {})
      expect(statusOf(result), `${role}@${force}`).toBe(302)
      return browser
    }
    const visitor = (force: string) => new TestBrowser(contextFor(database, host(force)), host(force))
    const serve = (force: string, file: string) => visitor(force).get(imageFileLoader, `/images/${file}`, { file }) as Promise<Response>
    const open = (browser: TestBrowser, id: string) => browser.get(picture.loader, `/staff/images/${id}`, { imageId: id })
    const post = (browser: TestBrowser, id: string, fields: Record<string, string>) => browser.post(picture.action, `/staff/images/${id}`, fields, { imageId: id })
    const audits = async (force: string) => (await staffData(database).listAudit(force, { limit: 200 })).entries
    const info = async (force: string, id: string) => (await database.queries.getContentImages(force, [id]))[0]

    async function addImage(force: string, id: string, width = 1000, colour = '#aa2222') {
      const encoded = await encodeContentImage(await png(width, width / 2, colour), 60_000_000)
      if (!encoded.ok) throw new Error(encoded.reason)
      await database.queries.addContentImage(force, { id, altEn: `Picture ${id}`, altCy: null, filename: `${id}.png`, createdBy: 'staff:test', variants: encoded.variants })
    }

    beforeAll(async () => {
      setSigningSecret('image-edit-test-signing-secret-0123456789ab')
      database = await driver.create()
      const passwordHash = await hashPassword(PASSWORD)
      const members = [
        ['leicestershire', 'handler'],
        ['leicestershire', 'editor'],
        ['metropolitan', 'editor'],
        ['metropolitan', 'admin'],
        ['dyfed-powys', 'editor'],
      ] as const
      for (const [force, role] of members) await staffData(database).upsertStaff(force, { email: `${role}@${force}.example`, name: `${role} of ${force}`, role, passwordHash })
      await addImage('leicestershire', 'img-leics-bike')
      await addImage('leicestershire', 'img-leics-spare')
      await addImage('dyfed-powys', 'img-dp-quad')
      const appeal = liveAppeal({
        slug: 'red-bicycle',
        reference: 'LE-2026-0960',
        text: { en: { title: 'Red bicycle taken', summary: 'Seen it?', body: 'Body.' } },
        photo: { id: 'img-leics-bike', alt: { en: 'The red bicycle that was taken' } },
      })
      await database.queries.saveContentItem('leicestershire', appeal, 'staff:test')
      // A draft story naming the picture in its words only.
      const words = { title: 'Bike marking day', summary: 'Come along.', body: 'Like this one: ![a red bicycle](image:img-leics-bike)' }
      const draft = { kind: 'news', slug: 'bike-marking-day', text: { en: words }, publication: { status: 'draft' }, updatedAt: '2026-11-01T09:00:00Z' } as const
      await database.queries.saveContentItem('leicestershire', draft, 'staff:test')
    }, 120_000)
    afterAll(() => database?.close())

    it('is for the force’s content staff: a handler gets 403 on the page and on a post', async () => {
      const handler = await member('leicestershire', 'handler')
      expect(statusOf(await open(handler, 'img-leics-bike'))).toBe(403)
      expect(statusOf(await post(handler, 'img-leics-bike', { intent: 'describe', altEn: 'By a handler' }))).toBe(403)
      expect((await info('leicestershire', 'img-leics-bike'))?.altEn).toBe('Picture img-leics-bike')
      const editor = await member('leicestershire', 'editor')
      const page = pageOf(await open(editor, 'img-leics-bike'))
      expect(page.image).toMatchObject({ id: 'img-leics-bike', altEn: 'Picture img-leics-bike', revision: 1, widths: [320, 640, 960, 1000] })
      // Where it is used, drafts included, each linked to its editor's page.
      expect(page.uses.map((u) => [u.kind, u.title, u.state])).toEqual([
        ['appeal', 'Red bicycle taken', 'published'],
        ['news', 'Bike marking day', 'draft'],
      ])
      expect(page.uses[0]!.href).toMatch(/^\/staff\/content\/[0-9a-f-]{36}$/)
      // Not an id, or no such picture: not found.
      expect(statusOf(await open(editor, 'Not an id'))).toBe(404)
      expect(statusOf(await open(editor, 'img-no-such-picture'))).toBe(404)
    })

    it('corrects the descriptions with the upload’s rules, keeping what was typed when refused', async () => {
      const editor = await member('leicestershire', 'editor')
      const empty = await post(editor, 'img-leics-spare', { intent: 'describe', altEn: '  ', altCy: 'Beic sbâr' })
      expect(statusOf(empty)).toBe(400)
      expect(pageOf(empty)).toMatchObject({ errors: { altEn: 'images.altEnMissing' }, values: { altEn: '  ', altCy: 'Beic sbâr' } })
      const long = await post(editor, 'img-leics-spare', { intent: 'describe', altEn: 'x'.repeat(251) })
      expect(pageOf(long).errors).toEqual({ altEn: 'images.altTooLong' })
      expect((await info('leicestershire', 'img-leics-spare'))?.altEn).toBe('Picture img-leics-spare')

      forgotten.length = 0
      const saved = await post(editor, 'img-leics-spare', { intent: 'describe', altEn: 'A spare wheel', altCy: 'Olwyn sbâr' })
      expect(location(saved)).toBe('/staff/images/img-leics-spare?done=described')
      expect(await info('leicestershire', 'img-leics-spare')).toMatchObject({ altEn: 'A spare wheel', altCy: 'Olwyn sbâr', revision: 1 })
      expect(forgotten).toEqual(['leicestershire'])
      expect(pageOf(await editor.get(picture.loader, '/staff/images/img-leics-spare?done=described', { imageId: 'img-leics-spare' })).done).toBe('images.doneDescribed')
      const entries = (await audits('leicestershire')).filter((e) => e.targetId === 'img-leics-spare' && e.action === 'image-library.describe')
      expect(entries.map((e) => [e.outcome, e.actor])).toEqual([
        ['ok', expect.stringMatching(/^staff:/)],
        ['denied', expect.stringMatching(/^staff:/)],
        ['denied', expect.stringMatching(/^staff:/)],
      ])
      expect(entries[0]!.detail).toEqual({ changed: ['en', 'cy'] })
    })

    it('on a Welsh force, asks for the Welsh description as the upload does', async () => {
      const editor = await member('dyfed-powys', 'editor')
      const refused = await post(editor, 'img-dp-quad', { intent: 'describe', altEn: 'A red quad bike', altCy: '' })
      expect(pageOf(refused)).toMatchObject({ errors: { altCy: 'images.altCyMissing' }, values: { altEn: 'A red quad bike', altCy: '' } })
      const saved = await post(editor, 'img-dp-quad', { intent: 'describe', altEn: 'A red quad bike', altCy: 'Beic cwad coch' })
      expect(location(saved)).toBe('/staff/images/img-dp-quad?done=described')
    })

    it('replaces the file under the same id: the pages load it from new addresses, the old ones lead to it', async () => {
      const editor = await member('leicestershire', 'editor')
      // No file, or a web page called photo.jpg: refused on the file's field, nothing changed.
      const none = await filePost(editor, 'img-leics-bike', null)
      expect(statusOf(none)).toBe(400)
      expect(pageOf(none).errors).toEqual({ file: 'images.fileMissing' })
      const html = await filePost(editor, 'img-leics-bike', { name: 'photo.jpg', type: 'image/jpeg', bytes: Buffer.from('<!doctype html><script>alert(1)</script>') })
      expect(pageOf(html).errors).toEqual({ file: 'images.wrongType' })
      expect((await info('leicestershire', 'img-leics-bike'))?.revision).toBe(1)

      forgotten.length = 0
      const replaced = await filePost(editor, 'img-leics-bike', { name: 'square.png', type: 'image/png', bytes: await png(700, 700, '#2255aa') })
      expect(location(replaced)).toBe('/staff/images/img-leics-bike?done=replaced')
      expect(forgotten).toEqual(['leicestershire'])
      expect(await info('leicestershire', 'img-leics-bike')).toMatchObject({ revision: 2, width: 700, height: 700, filename: 'square.png', altEn: 'Picture img-leics-bike' })

      // The appeal that uses it shows the new file, at addresses of its own.
      const appeal = (await visitor('leicestershire').get(appealLoader, '/appeals/red-bicycle', { slug: 'red-bicycle' })) as { picture: { src: string; srcset: string; width: number; height: number } }
      expect(appeal.picture).toMatchObject({ src: '/images/img-leics-bike-640.v2.webp', width: 640, height: 640 })
      expect(appeal.picture.srcset).toBe('/images/img-leics-bike-320.v2.webp 320w, /images/img-leics-bike-640.v2.webp 640w, /images/img-leics-bike-700.v2.webp 700w')
      const served = await serve('leicestershire', 'img-leics-bike-700.v2.webp')
      expect(served.status).toBe(200)
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).height).toBe(700)

      // The first file's addresses are sent on to the new file (the nearest width kept), never kept themselves.
      for (const [old, to] of [
        ['img-leics-bike-640.webp', '/images/img-leics-bike-640.v2.webp'],
        ['img-leics-bike-1000.webp', '/images/img-leics-bike-700.v2.webp'],
        ['img-leics-bike-960.webp', '/images/img-leics-bike-700.v2.webp'],
      ] as const) {
        const moved = await serve('leicestershire', old)
        expect([moved.status, moved.headers.get('location'), moved.headers.get('cache-control')], old).toEqual([302, to, 'no-store'])
      }
      // A revision not yet made, a width the new file does not have, "v1" spelt out, another force's host: not found.
      for (const [force, file] of [
        ['leicestershire', 'img-leics-bike-640.v3.webp'],
        ['leicestershire', 'img-leics-bike-1000.v2.webp'],
        ['leicestershire', 'img-leics-bike-640.v1.webp'],
        ['metropolitan', 'img-leics-bike-640.v2.webp'],
        ['metropolitan', 'img-leics-bike-640.webp'],
      ] as const) {
        expect((await serve(force, file)).status, `${force} ${file}`).toBe(404)
      }
      const [entry] = (await audits('leicestershire')).filter((e) => e.targetId === 'img-leics-bike' && e.action === 'image-library.replace' && e.outcome === 'ok')
      expect(entry?.detail).toEqual({ revision: 2, widths: [320, 640, 700] })
      expect(entry?.actor).toMatch(/^staff:/)
    })

    it('refuses a form without its CSRF token', async () => {
      const editor = await member('leicestershire', 'editor')
      const cookie = [...editor.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
      const forged = new Request(`http://${host('leicestershire')}/staff/images/img-leics-spare`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ intent: 'delete' }),
      })
      expect(statusOf(await editor.call(picture.action, forged, { imageId: 'img-leics-spare' }))).toBe(403)
      expect(await database.queries.hasContentImage('leicestershire', 'img-leics-spare')).toBe(true)
    })

    it('refuses to delete a picture a page uses, naming the pages; deletes it once none does', async () => {
      const editor = await member('leicestershire', 'editor')
      const refused = await post(editor, 'img-leics-bike', { intent: 'delete' })
      expect(statusOf(refused)).toBe(409)
      expect(pageOf(refused).errors).toEqual({ delete: 'images.inUse' })
      expect(pageOf(refused).uses.map((u) => u.title)).toEqual(['Red bicycle taken', 'Bike marking day'])
      expect(await database.queries.hasContentImage('leicestershire', 'img-leics-bike')).toBe(true)
      const [denied] = (await audits('leicestershire')).filter((e) => e.targetId === 'img-leics-bike' && e.action === 'image-library.delete')
      expect(denied?.outcome).toBe('denied')
      expect((denied?.detail as { usedBy: string[] }).usedBy).toHaveLength(2)

      forgotten.length = 0
      const deleted = await post(editor, 'img-leics-spare', { intent: 'delete' })
      expect(location(deleted)).toBe('/staff/images?deleted=img-leics-spare')
      expect(forgotten).toEqual(['leicestershire'])
      expect(await database.queries.hasContentImage('leicestershire', 'img-leics-spare')).toBe(false)
      expect((await serve('leicestershire', 'img-leics-spare-640.webp')).status).toBe(404)
      expect(statusOf(await open(editor, 'img-leics-spare'))).toBe(404)
      const listed = (await editor.get(library.loader, '/staff/images?deleted=img-leics-spare', {})) as { deleted: string | null; images: { id: string }[] }
      expect(listed.deleted).toBe('img-leics-spare')
      expect(listed.images.map((i) => i.id)).not.toContain('img-leics-spare')
      expect((await audits('leicestershire')).some((e) => e.targetId === 'img-leics-spare' && e.action === 'image-library.delete' && e.outcome === 'ok')).toBe(true)
    })

    it('never lets another force’s editor or administrator read or change a picture: 404 everywhere, nothing changed', async () => {
      const before = await info('leicestershire', 'img-leics-bike')
      for (const role of ['editor', 'admin']) {
        const met = await member('metropolitan', role)
        expect(statusOf(await open(met, 'img-leics-bike'))).toBe(404)
        expect(statusOf(await post(met, 'img-leics-bike', { intent: 'describe', altEn: 'Changed by another force' }))).toBe(404)
        expect(statusOf(await post(met, 'img-leics-bike', { intent: 'delete' }))).toBe(404)
        expect(statusOf(await filePost(met, 'img-leics-bike', { name: 'other.png', type: 'image/png', bytes: await png(300, 300, '#00aa00') }))).toBe(404)
      }
      expect(await info('leicestershire', 'img-leics-bike')).toEqual(before)
      // Each attempt is in the other force's own log, refused; none in Leicestershire's.
      const theirs = (await audits('metropolitan')).filter((e) => e.targetId === 'img-leics-bike')
      expect(theirs.length).toBe(8)
      expect(theirs.every((e) => e.outcome === 'denied')).toBe(true)
      // A session of one force is no session on another force's host.
      const leics = await member('leicestershire', 'editor')
      const stolen = new TestBrowser(contextFor(database, host('metropolitan')), host('metropolitan'))
      stolen.cookies = new Map(leics.cookies)
      expect(location(await open(stolen, 'img-leics-bike'))).toMatch(/^\/staff\?next=/)
    })
  })
}
