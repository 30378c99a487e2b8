// Pictures through the app's own loaders, on each database driver: one width of a force's image is served on its
// host with a year's caching, nosniff and its type, and is not found on another force's host (or the national one);
// an appeal shows its photo at every width with its description in the visitor's language, and a page's
// `![…](image:<id>)` is drawn with srcset and its shape, an id of another force's image left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import type { Database, StoredContentItem } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { encodeContentImage } from './image-encode.server.ts'
import { imageFileLoader } from './images.server.ts'
import { appealLoader, newsArticleLoader } from './content.server.ts'
import { contextFor, TestBrowser } from '../testing/browser.server.ts'
import { liveAppeal } from '../testing/support.server.ts'

const LEICS = 'leicestershire.localhost'
const MET = 'metropolitan.localhost'
const DYFED_CY = 'www.heddlu-dyfed-powys.police.uk'

async function addImage(database: Database, tenant: string, id: string, colour: string, altEn: string, altCy?: string) {
  const png = await sharp({ create: { width: 1000, height: 500, channels: 3, background: colour } }).png().toBuffer()
  const encoded = await encodeContentImage(png, 60_000_000)
  if (!encoded.ok) throw new Error(encoded.reason)
  await database.queries.addContentImage(tenant, { id, altEn, altCy: altCy ?? null, filename: `${id}.png`, createdBy: 'staff:test', variants: encoded.variants })
}

const published = { status: 'published' as const, publishAt: '2026-11-01T09:00:00Z' }

for (const driver of testDrivers()) {
  describe(`content images on ${driver.name}`, () => {
    let database: Database
    const get = (host: string, fn: (args: never) => Promise<unknown>, path: string, params: Record<string, string>) =>
      new TestBrowser(contextFor(database, host), host).get(fn, path, params)

    beforeAll(async () => {
      database = await driver.create()
      await addImage(database, 'leicestershire', 'img-leics-bike', '#aa2222', 'A red bicycle', 'Beic coch')
      await addImage(database, 'metropolitan', 'img-met-only', '#2222aa', 'A blue van')
      const appeal = liveAppeal({
        slug: 'red-bicycle',
        reference: 'LE-2026-0950',
        text: {
          en: { title: 'Red bicycle taken', summary: 'Seen it?', body: 'Like this:\n\n![A red bicycle like the one taken](image:img-leics-bike)\n\nNot this: ![A van](image:img-met-only)' },
          cy: { title: 'Beic coch wedi’i gymryd', summary: 'Welsoch chi?', body: 'Fel hyn.' },
        },
        photo: { id: 'img-leics-bike', alt: { en: 'The red bicycle that was taken' } },
      })
      await database.queries.saveContentItem('leicestershire', appeal, 'staff:test')
      // A story naming another force's image as its picture: nothing is shown, nothing breaks.
      const story: StoredContentItem = {
        kind: 'news',
        slug: 'borrowed-picture',
        text: { en: { title: 'A story', summary: 'Summary.', body: 'Body.' } },
        image: { id: 'img-met-only', alt: { en: 'A blue van' } },
        publication: published,
        updatedAt: '2026-11-01T09:00:00Z',
      }
      await database.queries.saveContentItem('leicestershire', story, 'staff:test')
    })
    afterAll(() => database?.close())

    it("serves a force's image at each width on its own host only", async () => {
      const served = (await get(LEICS, imageFileLoader, '/images/img-leics-bike-640.webp', { file: 'img-leics-bike-640.webp' })) as Response
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toBe('image/webp')
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
      const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
      expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 640, 320, undefined])

      for (const [host, file] of [
        [MET, 'img-leics-bike-640.webp'],
        ['localhost', 'img-leics-bike-640.webp'],
        [LEICS, 'img-met-only-640.webp'],
        [LEICS, 'img-leics-bike-641.webp'],
        [LEICS, 'img-leics-bike-640.png'],
        [LEICS, '..%2Fimg-leics-bike-640.webp'],
      ] as const) {
        const response = (await get(host, imageFileLoader, `/images/${file}`, { file })) as Response
        expect(response.status, `${host} ${file}`).toBe(404)
      }
      expect(((await get(MET, imageFileLoader, '/images/img-met-only-960.webp', { file: 'img-met-only-960.webp' })) as Response).status).toBe(200)
    })

    it('shows an appeal’s photo at every width, described in the visitor’s language, and the images in its words', async () => {
      const page = (await get(LEICS, appealLoader, '/appeals/red-bicycle', { slug: 'red-bicycle' })) as { picture: Record<string, unknown>; html: string }
      const srcset = '/images/img-leics-bike-320.webp 320w, /images/img-leics-bike-640.webp 640w, /images/img-leics-bike-960.webp 960w, /images/img-leics-bike-1000.webp 1000w'
      expect(page.picture).toEqual({ src: '/images/img-leics-bike-640.webp', srcset, sizes: '(min-width: 50rem) 48rem, 100vw', width: 640, height: 320, alt: 'The red bicycle that was taken', lang: 'en' })
      expect(page.html).toContain(`<img src="/images/img-leics-bike-640.webp" srcset="${srcset}" sizes="(min-width: 50rem) 48rem, 100vw" alt="A red bicycle like the one taken" width="640" height="320"`)
      // Another force's image id in the words is left out.
      expect(page.html).not.toContain('img-met-only')
    })

    it('takes the library’s Welsh description on a Welsh page, and shows no picture of another force', async () => {
      // On Dyfed-Powys's Welsh host, an appeal that describes its photo in English only.
      await addImage(database, 'dyfed-powys', 'img-dp-quad', '#cc2222', 'A red quad bike', 'Beic cwad coch')
      await database.queries.saveContentItem(
        'dyfed-powys',
        liveAppeal({
          slug: 'quad-bike',
          reference: 'DP/2026/0950',
          text: { en: { title: 'Quad bike taken', summary: 'Seen it?', body: 'Body.' }, cy: { title: 'Beic cwad wedi’i gymryd', summary: 'Welsoch chi?', body: 'Corff.' } },
          photo: { id: 'img-dp-quad', alt: { en: 'The quad bike that was taken' } },
        }),
        'staff:test',
      )
      const cy = (await get(DYFED_CY, appealLoader, '/appeals/quad-bike', { slug: 'quad-bike' })) as { title: string; picture: { alt: string; lang: string } }
      expect(cy.title).toBe('Beic cwad wedi’i gymryd')
      // The page's own words have no Welsh description: the library's Welsh one is used.
      expect(cy.picture).toMatchObject({ alt: 'Beic cwad coch', lang: 'cy', src: '/images/img-dp-quad-640.webp' })
      const story = (await get(LEICS, newsArticleLoader, '/news/borrowed-picture', { slug: 'borrowed-picture' })) as { picture?: unknown }
      expect(story.picture).toBeUndefined()
    })
  })
}
