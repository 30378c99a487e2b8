// A force's image library: an image is saved whole with its widths, found by id only on its own force (the row-level
// security wall as well as the filter), and one width is read back byte for byte. Both drivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDrivers } from '../testing.ts'
import type { Database } from '../client.ts'
import { withoutTenant, withTenant } from '../tenant-scope.ts'
import { contentImages, contentImageVariants } from '../schema-images.ts'
import { tenant } from '../test-helpers.ts'
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
      const file = await database.queries.getContentImageFile(a, 'img-bike-1', 960)
      expect(file?.contentType).toBe('image/webp')
      expect(Buffer.from(file!.bytes).equals(Buffer.from(bytes(3000, 2)))).toBe(true)
      expect(await database.queries.getContentImageFile(a, 'img-bike-1', 123)).toBeNull()
      expect((await database.queries.listContentImages(a)).map((i) => i.id)).toEqual(['img-bike-1'])
    })

    it("never finds one force's image from another force", async () => {
      expect(await database.queries.getContentImages(b, ['img-bike-1'])).toEqual([])
      expect(await database.queries.getContentImageFile(b, 'img-bike-1', 960)).toBeNull()
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
  })
}
