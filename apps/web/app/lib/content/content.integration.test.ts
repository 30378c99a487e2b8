// A force's public pages through the app's own loaders, on the demo content as the server seeds it, on both
// database drivers: each force sees only its own items, only live ones, in its language; the feed and the sitemap
// list only that force's published items; the appeal's button carries its reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, StoredContentItem } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { seedDemoContent, SEED_ACTOR } from './seed.server.ts'
import { parseEnv } from '../platform/env.server.ts'
import { contextFor, dataOf as wrapped, location, statusOf, TestBrowser } from '../testing/browser.server.ts'
import * as newsList from '../../routes/news._index.tsx'
import * as newsArticle from '../../routes/news.$slug.tsx'
import * as appealsList from '../../routes/appeals._index.tsx'
import * as appealPage from '../../routes/appeals.$slug.tsx'
import * as adviceList from '../../routes/advice._index.tsx'
import * as advicePage from '../../routes/advice.$slug.tsx'
import * as yourArea from '../../routes/your-area._index.tsx'
import * as areaPage from '../../routes/your-area.$slug.tsx'
import * as contactPage from '../../routes/contact.tsx'
import * as feed from '../../routes/news[.]atom.ts'
import * as sitemap from '../../routes/sitemap[.]xml.ts'

const LEICS = 'leicestershire.localhost'
const MET = 'metropolitan.localhost'
const DYFED_CY = 'www.heddlu-dyfed-powys.police.uk'

/** A loader's data, whether it returned it plainly or with a status (`data(...)`). */
const dataOf = <T,>(r: unknown): T => (typeof r === 'object' && r !== null && 'init' in r && 'data' in r ? wrapped<T>(r) : (r as T))

type Listing = { items: { href: string; title: string; lang: string }[]; pagination: { next?: { href: string } } }

