// The site search on both drivers: ranked (a title match above a body match), English stemmed and Welsh as written
// ('simple'), live items only, documents handed in searched beside rows, hostile text harmless, and one force's
// items never found on another's site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDrivers } from '../testing.ts'
import type { Database } from '../client.ts'
import { tenant } from '../test-helpers.ts'
import type { StoredContentItem } from './content.ts'
import { SNIPPET_END, SNIPPET_START, type SearchOptions } from './search.ts'

const NOW = new Date('2026-12-02T12:00:00Z')
const live = { status: 'published' as const, publishAt: '2026-11-01T09:00:00.000Z' }

function item(kind: 'news' | 'appeal', slug: string, en: { title: string; summary: string; body: string } | undefined, cy?: { title: string; summary: string; body: string }, publication: StoredContentItem['publication'] = live): StoredContentItem {
  return { kind, slug, text: { ...(en ? { en } : {}), ...(cy ? { cy } : {}) }, publication, updatedAt: '2026-11-01T09:00:00.000Z' }
}

const options = (overrides: Partial<SearchOptions> = {}): SearchOptions => ({ locale: 'en', at: NOW, kinds: ['news', 'appeal', 'area', 'contact'], ...overrides })

for (const driver of testDrivers()) {
  describe(`site search on ${driver.name}`, () => {
    let database: Database
    const a = tenant()
    const b = tenant()
    beforeAll(async () => {
      database = await driver.create()
      const q = database.queries
      await q.saveContentItem(a, item('news', 'bikes-body', { title: 'Community day', summary: 'A day in the park.', body: 'Officers marked stolen bicycles for owners.' }), 'system:test')
      await q.saveContentItem(a, item('news', 'bikes-title', { title: 'Bicycle thefts fall', summary: 'Fewer bicycles stolen this year.', body: 'Figures.' }), 'system:test')
      await q.saveContentItem(
        a,
        item('appeal', 'tractor', { title: 'Tractor stolen', summary: 'Did you see it?', body: 'A green tractor.' }, { title: 'Tractor wedi’i ddwyn', summary: 'Welsoch chi’r tractor gwyrdd?', body: 'Tractor gwyrdd o fferm.' }),
        'system:test',
      )
      await q.saveContentItem(a, item('news', 'draft-bikes', { title: 'Bicycle draft', summary: 'Not yet.', body: 'Bicycles.' }, undefined, { status: 'draft' }), 'system:test')
      await q.saveContentItem(a, item('news', 'later-bikes', { title: 'Bicycle later', summary: 'Later.', body: 'Bicycles.' }, undefined, { status: 'published', publishAt: '2027-01-01T00:00:00.000Z' }), 'system:test')
      await q.saveContentItem(b, item('news', 'b-bikes', { title: 'Bicycle marking in force B', summary: 'Only B.', body: 'Bicycles.' }), 'system:test')
    })
    afterAll(() => database?.close())

    it('finds English by stem and ranks a title match above a body match, live items only', async () => {
      const { hits, total } = await database.queries.searchSite(a, 'bicycle', options())
      expect(hits.map((h) => h.key)).toEqual(['bikes-title', 'bikes-body'])
      expect(total).toBe(2)
      expect(hits[0]).toMatchObject({ kind: 'news', lang: 'en', title: 'Bicycle thefts fall' })
      expect(hits[0]!.snippet).toBe(`Fewer ${SNIPPET_START}bicycles${SNIPPET_END} stolen this year.`)
    })

    it('never finds another force’s items', async () => {
      const { hits } = await database.queries.searchSite(a, 'bicycle marking force', options())
      expect(hits.map((h) => h.key)).not.toContain('b-bikes')
      const fromB = await database.queries.searchSite(b, 'tractor', options())
      expect(fromB).toEqual({ hits: [], total: 0 })
      expect((await database.queries.searchSite(b, 'bicycle', options())).hits.map((h) => h.key)).toEqual(['b-bikes'])
    })

    it('searches Welsh words as written on a Welsh page, and English on an English one', async () => {
      const cy = await database.queries.searchSite(a, 'gwyrdd', options({ locale: 'cy' }))
      expect(cy.hits).toEqual([{ kind: 'appeal', key: 'tractor', lang: 'cy', title: 'Tractor wedi’i ddwyn', snippet: `Welsoch chi’r tractor ${SNIPPET_START}gwyrdd${SNIPPET_END}?` }])
      // 'simple' does not stem: a different form of the word is a different word.
      expect((await database.queries.searchSite(a, 'gwyrddion', options({ locale: 'cy' }))).total).toBe(0)
      // The English page reads the English words.
      expect((await database.queries.searchSite(a, 'gwyrdd', options({ locale: 'en' }))).total).toBe(0)
      // An item with no Welsh is searched in English on the Welsh page.
      expect((await database.queries.searchSite(a, 'bicycles', options({ locale: 'cy' }))).hits.map((h) => h.lang)).toEqual(['en', 'en'])
    })

    it('searches documents handed in beside the rows, and pages through the ranked whole', async () => {
      const documents = [
        { kind: 'service', key: 'bike-theft', lang: 'en' as const, title: 'Report a stolen bicycle', summary: 'Tell us about a bicycle that was stolen.', body: '' },
        { kind: 'advice', key: 'locks', lang: 'en' as const, title: 'Locks', summary: 'Keep your things safe.', body: 'Lock your bicycle to something solid.' },
      ]
      const all = await database.queries.searchSite(a, 'bicycle', options({ documents }))
      expect(all.total).toBe(4)
      // Title matches first (in either order: both also match in their summaries), then body matches.
      expect(all.hits.slice(0, 2).map((h) => h.key).sort()).toEqual(['bike-theft', 'bikes-title'])
      expect(all.hits.slice(2).map((h) => h.key)).toEqual(['bikes-body', 'locks'])
      const second = await database.queries.searchSite(a, 'bicycle', options({ documents, offset: 2, limit: 2 }))
      expect(second.hits.map((h) => h.key)).toEqual(['bikes-body', 'locks'])
      expect(second.total).toBe(4)
    })

    it('takes hostile text as words and never fails', async () => {
      for (const hostile of ["'; drop table content_items; --", '" OR 1=1 --', '(((', '!!!&|<->', 'the', 'x'.repeat(500), '\\', 'select * from staff']) {
        const result = await database.queries.searchSite(a, hostile, options())
        expect(result.total).toBeGreaterThanOrEqual(0)
      }
      expect((await database.queries.searchSite(a, 'the', options())).total).toBe(0)
      expect((await database.queries.searchSite(a, 'bicycle', options())).total).toBe(2)
    })
  })
}
