// A force's image library: an image is saved whole with its widths, found by id only on its own force (the row-level
// security wall as well as the filter), and one width is read back byte for byte; its descriptions are corrected,
// its file replaced under a new revision, and it is deleted only while no page uses it. Both drivers.
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDrivers } from '../testing.ts'
import type { Database } from '../client.ts'
import { withoutTenant, withTenant } from '../tenant-scope.ts'
import { contentImages, contentImageVariants } from '../schema-images.ts'
import { tenant } from '../test-helpers.ts'
import type { StoredContentItem } from './content.ts'
import type { NewContentImage } from './images.ts'

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill)

function image(id: string): NewContentImage {
  return {
    id,
    altEn: 'A red bicycle against a wall',
    altCy: 'Beic coch yn erbyn wal',
    filename: 'bike.jpg',
    createdBy: 'staff:editor',
    variants: [
      { width: 480, height: 320, contentType: 'image/webp', bytes: bytes(1000, 1) },
      { width: 960, height: 640, contentType: 'image/webp', bytes: bytes(3000, 2) },
    ],
  }
}

for (const driver of testDrivers()) {
  describe(`content images on ${driver.name}`, () => {
    let database: Database
    const a = tenant()
    const b = tenant()
    beforeAll(async () => {
      database = await driver.create()
      await database.queries.addContentImage(a, image('img-bike-1'))
    })
    afterAll(() => database?.close())

    it('keeps an image with its widths, its shape from the largest, and serves each width byte for byte', async () => {
      const [info] = await database.queries.getContentImages(a, ['img-bike-1'])
      expect(info).toMatchObject({ id: 'img-bike-1', altEn: 'A red bicycle against a wall', altCy: 'Beic coch yn erbyn wal', width: 960, height: 640 })
      expect(info!.widths).toEqual([
        { width: 480, height: 320 },
        { width: 960, height: 640 },
      ])
      expect(info!.revision).toBe(1)
      const file = await database.queries.getContentImageFile(a, 'img-bike-1', 960, 1)
      expect(file?.contentType).toBe('image/webp')
      expect(Buffer.from(file!.bytes).equals(Buffer.from(bytes(3000, 2)))).toBe(true)
      expect(await database.queries.getContentImageFile(a, 'img-bike-1', 123, 1)).toBeNull()
      expect(await database.queries.getContentImageFile(a, 'img-bike-1', 960, 2)).toBeNull()
      expect((await database.queries.listContentImages(a)).map((i) => i.id)).toEqual(['img-bike-1'])
    })

    it("never finds one force's image from another force", async () => {
      expect(await database.queries.getContentImages(b, ['img-bike-1'])).toEqual([])
      expect(await database.queries.getContentImageFile(b, 'img-bike-1', 960, 1)).toBeNull()
      expect(await database.queries.hasContentImage(b, 'img-bike-1')).toBe(false)
      expect(await database.queries.listContentImages(b)).toEqual([])
      // The second wall: as force B, with no filter at all, row-level security shows none of A's rows.
      const seen = await withTenant(database.db, b, async (tx) => [...(await tx.select().from(contentImages)), ...(await tx.select().from(contentImageVariants))])
      expect(seen).toEqual([])
      expect(await withoutTenant(database.db, (tx) => tx.select().from(contentImageVariants))).toEqual([])
      // And B cannot write a row that claims to be A's.
      await expect(
        withTenant(database.db, b, (tx) => tx.insert(contentImages).values({ tenantId: a, id: 'img-sneaky', altEn: 'x', width: 1, height: 1, filename: 'x', createdBy: 'x' })),
      ).rejects.toThrow()
    })

    it('the same id may be used by two forces, each seeing only its own', async () => {
      await database.queries.addContentImage(b, { ...image('img-bike-1'), altEn: 'B force bicycle' })
      expect((await database.queries.getContentImages(a, ['img-bike-1']))[0]?.altEn).toBe('A red bicycle against a wall')
      expect((await database.queries.getContentImages(b, ['img-bike-1']))[0]?.altEn).toBe('B force bicycle')
    })

    it('saves nothing of an image whose widths cannot be written', async () => {
      const broken = { ...image('img-broken'), variants: [image('x').variants[0]!, image('x').variants[0]!] }
      await expect(database.queries.addContentImage(a, broken)).rejects.toThrow()
      expect(await database.queries.hasContentImage(a, 'img-broken')).toBe(false)
    })

    it('corrects what an image shows in words, and nothing of another force', async () => {
      await database.queries.addContentImage(a, image('img-words'))
      expect(await database.queries.describeContentImage(a, 'img-words', { altEn: 'A red bicycle with a basket', altCy: null })).toBe(true)
      expect((await database.queries.getContentImages(a, ['img-words']))[0]).toMatchObject({ altEn: 'A red bicycle with a basket', altCy: null, revision: 1 })
      expect(await database.queries.describeContentImage(b, 'img-words', { altEn: 'Changed by force B', altCy: null })).toBe(false)
      expect(await database.queries.describeContentImage(a, 'img-no-such', { altEn: 'x', altCy: null })).toBe(false)
      expect((await database.queries.getContentImages(a, ['img-words']))[0]?.altEn).toBe('A red bicycle with a basket')
    })

    it('replaces the file under the same id: new widths and shape, the next revision, the old widths gone', async () => {
      await database.queries.addContentImage(a, image('img-swap'))
      const variants = [{ width: 640, height: 640, contentType: 'image/webp' as const, bytes: bytes(500, 7) }]
      expect(await database.queries.replaceContentImage(a, 'img-swap', { filename: 'square.png', variants })).toBe(2)
      const [info] = await database.queries.getContentImages(a, ['img-swap'])
      expect(info).toMatchObject({ id: 'img-swap', revision: 2, width: 640, height: 640, filename: 'square.png', altEn: image('x').altEn, createdBy: 'staff:editor' })
      expect(info!.widths).toEqual([{ width: 640, height: 640 }])
      expect(Buffer.from((await database.queries.getContentImageFile(a, 'img-swap', 640, 2))!.bytes).equals(Buffer.from(bytes(500, 7)))).toBe(true)
      // The first file is gone at every width, and its revision serves nothing.
      expect(await database.queries.getContentImageFile(a, 'img-swap', 960, 1)).toBeNull()
      expect(await database.queries.getContentImageFile(a, 'img-swap', 640, 1)).toBeNull()
      expect(await database.queries.replaceContentImage(a, 'img-swap', { filename: 'again.png', variants })).toBe(3)
      // Another force's id, or an id of nothing, replaces nothing; a file with no width is refused before anything.
      expect(await database.queries.replaceContentImage(b, 'img-swap', { filename: 'b.png', variants })).toBeNull()
      expect(await database.queries.replaceContentImage(a, 'img-no-such', { filename: 'x.png', variants })).toBeNull()
      await expect(database.queries.replaceContentImage(a, 'img-swap', { filename: 'x.png', variants: [] })).rejects.toThrow(TypeError)
      expect((await database.queries.getContentImages(a, ['img-swap']))[0]).toMatchObject({ revision: 3, filename: 'again.png' })
    })

    it('keeps the old file whole when the new one cannot be written', async () => {
      await database.queries.addContentImage(a, image('img-keep'))
      const twice = [image('x').variants[0]!, image('x').variants[0]!]
      await expect(database.queries.replaceContentImage(a, 'img-keep', { filename: 'broken.png', variants: twice })).rejects.toThrow()
      const [info] = await database.queries.getContentImages(a, ['img-keep'])
      expect(info).toMatchObject({ revision: 1, width: 960, filename: 'bike.jpg' })
      expect(info!.widths.map((w) => w.width)).toEqual([480, 960])
    })

    it('refuses to delete an image a page uses now, draft or live, in any field or language, naming the pages', async () => {
      for (const id of ['img-photo', 'img-picture', 'img-in-words', 'img-in-words-cy', 'img-free', 'img-in']) await database.queries.addContentImage(a, image(id))
      const item = (slug: string, extra: Partial<StoredContentItem>): StoredContentItem => ({
        kind: 'news',
        slug,
        text: { en: { title: `Story ${slug}`, summary: 'S', body: 'B' } },
        publication: { status: 'draft' },
        updatedAt: '2026-11-01T09:00:00Z',
        ...extra,
      })
      await database.queries.saveContentItem(a, item('with-photo', { kind: 'appeal', photo: { id: 'img-photo', alt: { en: 'x' } }, publication: { status: 'published', publishAt: '2026-11-01T09:00:00Z' } }), 'staff:test')
      await database.queries.saveContentItem(a, item('with-picture', { image: { id: 'img-picture', alt: { en: 'x' } } }), 'staff:test')
      await database.queries.saveContentItem(a, item('with-words', { text: { en: { title: 'Words', summary: 'S', body: 'See ![a bike]( image:img-in-words ) here.' } } }), 'staff:test')
      await database.queries.saveContentItem(a, item('with-welsh', { text: { en: { title: 'T', summary: 'S', body: 'B' }, cy: { title: 'Cymraeg', summary: 'S', body: '![beic](image:img-in-words-cy)' } } }), 'staff:test')
      // Force B's page naming A's id is not A's use of it.
      await database.queries.saveContentItem(b, item('b-uses-it', { image: { id: 'img-free', alt: { en: 'x' } } }), 'staff:test')

      for (const [id, slug] of [
        ['img-photo', 'with-photo'],
        ['img-picture', 'with-picture'],
        ['img-in-words', 'with-words'],
        ['img-in-words-cy', 'with-welsh'],
      ] as const) {
        const result = await database.queries.deleteContentImage(a, id)
        expect(result, id).toMatchObject({ deleted: false, usedBy: [{ slug }] })
        expect(await database.queries.hasContentImage(a, id)).toBe(true)
      }
      const [use] = await database.queries.listContentImageUses(a, 'img-photo')
      expect(use).toMatchObject({ kind: 'appeal', slug: 'with-photo', titleEn: 'Story with-photo', titleCy: null, status: 'published' })
      // An id that only begins another id in use ("img-in" of "img-in-words") is not in use.
      expect(await database.queries.listContentImageUses(a, 'img-in')).toEqual([])
      expect(await database.queries.deleteContentImage(a, 'img-free')).toEqual({ deleted: true })

      // Taken out of the page's current version (the old revision still names it): deleted, widths and all.
      await database.queries.saveContentItem(a, item('with-picture', {}), 'staff:test')
      expect(await database.queries.deleteContentImage(a, 'img-picture')).toEqual({ deleted: true })
      expect(await database.queries.hasContentImage(a, 'img-picture')).toBe(false)
      expect(await withTenant(database.db, a, (tx) => tx.select().from(contentImageVariants).where(eq(contentImageVariants.imageId, 'img-picture')))).toEqual([])
      expect(await database.queries.deleteContentImage(a, 'img-picture')).toBeNull()
    })

    it('never deletes or lists the uses of another force’s image', async () => {
      await database.queries.addContentImage(a, image('img-a-only'))
      expect(await database.queries.deleteContentImage(b, 'img-a-only')).toBeNull()
      expect(await database.queries.listContentImageUses(b, 'img-photo')).toEqual([])
      expect(await database.queries.hasContentImage(a, 'img-a-only')).toBe(true)
      expect(await database.queries.deleteContentImage(a, 'img-a-only')).toEqual({ deleted: true })
    })
  })
}