for (const driver of testDrivers()) {
  describe(`a force's content pages on ${driver.name}`, () => {
    let database: Database
    const browser = (host: string) => new TestBrowser(contextFor(database, host), host)
    const body = async (r: unknown) => (r instanceof Response ? r.text() : '')

    beforeAll(async () => {
      database = await driver.create()
      const context = contextFor(database, LEICS)
      expect(await seedDemoContent(context.services)).toBeGreaterThan(10)
      // Starting again adds nothing.
      expect(await seedDemoContent(context.services)).toBe(0)
      // A story scheduled for later, one taken down, and one of a force with no demo content of its own.
      const story = (slug: string, publication: StoredContentItem['publication']): StoredContentItem => ({
        kind: 'news',
        slug,
        text: { en: { title: `Story ${slug}`, summary: 'Summary.', body: 'Body.' } },
        publication,
        updatedAt: '2026-11-01T09:00:00Z',
      })
      await database.queries.saveContentItem('leicestershire', story('scheduled-for-later', { status: 'published', publishAt: '2099-01-01T09:00:00Z' }), 'staff:test')
      await database.queries.saveContentItem('leicestershire', story('taken-down-story', { status: 'unpublished', publishAt: '2026-11-01T09:00:00Z' }), 'staff:test')
      await database.queries.saveContentItem('leicestershire', story('expired-story', { status: 'published', publishAt: '2026-01-01T09:00:00Z', unpublishAt: '2026-02-01T09:00:00Z' }), 'staff:test')
    })
    afterAll(() => database?.close())

    it('lists a force’s live news, newest first, and none of another force’s, drafts or scheduled stories', async () => {
      const leics = dataOf<Listing>(await browser(LEICS).get(newsList.loader, '/news', {}))
      expect(leics.items.map((i) => i.href)).toEqual(['/news/winter-vehicle-crime-patrols', '/news/new-neighbourhood-hub-in-loughborough'])
      expect(JSON.stringify(leics)).not.toMatch(/community-speedwatch|scheduled-for-later|taken-down|expired-story|phone-snatching|rural-crime/)
      const met = dataOf<Listing>(await browser(MET).get(newsList.loader, '/news', {}))
      expect(met.items.map((i) => i.href)).toEqual(['/news/safer-travel-at-night', '/news/phone-snatching-arrests'])
    })

    it('answers 404 for another force’s story, a draft, a scheduled or expired story, and a page past the last', async () => {
      const met = browser(MET)
      expect(statusOf(await met.get(newsArticle.loader, '/news/winter-vehicle-crime-patrols', { slug: 'winter-vehicle-crime-patrols' }))).toBe(404)
      const leics = browser(LEICS)
      expect(statusOf(await leics.get(newsArticle.loader, '/news/winter-vehicle-crime-patrols', { slug: 'winter-vehicle-crime-patrols' }))).toBe(200)
      for (const slug of ['community-speedwatch-volunteers', 'scheduled-for-later', 'taken-down-story', 'expired-story', 'no-such-story']) {
        expect(statusOf(await leics.get(newsArticle.loader, `/news/${slug}`, { slug })), slug).toBe(404)
      }
      expect(statusOf(await leics.get(appealPage.loader, '/appeals/cargo-bike-stolen-in-hackney', { slug: 'cargo-bike-stolen-in-hackney' }))).toBe(404)
      expect(statusOf(await leics.get(areaPage.loader, '/your-area/soho', { slug: 'soho' }))).toBe(404)
      for (const page of ['2', '0', 'abc', '01']) expect(statusOf(await leics.get(newsList.loader, `/news?page=${page}`, {})), page).toBe(404)
      // The national site has no content pages.
      expect(statusOf(await browser('localhost').get(newsList.loader, '/news', {}))).toBe(404)
    })

    it('renders a story’s Markdown with the design system’s classes', async () => {
      const story = dataOf<{ title: string; html: string; lang: string }>(
        await browser(LEICS).get(newsArticle.loader, '/news/winter-vehicle-crime-patrols', { slug: 'winter-vehicle-crime-patrols' }),
      )
      expect(story.lang).toBe('en')
      expect(story.html).toContain('<p class="mb-4 text-lg">')
      expect(story.html).not.toMatch(/<script|on\w+=/i)
    })

    it('shows an open appeal with its reference and a button to its service carrying the reference; a resolved one has none', async () => {
      const leics = browser(LEICS)
      const open = dataOf<{ reference: string; open: boolean; closesOn?: string; giveInformation?: { href: string } }>(
        await leics.get(appealPage.loader, '/appeals/stolen-tractor-near-melton', { slug: 'stolen-tractor-near-melton' }),
      )
      expect(open).toMatchObject({ reference: 'LE-2026-0142', open: true, closesOn: '30 June 2027' })
      expect(open.giveInformation?.href).toBe('/services/general-enquiry?appeal=LE-2026-0142')
      const resolved = dataOf<{ open: boolean; giveInformation?: unknown; outcome?: { text: string } }>(
        await leics.get(appealPage.loader, '/appeals/missing-man-from-hinckley-found', { slug: 'missing-man-from-hinckley-found' }),
      )
      expect(resolved.open).toBe(false)
      expect(resolved.giveInformation).toBeUndefined()
      expect(resolved.outcome?.text).toBeTruthy()
      const list = dataOf<{ items: { reference: string; open: boolean }[] }>(await leics.get(appealsList.loader, '/appeals', {}))
      expect(list.items.map((i) => [i.reference, i.open])).toEqual([
        ['LE-2026-0142', true],
        [expect.any(String), false],
      ])
    })

    it('says whose advice it is: national everywhere, with Leicestershire’s own section on its burglary page', async () => {
      const leics = dataOf<{ owner: string; label: string; sections: { owner: string; heading?: string }[] }>(
        await browser(LEICS).get(advicePage.loader, '/advice/burglary-prevention', { slug: 'burglary-prevention' }),
      )
      expect(leics.owner).toBe('national-and-force')
      expect(leics.label).toBe('National police advice, with a section from Leicestershire Police')
      expect(leics.sections.map((s) => s.owner)).toEqual(['national', 'force'])
      const met = dataOf<{ owner: string; sections: unknown[] }>(await browser(MET).get(advicePage.loader, '/advice/burglary-prevention', { slug: 'burglary-prevention' }))
      expect(met.owner).toBe('national')
      expect(met.sections).toHaveLength(1)
      const list = dataOf<{ items: { href: string }[] }>(await browser(MET).get(adviceList.loader, '/advice', {}))
      expect(list.items.map((i) => i.href)).toContain('/advice/fraud-and-scams')
      expect(statusOf(await browser(MET).get(advicePage.loader, '/advice/no-such-advice', { slug: 'no-such-advice' }))).toBe(404)
    })

    it('shows a Welsh force’s pages in Welsh on its Welsh hostname', async () => {
      const cy = browser(DYFED_CY)
      const news = dataOf<Listing>(await cy.get(newsList.loader, '/news', {}))
      expect(news.items.map((i) => [i.title, i.lang])).toEqual([
        ['Gyrru’n ddiogel ar ffyrdd gwledig y gaeaf hwn', 'cy'],
        ['Tîm troseddau gwledig yn cynnig ymweliadau diogelwch am ddim i ffermydd', 'cy'],
      ])
      const advice = dataOf<{ lang: string; label: string }>(await cy.get(advicePage.loader, '/advice/fraud-and-scams', { slug: 'fraud-and-scams' }))
      expect(advice).toMatchObject({ lang: 'cy', label: 'Cyngor cenedlaethol yr heddlu: yr un fath ar wefan pob heddlu' })
      const appeal = dataOf<{ giveInformation?: { href: string }; closesOn?: string }>(await cy.get(appealsList.loader, '/appeals', {}))
      expect(appeal).toBeTruthy()
      const contact = dataOf<{ title?: string; lang: string }>(await cy.get(contactPage.loader, '/contact', {}))
      expect(contact).toMatchObject({ title: 'Cysylltu â Heddlu Dyfed-Powys', lang: 'cy' })
    })

    it('leaves out a Welsh force’s own section that has no Welsh, and keeps the national page', async () => {
      await database.queries.saveContentItem(
        'dyfed-powys',
        {
          kind: 'advice',
          mode: 'addition',
          slug: 'burglary-prevention',
          text: { en: { heading: 'Free door chains in Powys', body: 'Ask your neighbourhood team.' } },
          publication: { status: 'published', publishAt: '2026-11-01T09:00:00Z' },
          updatedAt: '2026-11-01T09:00:00Z',
        },
        'staff:test',
      )
      const page = dataOf<{ owner: string; sections: unknown[] }>(await browser(DYFED_CY).get(advicePage.loader, '/advice/burglary-prevention', { slug: 'burglary-prevention' }))
      expect(page.owner).toBe('national')
      expect(page.sections).toHaveLength(1)
    })

    it('finds the neighbourhood team for a postcode, and says so clearly when it cannot', async () => {
      const leics = browser(LEICS)
      expect(location(await leics.get(yourArea.loader, '/your-area?postcode=le1+6aa', {}))).toBe('/your-area/leicester-city-centre')
      expect(location(await leics.get(yourArea.loader, '/your-area?postcode=LE11', {}))).toBe('/your-area/loughborough')
      const invalid = await leics.get(yourArea.loader, '/your-area?postcode=not+a+postcode', {})
      expect(statusOf(invalid)).toBe(400)
      expect(dataOf<{ search: { error: string } }>(invalid).search.error).toBe('Enter a real postcode, like LE1 1AA')
      const empty = await leics.get(yourArea.loader, '/your-area?postcode=+', {})
      expect(dataOf<{ search: { error: string } }>(empty).search.error).toBe('Enter a postcode, like LE1 1AA')
      const elsewhere = dataOf<{ search: { notCovered: string } }>(await leics.get(yourArea.loader, '/your-area?postcode=LE65+1AA', {}))
      expect(elsewhere.search.notCovered).toContain('LE65')
      // Another force's district is not this force's team.
      expect(dataOf<{ search: { notCovered?: string } }>(await leics.get(yourArea.loader, '/your-area?postcode=W1D+3QU', {})).search.notCovered).toContain('W1D')
      const team = dataOf<{ priorities: unknown[]; districts: string[] }>(await leics.get(areaPage.loader, '/your-area/leicester-city-centre', { slug: 'leicester-city-centre' }))
      expect(team.districts).toEqual(['LE1', 'LE2'])
      expect(team.priorities.length).toBeGreaterThan(0)
    })

    it('feeds only the force’s published news, with absolute addresses on the host asked', async () => {
      const response = (await browser(LEICS).get(feed.loader, '/news.atom', {})) as Response
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      const xml = await body(response)
      expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://leicestershire.localhost/news.atom"/>')
      expect([...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual([
        'http://leicestershire.localhost/news/winter-vehicle-crime-patrols',
        'http://leicestershire.localhost/news/new-neighbourhood-hub-in-loughborough',
      ])
      const welsh = await body(await browser(DYFED_CY).get(feed.loader, '/news.atom', {}))
      expect(welsh).toContain('xml:lang="cy"')
      expect(welsh).toContain('Gyrru’n ddiogel')
      expect(welsh).not.toContain('winter-vehicle-crime-patrols')
    })

    it('maps only the force’s own pages and published items', async () => {
      const response = (await browser(LEICS).get(sitemap.loader, '/sitemap.xml', {})) as Response
      expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
      const xml = await body(response)
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
      expect(locs).toEqual(expect.arrayContaining([
        'http://leicestershire.localhost/news',
        'http://leicestershire.localhost/news/winter-vehicle-crime-patrols',
        'http://leicestershire.localhost/appeals/stolen-tractor-near-melton',
        'http://leicestershire.localhost/your-area/loughborough',
        'http://leicestershire.localhost/advice/burglary-prevention',
        'http://leicestershire.localhost/contact',
      ]))
      expect(locs.every((l) => l.startsWith('http://leicestershire.localhost/'))).toBe(true)
      expect(xml).not.toMatch(/community-speedwatch|scheduled-for-later|taken-down|expired-story|soho|hackney|aberystwyth/)
    })

    it('offers every content page to the shared-page cache, but not a postcode someone searched for', async () => {
      const shared = async (path: string, fn: (args: never) => Promise<unknown>, params: Record<string, string> = {}) => {
        const context = { ...contextFor(database, LEICS), pageTemplate: { nonce: 'n', csrf: 'c', shareable: false } }
        await new TestBrowser(context, LEICS).get(fn, path, params)
        return context.pageTemplate.shareable
      }
      expect(await shared('/news', newsList.loader)).toBe(true)
      expect(await shared('/appeals/stolen-tractor-near-melton', appealPage.loader, { slug: 'stolen-tractor-near-melton' })).toBe(true)
      expect(await shared('/advice/burglary-prevention', advicePage.loader, { slug: 'burglary-prevention' })).toBe(true)
      expect(await shared('/your-area', yourArea.loader)).toBe(true)
      expect(await shared('/your-area?postcode=LE65+1AA', yourArea.loader)).toBe(false)
    })

    it('seeds nothing where the demo accounts are not seeded (a deployment)', async () => {
      const env = parseEnv({ NODE_ENV: 'production', DATA_DIR: '/tmp/bluelamp-deployment-data', SEED_DEMO_STAFF: '0' })
      expect(await seedDemoContent({ env, database })).toBe(0)
    })

    it('keeps a revision of each seeded item, naming the seed', async () => {
      const { items } = await database.queries.listContentItems('leicestershire', 'appeal')
      expect(items.length).toBe(2)
      const stored = await database.db.query.contentItems.findFirst({ where: (t, { and, eq }) => and(eq(t.tenantId, 'leicestershire'), eq(t.slug, 'stolen-tractor-near-melton')) })
      const revisions = await database.queries.listContentRevisions('leicestershire', stored!.id)
      expect(revisions.map((r) => r.actor)).toEqual([SEED_ACTOR])
    })
  })
}
